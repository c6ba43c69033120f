import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Verbaliser } from '../../src/engine/verbalise.js';
import type { Relation } from '../../src/engine/index.js';

const days = { id: 'lasted', object: { type: 'number', unit: 'day' }, cardinality: 'one', templates: { question: '', statement: '' } } as unknown as Relation;

/** The fastest of `runs` calls, in ms: the least disturbed by garbage collection. */
function timed(runs: number, task: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('Verbaliser.fill on long templates', () => {
  // A quadratic fill grows 64 times from 1x to 8x slots; a linear one about 8 times.
  for (const [lang, piece, value] of [
    ['en', 'met a {object} and ', 'owl'],
    ['fr', 'le prix de {object} et que ', 'les Jeux'],
  ] as const) {
    it(`fills ${lang} slots in time linear in the template's length`, () => {
      const verbaliser = new Verbaliser(lang);
      const template = (slots: number): string => `{subject} ${piece.repeat(slots)}.`;
      const small = template(2_000);
      const large = template(16_000);
      const slots = { subject: 'x', object: value };
      // Warm up, so that compiling the code and splitting the templates are in neither figure.
      timed(3, () => [verbaliser.fill(small, slots), verbaliser.fill(large, slots)]);
      const ratio = timed(7, () => verbaliser.fill(large, slots)) / timed(15, () => verbaliser.fill(small, slots));
      assert.ok(ratio < 24, `8x the slots took ${ratio.toFixed(1)}x the time`);
    });
  }

  it('still agrees articles and contractions across the cut between settled and open text', () => {
    const en = new Verbaliser('en');
    const text = en.fill(`{subject} ${'saw a {object}, '.repeat(40)}end.`, { subject: 'the king', object: 'owl' });
    assert.equal(text, `The king ${'saw an owl, '.repeat(40)}end.`);
    const fr = new Verbaliser('fr');
    assert.equal(fr.fill(`${'L’image de {object}, '.repeat(30)}fin.`, { object: 'Antoine' }), `${'L’image d’Antoine, '.repeat(30)}fin.`);
    assert.equal(fr.fill(`${'prix de {object}, '.repeat(30)}fin.`, { object: 'les Jeux' }), `Prix des Jeux, ${'prix des Jeux, '.repeat(29)}fin.`);
  });
});

describe('Verbaliser.number at the edges', () => {
  const en = new Verbaliser('en');
  it('shows -0, and negatives that round to zero, as 0', () => {
    assert.equal(en.number(-0, days), '0 days');
    assert.equal(en.number(-0.0001, days, 2), '0.00 days');
  });
  it('shows tiny and huge numbers with a few significant digits, not dozens of zeros', () => {
    assert.equal(en.number(1e-30, days), '1E-30 days');
    assert.equal(en.number(-1.25e-30, days), '-1.25E-30 days');
    assert.equal(en.number(1e300, days), '1E300 days');
    assert.ok(en.number(1 / 3 * 1e-10, days).length < 20);
  });
  it('leaves ordinary numbers as they were', () => {
    assert.equal(en.number(1, days), '1 day');
    assert.equal(en.number(2500, days), '2,500 days');
    assert.equal(en.number(0.0004, days), '0.0004 days');
    assert.equal(new Verbaliser('fr').number(0.5, days), '0,5 day');
  });
});
