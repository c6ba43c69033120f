// The packaging the README promises: `npx fact-quiz` runs the built CLI.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };

const bin = pkg.bin['fact-quiz'];

describe('package', () => {
  it('names the CLI built from src/cli/main.ts as its bin', () => {
    assert.equal(bin, './dist/cli/main.js');
    assert.ok(existsSync('src/cli/main.ts'));
  });

  it('builds the bin as an executable node script', (t) => {
    if (!existsSync(bin)) {
      t.skip('not built: `npm install` or `npm run build` builds dist/');
      return;
    }
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.doesNotThrow(() => {
      accessSync(bin, constants.X_OK);
    });
  });
});
