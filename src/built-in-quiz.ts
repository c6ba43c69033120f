/**
 * The quiz `<fact-quiz>` shows with no attributes, made at build time from the built-in
 * pack (`npm run quiz:built-in`), so the player shows it without loading the engine.
 * test/unit/built-in-quiz.test.ts fails when it no longer matches what the engine makes.
 */
import json from '../questions/state-visit.quiz.json' with { type: 'json' };
import type { Quiz } from './engine/quiz.js';

/** The options it was made with: the element's defaults (its seed is the engine's `DEFAULT_SEED`). */
export const BUILT_IN_QUIZ_OPTIONS = { seed: 'fact-quiz', count: 5 } as const;

export const builtInQuiz = json as unknown as Quiz;
