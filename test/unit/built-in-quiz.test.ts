// The quiz made at build time for the player is the one the engine makes today: a change
// to the engine or the built-in pack that moves it fails here, not silently on pages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEED, generateQuiz, validateQuiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { BUILT_IN_QUIZ_OPTIONS, builtInQuiz } from '../../src/built-in-quiz.js';

describe('the built-in quiz made at build time', () => {
  it("is the engine's quiz from the built-in pack with the element's defaults (else run `npm run quiz:built-in`)", () => {
    assert.equal(BUILT_IN_QUIZ_OPTIONS.seed, DEFAULT_SEED);
    assert.deepEqual(builtInQuiz, generateQuiz(stateVisitPack, BUILT_IN_QUIZ_OPTIONS), 'questions/state-visit.quiz.json is stale: run `npm run quiz:built-in`');
  });

  it('is a valid Quiz JSON of five questions', () => {
    const result = validateQuiz(builtInQuiz);
    assert.deepEqual(result.ok ? [] : result.problems, []);
    assert.equal(builtInQuiz.questions.length, 5);
  });
});
