/**
 * The element's attributes read into settings. Pure: no DOM, so it is tested in Node.
 * A value that doesn't parse is replaced by its default with a console warning, so a
 * typo never blanks the widget.
 */
import { readQuizOptions } from '../../engine/options.js';
import type { Difficulty, QuestionKind } from '../../engine/quiz.js';
import { clip } from './clip.js';

/** Attributes read once per change, out-of-range values replaced by defaults. */
export interface Settings {
  count: number | undefined;
  kinds: QuestionKind[] | undefined;
  difficulty: Difficulty | 'mixed' | undefined;
  exam: boolean;
  timeout: number;
}

/** The properties as the element holds them, and the attribute text of `count` and `timeout` as typed. */
export interface SettingsInput {
  count: number | undefined;
  kinds: string | undefined;
  difficulty: string | undefined;
  mode: string | undefined;
  timeout: number | undefined;
  /** The attribute as written (`count="abc"` is NaN as a property): warnings quote what the author typed. */
  typed: (name: 'count' | 'timeout') => string | null;
}

export const DEFAULT_COUNT = 5;
export const DEFAULT_TIMEOUT = 10_000;

/** Reads the settings; each value ignored is named through `warn`. */
export function readSettings(input: SettingsInput, warn: (message: string) => void = console.warn): Settings {
  const ignored = (name: string, value: unknown, instead: string): void => {
    warn(clip(`<fact-quiz>: ignoring ${name}="${String(value)}"; using ${instead}.`));
  };
  // An empty kinds or difficulty attribute means the default, like no attribute.
  const given = (value: string | undefined): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const { options, problems } = readQuizOptions({ kinds: given(input.kinds), difficulty: given(input.difficulty), count: input.count ?? undefined });
  const { count, kinds, difficulty } = options;
  for (const problem of problems) {
    if (problem.option === 'count') ignored('count', input.typed('count') ?? problem.value, `${String(DEFAULT_COUNT)} or as many as the pack allows`);
    else if (problem.option === 'kinds') ignored('kinds', problem.value, problem.known.length ? problem.known.join(',') : 'every kind');
    else ignored(problem.option, problem.value, 'mixed');
  }
  if (input.mode !== 'practice' && input.mode !== 'exam') ignored('mode', input.mode, 'practice');
  let timeout = input.timeout ?? DEFAULT_TIMEOUT;
  if (!(timeout > 0)) {
    ignored('timeout', input.typed('timeout') ?? timeout, String(DEFAULT_TIMEOUT));
    timeout = DEFAULT_TIMEOUT;
  }
  return { count, kinds, difficulty, exam: input.mode === 'exam', timeout };
}

/** The options a quiz was made with, as saved progress records them: other options, another quiz. */
export function optionsKey(settings: Settings): string {
  const { count, kinds, difficulty } = settings;
  return JSON.stringify([count ?? null, kinds ?? null, difficulty ?? null]);
}
