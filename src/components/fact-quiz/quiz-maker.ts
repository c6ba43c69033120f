/**
 * Where the element's quizzes are made: the engine and the built-in pack. The player
 * imports this module only when a quiz needs making (./quiz-source.ts), so in the embed
 * it is a chunk of its own, fetched beside the entry.
 */
import { QuizError, generateQuiz, type Pack, type PackProblem } from '../../engine/index.js';
import { stateVisitPack } from '../../default-pack.js';
import type { MadeQuiz } from './quiz-source.js';
import { DEFAULT_COUNT, type Settings } from './settings.js';

/**
 * `generateQuiz` with the settings, from `pack` or else the built-in pack; without
 * `count`, as many questions up to 5 as the pack allows.
 */
export function makeQuiz(pack: Pack | undefined, seed: string, settings: Settings): MadeQuiz {
  const { count, kinds, difficulty } = settings;
  for (let n = count ?? DEFAULT_COUNT; ; n--) {
    try {
      return { quiz: generateQuiz(pack ?? stateVisitPack, { seed, count: n, kinds, difficulty }) };
    } catch (error) {
      if (count === undefined && n > 1) continue;
      return { problems: [problemOf(error)] };
    }
  }
}

/** Why no quiz was made, with its code, so the widget words it in its own language. */
function problemOf(error: unknown): PackProblem {
  if (error instanceof QuizError) return { path: '', message: error.message, code: error.code, params: error.params } as PackProblem;
  const message = error instanceof Error ? error.message : String(error);
  return { path: '', message, code: 'check_failed', params: { of: 'quiz', error: message } };
}
