// Checks the dev server setup every browser test and the demo rely on
// (web-dev-server.config.mjs): JSON modules and CommonJS seedrandom.
import { expect } from '@open-wc/testing';
import alea from 'seedrandom/lib/alea.js';
import pkg from '../../package.json' with { type: 'json' };

describe('browser toolchain', () => {
  it('imports JSON with import attributes as a module', () => {
    expect(pkg.name).to.equal('fact-quiz');
  });

  it('loads CommonJS seedrandom (Alea) without touching Math.random', () => {
    const random = Math.random;
    const first = alea('fact-quiz');
    const second = alea('fact-quiz');
    expect(first()).to.equal(second());
    expect(Math.random).to.equal(random);
  });
});
