/**
 * Quiz options as a person types them (a flag, an attribute, a form) read and checked
 * in one place, so the CLI, the element and the teacher page accept the same values.
 * Each front end words the problems its own way (a flag name, a warning, a sentence).
 */
import type { Difficulty, QuestionKind } from './quiz.js';
import { DIFFICULTIES, KINDS } from './quiz.js';

/** The whole numbers each numeric option may be: a quiz of 1,000 questions is already a bank. */
export const QUIZ_OPTION_RANGES = {
  count: { min: 1, max: 1000 },
  options: { min: 3, max: 5 },
  versions: { min: 1, max: 26 },
} as const;

export type NumericQuizOption = keyof typeof QUIZ_OPTION_RANGES;

/** Options as given: numbers or their text, kinds as a comma-separated text or a list. */
export interface QuizOptionsInput {
  count?: unknown;
  kinds?: unknown;
  difficulty?: unknown;
  options?: unknown;
  versions?: unknown;
}

/** The options that were given and are right; a wrong one is left out (kinds keep their known names) and named in `problems`. */
export interface QuizOptionsRead {
  count?: number;
  kinds?: QuestionKind[];
  difficulty?: Difficulty | 'mixed';
  options?: number;
  versions?: number;
}

export type QuizOptionProblem =
  | { option: NumericQuizOption; value: unknown; min: number; max: number }
  /** `unknown`: the names that are not kinds; `known`: the ones that are (none for an empty list). */
  | { option: 'kinds'; value: unknown; unknown: string[]; known: QuestionKind[] }
  | { option: 'difficulty'; value: unknown };

/**
 * Reads the options that are set, in the order count, kinds, difficulty, options,
 * versions (the order problems come in). `max` narrows a range for a front end that
 * offers fewer (the teacher page's versions).
 */
export function readQuizOptions(
  input: QuizOptionsInput,
  max: Partial<Record<NumericQuizOption, number>> = {},
): { options: QuizOptionsRead; problems: QuizOptionProblem[] } {
  const options: QuizOptionsRead = {};
  const problems: QuizOptionProblem[] = [];
  readNumber('count', input.count, max.count, options, problems);
  if (input.kinds !== undefined) {
    const named = kindNames(input.kinds);
    const known = named.filter((k): k is QuestionKind => (KINDS as readonly string[]).includes(k));
    if (known.length > 0) options.kinds = known;
    if (known.length < named.length || (known.length === 0 && typeof input.kinds !== 'string')) problems.push({ option: 'kinds', value: input.kinds, unknown: named.filter((k) => !known.includes(k as QuestionKind)), known });
  }
  if (input.difficulty !== undefined) {
    if ((DIFFICULTIES as readonly unknown[]).includes(input.difficulty)) options.difficulty = input.difficulty as Difficulty | 'mixed';
    else problems.push({ option: 'difficulty', value: input.difficulty });
  }
  readNumber('options', input.options, max.options, options, problems);
  readNumber('versions', input.versions, max.versions, options, problems);
  return { options, problems };
}

/** A whole number in the option's range (narrowed by `max`), or its problem. */
function readNumber(option: NumericQuizOption, value: unknown, max: number | undefined, options: QuizOptionsRead, problems: QuizOptionProblem[]): void {
  if (value === undefined) return;
  const range = { min: QUIZ_OPTION_RANGES[option].min, max: Math.min(QUIZ_OPTION_RANGES[option].max, max ?? Infinity) };
  const n = wholeNumber(value);
  if (n !== undefined && n >= range.min && n <= range.max) options[option] = n;
  else problems.push({ option, value, ...range });
}

/** The names in `single, order` or a list; empty names (a trailing comma) are no names. */
function kindNames(kinds: unknown): string[] {
  const list = typeof kinds === 'string' ? kinds.split(',') : Array.isArray(kinds) ? kinds : [kinds];
  return list.map((k) => String(k).trim()).filter((k) => k !== '');
}

/** A whole number, from a number or from digits only (`1e2`, ` 5` and `0x10` are not typed counts). */
function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  return typeof value === 'string' && /^\d+$/u.test(value) ? Number(value) : undefined;
}
