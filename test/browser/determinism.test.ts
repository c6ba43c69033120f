import { expect } from '@open-wc/testing';
import { generateQuiz, questionBank } from '../../src/engine/index.js';
import { stateVisitPack } from '../../src/default-pack.js';
import alpha from '../snapshots/state-visit-alpha.json' with { type: 'json' };
import bravo from '../snapshots/state-visit-bravo.json' with { type: 'json' };
import charlie from '../snapshots/state-visit-charlie.json' with { type: 'json' };

// The same seed, pack and version give the same bytes in Chromium as in Node: the
// snapshots were written by the unit tests under Node.
describe('quizzes in Chromium', () => {
  for (const [seed, fromNode] of [['alpha', alpha], ['bravo', bravo], ['charlie', charlie]] as const) {
    it(`seed "${seed}" gives the quiz Node wrote, byte for byte`, () => {
      const here = JSON.stringify(generateQuiz(stateVisitPack, { seed, count: 10 }), null, 2);
      expect(here).to.equal(JSON.stringify(fromNode, null, 2));
    });
  }

  it('never calls Math.random', () => {
    const original = Math.random;
    let called = false;
    Math.random = () => {
      called = true;
      return original();
    };
    try {
      questionBank(stateVisitPack);
    } finally {
      Math.random = original;
    }
    expect(called).to.equal(false);
  });
});
