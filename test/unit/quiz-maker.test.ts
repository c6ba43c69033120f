// How the element makes its quiz (src/components/fact-quiz/quiz-maker.ts), in Node: the
// pack it uses, the seed, and counting down when the pack allows fewer than 5 questions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEED, generateQuiz } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import { checkGivenQuiz, makeQuiz, packToQuiz, seedAsked } from '../../src/components/fact-quiz/quiz-maker.js';
import type { Settings } from '../../src/components/fact-quiz/settings.js';
import { syntheticPack } from '../packs/synthetic.js';

const pack = syntheticPack({ facts: 60 });
const settings = (given: Partial<Settings>): Settings => ({ count: undefined, kinds: undefined, difficulty: undefined, exam: false, timeout: 10_000, ...given });

describe('quiz-maker', () => {
  it('makes the quiz generateQuiz makes, 5 questions by default', () => {
    const made = makeQuiz(pack, 'seed-1', settings({}));
    assert.ok('quiz' in made);
    assert.deepEqual(made.quiz, generateQuiz(pack, { seed: 'seed-1', count: 5 }));
  });

  it('counts down to what the pack allows when count is not set, and says why when it is', () => {
    assert.throws(() => generateQuiz(pack, { seed: 's', count: 5, kinds: ['order'] }));
    const made = makeQuiz(pack, 's', settings({ kinds: ['order'] }));
    assert.ok('quiz' in made);
    const n = made.quiz.questions.length;
    assert.ok(n >= 1 && n < 5, `${String(n)} questions`);
    assert.deepEqual(made.quiz, generateQuiz(pack, { seed: 's', count: n, kinds: ['order'] }));
    const asked = makeQuiz(pack, 's', settings({ kinds: ['order'], count: 5 }));
    assert.ok('problem' in asked);
    assert.match(asked.problem, /\d/);
  });

  it('takes the pack property, else the loaded pack of src (none while loading), else the built-in pack', () => {
    assert.equal(packToQuiz(pack, 'x.json', undefined), pack);
    assert.equal(packToQuiz(undefined, 'x.json', undefined), undefined);
    assert.equal(packToQuiz(undefined, 'x.json', pack), pack);
    assert.equal(packToQuiz(undefined, undefined, pack), stateVisitPack);
    assert.equal(packToQuiz(undefined, '', undefined), stateVisitPack);
  });

  it('reads an empty seed attribute as the default seed', () => {
    assert.equal(seedAsked(undefined), DEFAULT_SEED);
    assert.equal(seedAsked(''), DEFAULT_SEED);
    assert.equal(seedAsked('alpha'), 'alpha');
  });

  it('refuses a ready-made quiz with no questions', () => {
    const quiz = generateQuiz(pack, { seed: 'q', count: 2 });
    assert.deepEqual(checkGivenQuiz(quiz), { quiz });
    assert.deepEqual(checkGivenQuiz({ ...quiz, questions: [] }), { problem: 'The quiz has no questions.' });
  });
});
