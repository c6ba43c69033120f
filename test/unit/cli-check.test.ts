/**
 * `fact-quiz check` (the yield report) and where `validate` looks for article texts, run
 * in process on the packs in the repository and on copies moved away from their texts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';

function cli(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const packs = readdirSync('test/packs').filter((f) => f.endsWith('.json')).map((f) => join('test/packs', f));

describe('fact-quiz check', () => {
  for (const file of ['questions/state-visit.json', ...packs]) {
    it(`prints the yield report of ${file}: every fact, what it makes, what was dropped and why`, () => {
      const withTexts = /edge-cases|olympics-fr/.test(file) ? ['--no-quotes'] : [];
      const { code, out, err } = cli('check', file, ...withTexts);
      assert.equal(code, 0, err);
      assert.match(out, /^Yield of pack "[a-z0-9-]+" with 4 options per question:/);
      assert.match(out, /\d+ of \d+ facts make questions; \d+ only true\/false\.\n/);
      // Every dropped question says why, in words.
      for (const line of out.split('\n').filter((l) => l.startsWith('  dropped '))) assert.match(line, /^ {2}dropped \S+: \w.{10,}/);
    });
  }

  it('names the facts that make no question, and why each question of theirs was dropped', () => {
    const { out } = cli('check', 'questions/state-visit.json');
    // Relative dates ("this morning") are never asked as dates.
    assert.match(out, /visit-confirmed-date: 0 questions {2}NO QUESTION/);
    assert.match(out, /Facts that make no question: .*visit-confirmed-date/);
    // A count of 3 days can't have three smaller counts: true/false only, with the reason.
    assert.match(out, /visit-length: \d+ questions? {2}only true\/false/);
    assert.match(out, /dropped single\/visit-length\/forward\/medium: the key can't have 3 wrong values on each side of it/);
  });

  it('is a usage error without exactly one pack', () => {
    assert.equal(cli('check').code, 2);
    assert.equal(cli('check', 'a.json', 'b.json').code, 2);
  });
});

describe('fact-quiz validate: where the article texts are', () => {
  const away = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'fact-quiz-sources-'));
    copyFileSync('test/packs/apollo-11.json', join(dir, 'apollo-11.json'));
    return join(dir, 'apollo-11.json');
  };

  it('fails a pack whose texts are not beside it, saying where it looked', () => {
    const file = away();
    const { code, err } = cli('validate', file);
    assert.equal(code, 1);
    assert.match(err, /sources\[0\]\.text: the text of source "nasa-overview" can't be found: looked for "apollo11-nasa-overview\.txt" in .*fact-quiz-sources-.*\/sources\./);
  });

  it('finds them with --sources DIR, and skips them only with --no-quotes', () => {
    const file = away();
    assert.equal(cli('validate', file, '--sources', 'test/packs/sources').code, 0);
    assert.equal(cli('validate', file, '--no-quotes').code, 0);
  });

  it('refuses an invented quote once the text is found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fact-quiz-invented-'));
    const pack = JSON.parse(readFileSync('test/packs/apollo-11.json', 'utf8')) as { facts: { quote: string }[] };
    (pack.facts[0] as { quote: string }).quote = 'The astronauts planted a flag made of gold';
    writeFileSync(join(dir, 'apollo-11.json'), JSON.stringify(pack));
    const { code, err } = cli('validate', join(dir, 'apollo-11.json'), '--sources', 'test/packs/sources');
    assert.equal(code, 1);
    assert.match(err, /facts\[0\]\.quote: .*word for word/);
  });
});
