// The benchmark's own arithmetic: its verdicts on issue 13's goals, and what it counts as
// a page's weight and as the first load versus the chunks loaded later.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { atLeast, under } from '../bench/goals.js';
import { bundleBreakdown, gzipSize, pageWeight, sourceGroup } from '../bench/weight.js';

const served = (url: string, text: string) => ({ url, bytes: Buffer.byteLength(text), body: Buffer.from(text) });

describe('bench verdicts', () => {
  it('a ratio goal is met at the goal and missed below it, by how much', () => {
    assert.equal(atLeast(25, 25, 'need'), 'met');
    const missed = atLeast(20, 25, 'the first load must weigh less');
    assert.match(missed, /^\*\*missed\*\*: 20\.00×, 20% short of 25× \(the first load must weigh less\)$/);
  });

  it('a limit is met strictly under it, or at it when allowed; missed says by how much', () => {
    const shown = (v: number): string => `${v.toFixed(1)} ms`;
    assert.equal(under(15.9, 16, shown), 'met');
    assert.equal(under(19.2, 16, shown), '**missed** by 3.2 ms (19.2 ms)');
    assert.equal(under(0, 0, String, true), 'met');
    assert.match(under(0.05, 0, String, true), /^\*\*missed\*\* by 0\.05/);
  });

  it('a figure not measured is never met', () => {
    assert.equal(atLeast(NaN, 3, 'x'), 'not measured');
    assert.equal(under(NaN, 16, String), 'not measured');
  });
});

describe('bench weight', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-weight-'));
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts each file once, leaves source maps out and refuses a 404', () => {
    const weight = pageWeight([served('/page.html', '<p>hi</p>'), served('/fact-quiz.embed.js', 'a();'), served('/fact-quiz.embed.js', 'a();'), served('/fact-quiz.embed.js.map', '{}')]);
    assert.deepEqual(
      weight.files.map((f) => f.url),
      ['/page.html', '/fact-quiz.embed.js'],
    );
    assert.equal(weight.bytes, Buffer.byteLength('<p>hi</p>') + 4);
    assert.equal(weight.gzip, gzipSize('<p>hi</p>') + gzipSize('a();'));
    assert.throws(() => pageWeight([{ url: '/missing.js', bytes: 0, body: Buffer.alloc(0) }]), /missing\.js/);
  });

  it('splits the first load from the chunks only the engine page loaded, each by source through its map', () => {
    // 'a();' comes from Lit, 'b();' from the engine (columns 0 and 4 of line 1).
    const embed = join(dir, 'fact-quiz.embed.js');
    writeFileSync(embed, 'a();b();');
    writeFileSync(`${embed}.map`, JSON.stringify({ version: 3, sources: ['../node_modules/lit/index.js', '../src/engine/generate.ts'], names: [], mappings: 'AAAA,ICAA' }));
    const chunk = join(dir, 'fact-quiz.engine.js');
    writeFileSync(chunk, 'c();');
    const first = pageWeight([served('/pre-made.html', '<p></p>'), served('/fact-quiz.embed.js', 'a();b();'), served('/bench-quiz.json', '{}')]).files;
    const later = pageWeight([served('/pack.html', '<p></p>'), served('/fact-quiz.embed.js', 'a();b();'), served('/fact-quiz.engine.js', 'c();')]).files;
    const files: Record<string, string> = { '/fact-quiz.embed.js': embed, '/fact-quiz.engine.js': chunk };
    const breakdown = bundleBreakdown(first, later, (url) => files[url]);
    assert.deepEqual(
      breakdown.map((f) => [f.url, f.firstLoad]),
      [
        ['/fact-quiz.embed.js', true],
        ['/fact-quiz.engine.js', false],
      ],
    );
    assert.deepEqual(
      breakdown[0]?.groups?.map((g) => [g.group, g.bytes]).sort(),
      [
        ['Lit', 4],
        ['engine (src/engine)', 4],
      ],
    );
    // No source map beside the chunk: no breakdown, but still its weight.
    assert.equal(breakdown[1]?.groups, undefined);
    assert.equal(breakdown[1]?.gzip, gzipSize('c();'));
  });
});

describe('bench source groups', () => {
  it('tells the quiz made at build time from the pack the engine makes quizzes from', () => {
    assert.equal(sourceGroup('../questions/state-visit.quiz.json'), 'built-in quiz');
    assert.equal(sourceGroup('../src/built-in-quiz.ts'), 'built-in quiz');
    assert.equal(sourceGroup('../questions/state-visit.json'), 'built-in pack');
    assert.equal(sourceGroup('../src/engine/generate.ts'), 'engine (src/engine)');
    assert.equal(sourceGroup('../src/engine/generate.ts', true), 'src/engine/generate.ts');
    assert.equal(sourceGroup('../node_modules/lit-html/lit-html.js', true), 'Lit');
  });
});
