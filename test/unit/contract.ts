/**
 * The Quiz JSON contract of the README, asserted field by field, and the quiz options the
 * property tests draw: shared by the tests of the state-visit, synthetic and unseen packs.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DIFFICULTIES, KINDS, VERSION } from '../../src/engine/index.js';
import type { Pack, Quiz } from '../../src/engine/index.js';

/** Any options `generateQuiz` accepts: seed, count, kinds, difficulty and options per question. */
export const quizOptions = fc.record({
  seed: fc.string({ maxLength: 12 }),
  count: fc.integer({ min: 1, max: 12 }),
  kinds: fc.subarray([...KINDS], { minLength: 1 }),
  difficulty: fc.constantFrom(...DIFFICULTIES),
  options: fc.integer({ min: 3, max: 5 }),
});

/** `quiz` has exactly the contract's shape, and every id it names is one of `pack`'s. */
export function assertContract(quiz: Quiz, pack: Pack): void {
  assert.equal(quiz.format, 'fact-quiz/quiz@1');
  assert.deepEqual(quiz.pack, { id: pack.id, title: pack.title, lang: pack.lang, asOf: pack.asOf });
  assert.equal(typeof quiz.seed, 'string');
  assert.equal(quiz.generator, `fact-quiz@${VERSION}`);
  const factIds = new Set(pack.facts.map((f) => f.id));
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  const ids = new Set<string>();
  for (const q of quiz.questions) {
    assert.ok(!ids.has(q.id), `question id ${q.id} repeats`);
    ids.add(q.id);
    assert.ok(KINDS.includes(q.kind), q.kind);
    assert.ok(['easy', 'medium', 'hard'].includes(q.difficulty), q.difficulty);
    assert.ok(typeof q.stem === 'string' && q.stem.trim().length > 0, `${q.id}: empty stem`);
    assert.ok(typeof q.explanation === 'string' && q.explanation.trim().length > 0, `${q.id}: empty explanation`);
    assert.ok(q.options.length >= 2 && q.options.every((o) => typeof o.id === 'string' && typeof o.text === 'string' && o.text.trim().length > 0), `${q.id}: options`);
    assert.equal(new Set(q.options.map((o) => o.id)).size, q.options.length, `${q.id}: option ids repeat`);
    assert.ok(q.answer.length >= 1 && q.answer.every((a) => q.options.some((o) => o.id === a)), `${q.id}: answer`);
    assert.ok(q.facts.length >= 1 && q.facts.every((f) => factIds.has(f)), `${q.id}: facts`);
    assert.ok(q.sources.length >= 1, `${q.id}: no source`);
    for (const s of q.sources) {
      assert.ok(sourceIds.has(s.id) && typeof s.title === 'string' && typeof s.quote === 'string' && s.quote.length > 0, `${q.id}: source ${s.id}`);
      assert.deepEqual(Object.keys(s).filter((k) => !['id', 'title', 'publisher', 'url', 'quote'].includes(k)), []);
    }
    assert.deepEqual(Object.keys(q).sort(), ['answer', 'difficulty', 'explanation', 'facts', 'id', 'kind', 'options', 'sources', 'stem'], `${q.id}: fields`);
  }
}
