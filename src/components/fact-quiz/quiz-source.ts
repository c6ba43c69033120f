/**
 * Where the player gets its quizzes. It carries the built-in quiz made at build time and
 * nothing that makes or checks quizzes: the engine with the built-in pack
 * (./quiz-maker.ts) and the quiz validator are imported only when a quiz needs them,
 * and in the embed they are chunks fetched from beside it.
 */
import type { FoundProblem, Pack, Quiz } from '../../engine/index.js';
import { BUILT_IN_QUIZ_OPTIONS, builtInQuiz } from '../../built-in-quiz.js';
import type { Settings } from './settings.js';

/** A problem to show; an engine error also brings its English sentence, should its code's own words fail. */
export type ShownProblem = FoundProblem & { message?: string };

/** A quiz to show, or the problems that stopped it. */
export type MadeQuiz = { quiz: Quiz } | { problems: ShownProblem[] };

/** The built-in pack's id, which saved progress on the built-in quizzes is kept under. */
export const BUILT_IN_PACK_ID = builtInQuiz.pack.id;

/** The engine's default seed, which the built-in quiz was made with. */
export const DEFAULT_SEED = BUILT_IN_QUIZ_OPTIONS.seed;

/** The seed the `seed` attribute asks for: an empty attribute means the default, like no attribute. */
export function seedAsked(seed: string | undefined): string {
  return seed?.length ? seed : DEFAULT_SEED;
}

/** A seed nobody can guess or repeat: `seed="random"` and New questions. */
export function randomSeed(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}

/**
 * The quiz from `pack` (the built-in pack when undefined) with the seed and settings.
 * The built-in pack with its default seed and settings is the quiz made at build time:
 * no engine is fetched. Rejects only when the engine can't be fetched.
 */
export async function quizFrom(pack: Pack | undefined, seed: string, settings: Settings): Promise<MadeQuiz> {
  const { count, kinds, difficulty } = settings;
  if (!pack && seed === DEFAULT_SEED && count === undefined && kinds === undefined && difficulty === undefined) return { quiz: builtInQuiz };
  const { makeQuiz } = await import('./quiz-maker.js');
  return makeQuiz(pack, seed, settings);
}

/** A quiz given ready-made (the `quiz` property), checked as strictly as a `src` file is. */
export async function checkGivenQuiz(given: unknown): Promise<MadeQuiz> {
  // Through the loader, which carries the quiz checker: one chunk for both.
  const { checkQuiz } = await import('./loader.js');
  const result = checkQuiz(given);
  return result.ok ? { quiz: result.quiz } : { problems: result.problems };
}
