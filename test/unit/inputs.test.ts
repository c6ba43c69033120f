/**
 * One input path (issue 12, item 3): `parsePack` for every front end, one check of quiz
 * options, one `letter`, one rule for links and one list of a question's sources.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateQuiz, isHttpUrl, letter, parsePack, questionSources, readQuizOptions, validatePack, validateQuiz } from '../../src/engine/index.js';
import type { Pack, PackParseFailure, Question, QuestionSource } from '../../src/engine/index.js';
import { MAX_PACK_BYTES } from '../../src/engine/limits.js';
import { citation } from '../../src/exporters/citation.js';
import { run } from '../../src/cli/main.js';

const PACK_TEXT = readFileSync('questions/state-visit.json', 'utf8');
const SCHEMA_URL = new RegExp((JSON.parse(readFileSync('questions/fact-pack.schema.json', 'utf8')) as { $defs: Record<string, { properties?: Record<string, { pattern?: string }> }> }).$defs.source?.properties?.url?.pattern ?? 'missing', 'u');

function failure(text: string, options = {}): PackParseFailure {
  const result = parsePack(text, options);
  assert.ok(!result.ok, 'refused');
  return result;
}

describe('parsePack', () => {
  it('gives the pack of a valid text', () => {
    const result = parsePack(PACK_TEXT);
    assert.ok(result.ok);
    assert.equal(result.pack.id, 'state-visit');
  });

  it('drops one UTF-8 byte-order mark, as every front end did', () => {
    const result = parsePack(`\uFEFF${PACK_TEXT}`);
    assert.ok(result.ok);
    assert.equal(failure(`\uFEFF\uFEFF${PACK_TEXT}`).reason, 'json');
  });

  it('refuses a text over the byte limit before parsing it, counting UTF-8 bytes', () => {
    const big = failure(`${PACK_TEXT}${' '.repeat(MAX_PACK_BYTES)}`);
    assert.equal(big.reason, 'size');
    assert.deepEqual(big.problems, [{ path: '', code: 'too_large', params: { megabytes: 2, of: 'pack' }, message: 'is larger than 2 MB, the most a pack may be.' }]);
    // 100 characters of é are 200 bytes: over a 150-byte limit, though 100 characters are not.
    assert.equal(failure(`"${'é'.repeat(100)}"`, { maxBytes: 150 }).reason, 'size');
    assert.equal(failure(`"${'e'.repeat(100)}"`, { maxBytes: 150 }).reason, 'invalid');
  });

  it('says where a text stops being JSON, in words, and nothing of a stack', () => {
    const cases: [string, string][] = [
      ['Facts: the King invited the president', 'line 1, column 1: expected a value, found "F"'],
      ['{"id": "x",}', 'line 1, column 12: expected a name in quotes, found "}"'],
      ['{\n  "id" "x"\n}', 'line 2, column 8: expected ":", found "\\""'],
      ['{\n  "facts": [1, 2\n}', 'line 3, column 1: expected "," or "]", found "}"'],
      ['{"id": ', 'line 1, column 8: expected a value, found the end of the text'],
      ['', 'line 1, column 1: expected a value, found the end of the text'],
      ['[1, 2] x', 'line 1, column 8: expected the end of the text, found "x"'],
      ['{"a": tru}', 'line 1, column 7: expected a value, found "t"'],
      ['["tab\there"]', 'line 1, column 6: expected a closing quote, found "\\t"'],
      ['{"name": "unfinished', 'line 1, column 21: expected a closing quote, found the end of the text'],
      ['{"a": "x" "b"}', 'line 1, column 11: expected "," or "}", found "\\""'],
      ['[]]', 'line 1, column 3: expected the end of the text, found "]"'],
    ];
    for (const [text, where] of cases) {
      const result = failure(text);
      assert.ok(result.reason === 'json', text);
      assert.equal(result.where, where, text);
      assert.deepEqual(result.problems.map(({ path, code, message }) => ({ path, code, message })), [{ path: '', code: 'invalid_json', message: `not valid JSON: ${where}.` }]);
    }
  });

  it('finds the place in a deeply nested text without running out of stack', () => {
    const result = failure(`${'['.repeat(200_000)}x`);
    assert.equal(result.reason === 'json' ? result.where : '', 'line 1, column 200001: expected a value or "]", found "x"');
  });

  it('lists an invalid pack\'s problems with their paths', () => {
    const pack = JSON.parse(PACK_TEXT) as Pack & { id: string };
    pack.id = 'Bad Id';
    const result = failure(JSON.stringify(pack));
    assert.equal(result.reason, 'invalid');
    assert.ok(result.problems.some((p) => p.path === 'id'), JSON.stringify(result.problems));
  });

  it('is what the CLI prints, after the file name', () => {
    const lines: string[] = [];
    const code = run(['validate', 'test/unit/inputs.test.ts'], { out: () => undefined, err: (t) => lines.push(t) });
    assert.equal(code, 1);
    assert.match(lines.join(''), /^test\/unit\/inputs\.test\.ts: \(pack\): not valid JSON: line 1, column 1: expected a value, found "\/"\.\n$/u);
  });
});

describe('readQuizOptions', () => {
  it('keeps the options that are right, from numbers or their digits', () => {
    assert.deepEqual(readQuizOptions({ count: '12', kinds: 'single, order', difficulty: 'hard', options: 5, versions: '3' }), {
      options: { count: 12, kinds: ['single', 'order'], difficulty: 'hard', options: 5, versions: 3 },
      problems: [],
    });
    assert.deepEqual(readQuizOptions({}), { options: {}, problems: [] });
  });

  it('names each wrong option with its range, count first', () => {
    const { options, problems } = readQuizOptions({ count: 'abc', kinds: 'single,bogus', difficulty: 'extreme', options: 2, versions: 27 });
    assert.deepEqual(options, { kinds: ['single'] });
    assert.deepEqual(problems, [
      { option: 'count', value: 'abc', min: 1, max: 1000 },
      { option: 'kinds', value: 'single,bogus', unknown: ['bogus'], known: ['single'] },
      { option: 'difficulty', value: 'extreme' },
      { option: 'options', value: 2, min: 3, max: 5 },
      { option: 'versions', value: 27, min: 1, max: 26 },
    ]);
  });

  it('refuses what is not a whole number typed as digits', () => {
    for (const count of [0, 2.5, Number.NaN, '', ' 5', '1e2', '0x10', '-1', 1001]) {
      assert.equal(readQuizOptions({ count }).problems.length, 1, String(count));
    }
  });

  it('takes no names in a text as no kinds, but an empty list as a problem', () => {
    assert.deepEqual(readQuizOptions({ kinds: ',' }), { options: {}, problems: [] });
    assert.deepEqual(readQuizOptions({ kinds: [] }).problems, [{ option: 'kinds', value: [], unknown: [], known: [] }]);
  });

  it('narrows a range for a front end that offers fewer', () => {
    assert.deepEqual(readQuizOptions({ versions: 7 }, { versions: 6 }).problems, [{ option: 'versions', value: 7, min: 1, max: 6 }]);
    assert.deepEqual(readQuizOptions({ versions: 6 }, { versions: 6 }).options, { versions: 6 });
  });
});

describe('letter', () => {
  it('letters options, versions and columns alike', () => {
    assert.deepEqual([0, 1, 25, 26, 27, 701, 702].map(letter), ['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('one rule for links', () => {
  const refused = ['http:foo', 'https:example.org', 'http:/example.org', 'HTTPS://example.org', 'https://@example.org', 'https://user:pw@example.org', 'javascript:alert(1)', 'ftp://example.org', 'https://'];
  const accepted = ['https://example.org', 'http://example.org/a?b=c#d', 'https://example.org/a?user=x@y', 'https://example.org:8080'];

  it('isHttpUrl refuses http:foo and agrees with the pack schema\'s pattern', () => {
    for (const url of refused) assert.equal(isHttpUrl(url), false, url);
    for (const url of accepted) assert.equal(isHttpUrl(url), true, url);
    for (const url of [...refused, ...accepted]) if (isHttpUrl(url)) assert.ok(SCHEMA_URL.test(url), url);
    assert.equal(SCHEMA_URL.test('http:foo'), false);
  });

  it('the pack validator, the quiz validator and the exports treat http:foo the same way', () => {
    const pack = JSON.parse(PACK_TEXT) as Pack;
    (pack.sources[0] as { url?: string }).url = 'http:foo';
    const packResult = validatePack(pack);
    assert.ok(!packResult.ok && packResult.problems.some((p) => p.path === 'sources[0].url'));
    const good = parsePack(PACK_TEXT);
    assert.ok(good.ok);
    const quiz = generateQuiz(good.pack, { count: 1 });
    const source = { ...(quiz.questions[0]?.sources[0] as QuestionSource), url: 'http:foo' };
    const bad = { ...quiz, questions: quiz.questions.map((q) => ({ ...q, sources: [source] })) };
    const quizResult = validateQuiz(bad);
    assert.ok(!quizResult.ok && quizResult.problems.some((p) => p.path.endsWith('.url')));
    assert.equal(citation(source).includes('http:foo'), false);
  });
});

describe('questionSources', () => {
  const base: QuestionSource = { id: 's1', title: 'The Times', url: 'https://example.org', quote: 'The King spoke.' };
  const question = (sources: QuestionSource[]): Question => ({ sources } as unknown as Question);

  it('lists each source a reader would see once', () => {
    assert.deepEqual(questionSources(question([base, { ...base }])), [base]);
    // Same words under another id show the same: one.
    assert.deepEqual(questionSources(question([base, { ...base, id: 's2' }])), [base]);
    const other = { ...base, quote: 'The president answered.' };
    assert.deepEqual(questionSources(question([base, other, base])), [base, other]);
  });
});
