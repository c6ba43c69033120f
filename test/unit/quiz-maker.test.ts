// How the element gets its quiz, in Node: the built-in quiz made at build time for the
// defaults, the engine (src/components/fact-quiz/quiz-maker.ts) for anything else,
// counting down when the pack allows fewer than 5 questions, and ready-made quizzes
// checked as strictly as a file is.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEED, generateQuiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { builtInQuiz } from '../../src/built-in-quiz.js';
import { makeQuiz } from '../../src/components/fact-quiz/quiz-maker.js';
import { DEFAULT_SEED as PLAYER_SEED, checkGivenQuiz, quizFrom, seedAsked } from '../../src/components/fact-quiz/quiz-source.js';
import { DEFAULT_COUNT, type Settings } from '../../src/components/fact-quiz/settings.js';
import { syntheticPack } from '../packs/synthetic.js';

const pack = syntheticPack({ facts: 60 });
const settings = (given: Partial<Settings>): Settings => ({ count: undefined, kinds: undefined, difficulty: undefined, exam: false, timeout: 10_000, ...given });

describe('quiz-maker (the engine side)', () => {
  it('makes the quiz generateQuiz makes, 5 questions by default', () => {
    const made = makeQuiz(pack, 'seed-1', settings({}));
    assert.ok('quiz' in made);
    assert.deepEqual(made.quiz, generateQuiz(pack, { seed: 'seed-1', count: 5 }));
  });

  it('counts down to what the pack allows when count is not set, and says why when it is, with a code', () => {
    assert.throws(() => generateQuiz(pack, { seed: 's', count: 5, kinds: ['order'] }));
    const made = makeQuiz(pack, 's', settings({ kinds: ['order'] }));
    assert.ok('quiz' in made);
    const n = made.quiz.questions.length;
    assert.ok(n >= 1 && n < 5, `${String(n)} questions`);
    assert.deepEqual(made.quiz, generateQuiz(pack, { seed: 's', count: n, kinds: ['order'] }));
    const asked = makeQuiz(pack, 's', settings({ kinds: ['order'], count: 5 }));
    assert.ok('problems' in asked);
    assert.equal(asked.problems[0]?.code, 'too_few_questions');
    assert.match(asked.problems[0].message ?? '', /\d/);
  });

  it('uses the built-in pack when given none', () => {
    const made = makeQuiz(undefined, 'x', settings({ count: 3 }));
    assert.ok('quiz' in made);
    assert.deepEqual(made.quiz, generateQuiz(stateVisitPack, { seed: 'x', count: 3 }));
  });
});

describe('quiz-source (the player side)', () => {
  it('reads an empty seed attribute as the default seed, the engine\'s', () => {
    assert.equal(PLAYER_SEED, DEFAULT_SEED);
    assert.equal(seedAsked(undefined), DEFAULT_SEED);
    assert.equal(seedAsked(''), DEFAULT_SEED);
    assert.equal(seedAsked('alpha'), 'alpha');
  });

  it('gives the quiz made at build time for the defaults, the very object, with no engine', async () => {
    assert.equal(DEFAULT_COUNT, 5);
    const made = await quizFrom(undefined, DEFAULT_SEED, settings({}));
    assert.ok('quiz' in made);
    assert.equal(made.quiz, builtInQuiz);
  });

  it('makes any other quiz with the engine: another seed, count, kinds or pack', async () => {
    const cases: [typeof pack | undefined, string, Partial<Settings>][] = [[undefined, 'other', {}], [undefined, DEFAULT_SEED, { count: 5 }], [undefined, DEFAULT_SEED, { kinds: ['single'] }], [pack, DEFAULT_SEED, {}]];
    for (const [p, seed, given] of cases) {
      const made = await quizFrom(p, seed, settings(given));
      assert.ok('quiz' in made);
      assert.notEqual(made.quiz, builtInQuiz);
      assert.deepEqual(made, makeQuiz(p, seed, settings(given)));
    }
  });

  it('checks a ready-made quiz as strictly as a file: no questions, a wrong key, a javascript: link', async () => {
    const quiz = generateQuiz(pack, { seed: 'q', count: 2 });
    assert.deepEqual(await checkGivenQuiz(quiz), { quiz });
    const empty = await checkGivenQuiz({ ...quiz, questions: [] });
    assert.ok('problems' in empty && empty.problems[0]?.path === 'questions');
    const [first] = quiz.questions;
    assert.ok(first);
    const wrongKey = await checkGivenQuiz({ ...quiz, questions: [{ ...first, answer: ['nope'] }] });
    assert.ok('problems' in wrongKey && wrongKey.problems.length > 0);
    const link = await checkGivenQuiz({ ...quiz, questions: [{ ...first, sources: [{ ...first.sources[0], url: 'javascript:alert(1)' }] }] });
    assert.ok('problems' in link && link.problems.some((p) => p.path.includes('url')), JSON.stringify(link));
  });
});
