/**
 * Where the element's quizzes are made: the only file of the element that imports the
 * generator and the built-in pack, so a player without the engine is a change here.
 */
import { DEFAULT_SEED, generateQuiz, type Pack, type Quiz } from '../../engine/index.js';
import { stateVisitPack } from '../../default-pack.js';
import { DEFAULT_COUNT, type Settings } from './settings.js';

/** A quiz to show, or the sentence saying why there is none. */
export type MadeQuiz = { quiz: Quiz } | { problem: string };

/** The pack quizzes are made from: `pack`, else the one loaded from `src` (none yet while loading), else the built-in one. */
export function packToQuiz(pack: Pack | undefined, src: string | undefined, loaded: Pack | undefined): Pack | undefined {
  return pack ?? (src ? loaded : stateVisitPack);
}

/** The seed the `seed` attribute asks for: an empty attribute means the default, like no attribute. */
export function seedAsked(seed: string | undefined): string {
  return seed?.length ? seed : DEFAULT_SEED;
}

/** A seed nobody can guess or repeat: `seed="random"` and New questions. */
export function randomSeed(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}

/** `generateQuiz` with the settings; without `count`, as many questions up to 5 as the pack allows. */
export function makeQuiz(pack: Pack, seed: string, settings: Settings): MadeQuiz {
  const { count, kinds, difficulty } = settings;
  for (let n = count ?? DEFAULT_COUNT; ; n--) {
    try {
      return { quiz: generateQuiz(pack, { seed, count: n, kinds, difficulty }) };
    } catch (error) {
      if (count === undefined && n > 1) continue;
      return { problem: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** A quiz given ready-made (the `quiz` property), if it has questions to ask. */
export function checkGivenQuiz(quiz: Quiz): MadeQuiz {
  return Array.isArray(quiz.questions) && quiz.questions.length > 0 ? { quiz } : { problem: 'The quiz has no questions.' };
}
