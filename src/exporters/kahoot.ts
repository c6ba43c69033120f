/**
 * The spreadsheet Kahoot's "Import spreadsheet" reads: its quiz template, instructions in
 * rows 2–6, headers in row 8, one question per row from row 9 (column A numbers them,
 * B the question, C–F answers 1–4, G the time limit, H the correct answer numbers).
 * A question that doesn't fit Kahoot's limits (question 120 characters, answers 75, at
 * most 4 answers, no ordering questions in the import) is left out, never cut, and
 * every one left out is named in the warnings.
 */
import type { Question, Quiz } from '../engine/quiz.js';
import { keyPositions } from './answer-key.js';
import { letter } from '../engine/display.js';
import { type Cell, workbook } from './xlsx.js';
import { localeFor, type ExportWords } from '../locales/index.js';

export const KAHOOT_LIMITS = { question: 120, answer: 75, answers: 4 } as const;
/** The time limits Kahoot offers, in seconds. */
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
/** The template's first question row. */
const KAHOOT_FIRST_ROW = 9;

export interface KahootExport {
  file: Uint8Array;
  warnings: string[];
}

/**
 * Characters as a browser's `maxlength` counts them (UTF-16 units): never fewer than a
 * reader sees, so nothing over Kahoot's limit slips through.
 */
function length(text: string): number {
  return text.length;
}

/** Why Kahoot can't take the question as it is; empty when it can. */
function misfits(question: Question, words: ExportWords['kahoot']): string[] {
  if (question.kind === 'order') return [words.ordering];
  const reasons: string[] = [];
  const stem = length(question.stem);
  if (stem > KAHOOT_LIMITS.question) reasons.push(words.stemTooLong(stem, KAHOOT_LIMITS.question));
  if (question.options.length > KAHOOT_LIMITS.answers) reasons.push(words.tooManyAnswers(question.options.length, KAHOOT_LIMITS.answers));
  question.options.forEach((o, i) => {
    const n = length(o.text);
    if (n > KAHOOT_LIMITS.answer) reasons.push(words.answerTooLong(letter(i), n, KAHOOT_LIMITS.answer));
  });
  return reasons;
}

/** Seconds to answer: more for a question asking for every correct answer. */
function timeLimit(question: Question): number {
  return question.kind === 'multiple' ? 30 : 20;
}

/**
 * @example
 * const { file, warnings } = toKahoot(quiz);
 * writeFileSync('quiz-kahoot.xlsx', file);
 * for (const w of warnings) console.warn(w);
 */
export function toKahoot(quiz: Quiz): KahootExport {
  const words = localeFor(quiz.pack.lang).exports.kahoot;
  const warnings: string[] = [];
  const rows: Cell[][] = [[], ...words.intro.map((line) => [undefined, line]), [], ['', ...words.headers]];
  let exported = 0;
  quiz.questions.forEach((question, i) => {
    const keys = keyPositions(question);
    const reasons = misfits(question, words);
    if (reasons.length > 0) {
      warnings.push(words.leftOut(i + 1, reasons));
      return;
    }
    if (question.kind === 'multiple' && keys.length > 1) warnings.push(words.severalKeys(i + 1, keys.length));
    const answers = [0, 1, 2, 3].map((j) => question.options[j]?.text);
    const correct = keys.map((k) => k + 1);
    exported++;
    rows.push([exported, question.stem, ...answers, timeLimit(question), correct.length === 1 ? correct[0] : correct.join(',')]);
  });
  if (exported === 0) warnings.push(words.noneFits);
  const file = workbook({ name: 'Sheet1', rows, boldRows: [2, KAHOOT_FIRST_ROW - 1], widths: [4, 60, 30, 30, 30, 30, 16, 16] });
  return { file, warnings };
}
