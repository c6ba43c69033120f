/**
 * The hostile corpus: script and markup in every string, terminal escapes, bidi
 * overrides, lone surrogates, NUL, a BOM, huge and deeply nested values, `__proto__`
 * keys, numbers and dates at the edges, tampered quizzes; run against validatePack,
 * generateQuiz, questionBank, validateQuiz, every export format and the CLI. Each must
 * finish, refuse or escape; none may throw an unexpected error, hang or pass markup on.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { parse as parseGift } from 'gift-pegjs';
import { XMLParser, XMLValidator as DeprecatedValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { generateQuiz, questionBank, validatePack, validateQuiz } from '../../src/engine/index.js';
import type { Pack, Question, Quiz } from '../../src/engine/index.js';
import { MAX_FACTS, MAX_PACK_BYTES } from '../../src/engine/limits.js';
import { FORMATS, exportQuiz, toMarkdown, toWorksheetHtml } from '../../src/exporters/index.js';
import { citation } from '../../src/exporters/citation.js';
import { run, terminalSafe } from '../../src/cli/main.js';
import { syntheticPack } from '../packs/synthetic.js';

const RUNS = Number(process.env.FACT_QUIZ_HOSTILE_RUNS ?? 60);

/**
 * fc.assert with a short report: a failing quiz is pages of JSON, so the failure names
 * the assertion and the first characters of the counterexample only.
 */
function check<T>(arb: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS): void {
  const details = fc.check(fc.property(arb, predicate), { numRuns, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true });
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  assert.fail(`${error}\ncounterexample (seed ${String(details.seed)}): ${JSON.stringify(details.counterexample).slice(0, 600)}…`);
}

// ---------------------------------------------------------------- the corpus

/** Strings an attacker or a careless author could put in any text field. */
export const HOSTILE_TEXTS: readonly string[] = [
  '<script>globalThis.pwned = 1</script>',
  '<img src=x onerror="globalThis.pwned=1">',
  '"><svg onload=alert(1)>',
  "'; alert(1); '",
  ']]><script>alert(1)</script>',
  'javascript:alert(1)',
  '\u001b[2J\u001b]0;owned\u0007\u001b[32mok\u001b[0m',
  '\u202etxt.exe\u202c and \u2066isolate\u2069',
  'lone \ud800 surrogate \udfff here',
  'NUL \u0000 and DEL \u007f and C1 \u0085\u009b',
  '\ufeffBOM first',
  '- a list item',
  '+ plus item',
  '1. numbered',
  '# heading',
  '> quote',
  '===',
  '{=gift} ~wrong #feedback :: ::',
  '[html]<b>bold</b>',
  '%50%half',
  '=HYPERLINK("http://evil","x")',
  '&amp; &lt; &#x3C;',
  '😀 e\u0301 \u0130',
];

const BIG = 'x'.repeat(10 * 1024 * 1024);

/** A value nested `depth` lists deep. */
function nested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** JSON text with `__proto__` and `constructor` keys as JSON.parse makes them: own keys. */
function withProtoKeys(json: string): unknown {
  return JSON.parse(json.replace('"id":', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id":'));
}

/** The problems of a validation result; none when it passed. */
function problemsOf(result: { ok: boolean; problems?: readonly { path: string; message: string }[] }): readonly { path: string; message: string }[] {
  return result.problems ?? [];
}

let statePack: Pack | undefined;
function realPack(): Pack {
  statePack ??= JSON.parse(readFileSync('questions/state-visit.json', 'utf8')) as Pack;
  return structuredClone(statePack);
}

function quizOf(): Quiz {
  return generateQuiz(realPack(), { seed: 'hostile', count: 8 });
}

/** Every text of a quiz replaced by `text(label)`: stems, options, explanations, sources, ids. */
function rewrite(quiz: Quiz, text: (label: string) => string): Quiz {
  return {
    ...quiz,
    seed: text('seed'),
    pack: { id: text('pack-id'), title: text('title'), lang: quiz.pack.lang },
    questions: quiz.questions.map((q, i) => ({
      ...q,
      id: `${text('id')}-${String(i)}`,
      stem: q.kind === 'true-false' ? `${text('stem')}. True or false?` : text('stem'),
      options: q.kind === 'true-false' ? q.options : q.options.map((o, j) => ({ ...o, text: `${text('option')} ${String(j)}` })),
      explanation: text('explanation'),
      sources: q.sources.map((s) => ({ ...s, title: text('title'), publisher: text('publisher'), quote: text('quote'), url: 'https://example.org/?a=1&b=<2>' })),
    })),
  };
}

// ---------------------------------------------------------------- validation never throws

describe('validatePack and validateQuiz on hostile JSON', () => {
  it('never throw on any JSON value, including deep nesting, and answer with problems or a result', () => {
    const jsonArb = fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.nat({ max: 20_000 }).map(nested));
    check(
      jsonArb, (json) => {
        const pack = validatePack(json);
        const quiz = validateQuiz(json);
        assert.equal(typeof pack.ok, 'boolean');
        assert.equal(quiz.ok, false, 'random JSON is not a quiz');
        assert.ok(problemsOf(quiz).length <= 51);
      },
      RUNS * 3,
    );
  });

  it('refuse 100,000 levels of nesting in any field, quickly', () => {
    for (const field of ['$schema', 'description', 'extra']) {
      const pack = { ...realPack(), [field]: nested(100_000) };
      const start = performance.now();
      const result = validatePack(pack);
      assert.equal(result.ok, false);
      // Not a speed test (npm run bench:limits is): a recursive walk would not come back at all.
      assert.ok(performance.now() - start < 10_000);
    }
    const quiz = { ...quizOf(), pack: nested(100_000) };
    const result = validateQuiz(quiz);
    assert.equal(result.ok, false);
    assert.ok(problemsOf(result).some((p) => p.message.includes('nested deeper')));
  });

  it('refuse __proto__ and constructor keys in a pack and a quiz, and pollute nothing', () => {
    const pack = withProtoKeys(JSON.stringify(realPack()));
    assert.equal(validatePack(pack).ok, false);
    const quiz = withProtoKeys(JSON.stringify(quizOf()));
    const result = validateQuiz(quiz);
    assert.equal(result.ok, false);
    assert.ok(problemsOf(result).some((p) => p.message.includes('"__proto__" is not allowed')));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('quote at most a short excerpt of a 10 MB value in one message, and list a few dozen problems', () => {
    const pack = realPack();
    pack.title = BIG;
    (pack.facts[0] as { quote: unknown }).quote = BIG;
    const result = validatePack(pack);
    assert.ok(!result.ok && result.problems.every((p) => p.message.length < 500 && p.path.length < 500));
    const many = realPack();
    // As many bad facts as a pack may hold: every one a problem, a few dozen listed.
    many.facts = Array.from({ length: MAX_FACTS }, (_, i) => ({ ...(many.facts[0] as Pack['facts'][number]), id: `bad-${String(i)}`, subject: 'nobody' }));
    const list = validatePack(many);
    assert.ok(problemsOf(list).length <= 51 && (problemsOf(list).at(-1)?.message ?? '').includes('more problem'));
    const quiz = quizOf();
    (quiz.questions[0] as { kind: unknown }).kind = BIG;
    const bad = validateQuiz(quiz);
    assert.ok(!bad.ok && bad.problems.every((p) => p.message.length < 500));
  });
});

describe('validateQuiz: the Quiz contract', () => {
  it('accepts every quiz and bank the engine makes', () => {
    assert.ok(validateQuiz(quizOf()).ok);
    assert.ok(validateQuiz(questionBank(syntheticPack({ facts: 120 }))).ok);
    assert.ok(validateQuiz(rewrite(quizOf(), (l) => `${l} ${HOSTILE_TEXTS.join(' ')}`)).ok, 'hostile texts are still texts');
  });

  const breaks: [string, RegExp, (q: Quiz & Record<string, unknown>) => void][] = [
    ['format', /^format$/u, (q) => { (q as { format: string }).format = 'fact-quiz/quiz@2'; }],
    ['kind', /^questions\[0\]\.kind$/u, (q) => { (q.questions[0] as { kind: string }).kind = '"><script>alert(1)</script>'; }],
    ['difficulty', /^questions\[0\]\.difficulty$/u, (q) => { (q.questions[0] as { difficulty: string }).difficulty = 'extreme'; }],
    ['duplicate option id', /^questions\[0\]\.options\[1\]\.id$/u, (q) => { (q.questions[0]?.options[1] as { id: string }).id = q.questions[0]?.options[0]?.id ?? ''; }],
    ['answer not an option', /^questions\[0\]\.answer\[0\]$/u, (q) => { (q.questions[0] as Question).answer = ['nope']; }],
    ['two answers for single', /^questions\[\d+\]\.answer$/u, (q) => { const s = q.questions.find((x) => x.kind === 'single') as Question; s.answer = s.options.slice(0, 2).map((o) => o.id); }],
    ['order answer not a permutation', /^questions\[\d+\]\.answer$/u, (q) => { const o = q.questions.find((x) => x.kind === 'order'); if (o) o.answer = o.answer.slice(1); else (q.questions[0] as Question).answer = []; }],
    ['stem not a text', /^questions\[0\]\.stem$/u, (q) => { (q.questions[0] as { stem: unknown }).stem = { toString: 'x' }; }],
    ['javascript: url', /^questions\[0\]\.sources\[0\]\.url$/u, (q) => { (q.questions[0]?.sources[0] as { url: string }).url = 'javascript:alert(1)'; }],
    ['credentials in url', /^questions\[0\]\.sources\[0\]\.url$/u, (q) => { (q.questions[0]?.sources[0] as { url: string }).url = 'https://user:pass@example.org/'; }],
    ['no questions', /^questions$/u, (q) => { q.questions = []; }],
    ['a huge quiz', /^$/u, (q) => { (q.questions[0] as Question).explanation = 'x'.repeat(MAX_PACK_BYTES + 10); }],
  ];
  for (const [rule, path, breakIt] of breaks) {
    it(`rejects ${rule} at its JSON path`, () => {
      const quiz = quizOf() as Quiz & Record<string, unknown>;
      breakIt(quiz);
      const result = validateQuiz(quiz);
      assert.equal(result.ok, false);
      assert.ok(problemsOf(result).some((p) => path.test(p.path)), JSON.stringify(problemsOf(result).slice(0, 3)));
    });
  }

  it('is what exportQuiz checks first: a tampered quiz is refused with its path, in every format', () => {
    const quiz = quizOf();
    (quiz.questions[0] as { kind: string }).kind = '"><script>alert(1)</script>';
    for (const format of FORMATS) assert.throws(() => exportQuiz([quiz], format), /Not a valid quiz: questions\[0\]\.kind/u);
  });
});

// ---------------------------------------------------------------- exports keep hostile text as text

/** fast-xml-parser's validator (deprecated in favour of a package not installed here, as in exporters.test.ts). */
function validXml(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return DeprecatedValidator.validate(text);
}

const markdown = new MarkdownIt({ html: false, linkify: false });
const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });

/** Characters XML 1.0 can't hold, which XML exports drop (and only those). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function norm(text: string): string {
  return text.replace(NOT_XML, '').replace(/\s+/gu, ' ').trim();
}

/** What CommonMark does to a text besides markup: NUL becomes U+FFFD (the spec's rule for insecure characters). */
function normMarkdown(text: string): string {
  return norm(text.replaceAll('\u0000', '\uFFFD'));
}

/** Every text node of a parsed XML or HTML tree, joined. */
function allText(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(allText).join(' ');
  if (typeof node === 'object' && node !== null) return Object.entries(node).map(([k, v]) => (k.startsWith('@_') ? '' : allText(v))).join(' ');
  return '';
}

/** Elements that run or load something, and event handler attributes, anywhere in a parsed tree. */
function activeParts(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) activeParts(child, found);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) {
      if (/^(script|iframe|object|embed|img|svg|link|meta\b.*refresh)$/iu.test(key) || /^@_on/iu.test(key)) found.push(key);
      activeParts(child, found);
    }
  }
  return found;
}

/** HTML text with its tags dropped and the entities escaping writes decoded. */
function decodeHtml(html: string): string {
  return html.replace(/<[^>]*>/gu, ' ').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
}

/** Markdown rendered by markdown-it, tags dropped and entities decoded: what a reader sees. */
function markdownText(md: string): string {
  return decodeHtml(markdown.render(md));
}

const hostileArb = fc.array(fc.constantFrom(...HOSTILE_TEXTS, 'a', ' ', '\n', '*', '_', '`', '\\', '|'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

/** A real quiz with every text replaced by hostile strings, one per field. */
const hostileQuizArb = fc.array(hostileArb, { minLength: 12, maxLength: 12 }).map((pool) => {
  let n = 0;
  return rewrite(quizOf(), (label) => `${label}: ${pool[n++ % pool.length] as string} end`);
});

describe('every export of a hostile quiz parses with its real parser and keeps the text', () => {
  it('Markdown: markdown-it finds the questions, one option list each, no list or heading from a text', () => {
    check(
      hostileQuizArb, (quiz) => {
        const md = toMarkdown(quiz);
        const tokens = markdown.parse(md, {});
        const count = (type: string): number => tokens.filter((t) => t.type === type).length;
        assert.equal(count('bullet_list_open'), quiz.questions.length, 'one option list per question, none from a text');
        assert.equal(count('ordered_list_open'), 0);
        assert.equal(count('heading_open'), 2, 'the title and "Answer key" only');
        assert.equal(count('blockquote_open') + count('html_block') + count('html_inline') + count('fence') + count('hr'), 0);
        const seen = normMarkdown(markdownText(md));
        for (const q of quiz.questions) {
          assert.ok(seen.includes(normMarkdown(q.stem)), `stem kept: ${q.stem}`);
          assert.ok(seen.includes(normMarkdown(q.explanation)), `explanation kept: ${q.explanation}`);
        }
      },
      RUNS,
    );
  });

  it('HTML worksheet, Moodle XML, QTI and Kahoot: well-formed XML whose text holds every stem', () => {
    check(
      hostileQuizArb, (quiz) => {
        const html = toWorksheetHtml([quiz]);
        assert.equal(validXml(html.replace('<!DOCTYPE html>', '')), true);
        assert.deepEqual(activeParts(xml.parse(html.replace('<!DOCTYPE html>', ''))), [], 'no script element and no event handler attribute');
        const moodle = exportQuiz([quiz], 'moodle').data as string;
        assert.equal(validXml(moodle), true);
        const files = unzipSync(exportQuiz([quiz], 'qti').data as Uint8Array);
        const items = Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([, bytes]) => strFromU8(bytes));
        for (const item of items) assert.equal(validXml(item), true);
        const sheet = strFromU8(unzipSync(exportQuiz([quiz], 'kahoot').data as Uint8Array)['xl/worksheets/sheet1.xml'] as Uint8Array);
        assert.equal(validXml(sheet), true);
        const htmlText = norm(allText(xml.parse(html.replace('<!DOCTYPE html>', ''))));
        const qtiText = norm(items.map((i) => allText(xml.parse(i))).join(' '));
        const moodleText = norm(decodeHtml(allText(xml.parse(moodle))));
        for (const q of quiz.questions) {
          assert.ok(htmlText.includes(norm(q.stem)), 'worksheet keeps the stem');
          assert.ok(qtiText.includes(norm(q.stem)), 'QTI keeps the stem');
          // Moodle's texts are escaped HTML inside CDATA: decoded once by the XML parser, once as HTML.
          assert.ok(moodleText.includes(norm(q.stem.replace(/ True or false\?$/u, ''))), 'Moodle keeps the stem');
        }
      },
      RUNS,
    );
  });

  it('GIFT: gift-pegjs reads every question it was given (or a comment saying why not)', () => {
    check(
      hostileQuizArb, (quiz) => {
        const gift = exportQuiz([quiz], 'gift').data as string;
        const skipped = (gift.match(/^\/\/ skipped: /gmu) ?? []).length;
        const parsed = parseGift(gift).filter((q) => q.type !== 'Description' && q.type !== 'Category');
        assert.equal(parsed.length + skipped, quiz.questions.length);
      },
      RUNS,
    );
  });

  it('the worksheet escapes a hostile kind even when called without exportQuiz', () => {
    const quiz = quizOf();
    (quiz.questions[0] as { kind: string }).kind = '"><img src=x onerror=alert(1)>';
    const html = toWorksheetHtml([quiz]);
    assert.ok(!html.includes('<img'), 'no element from the kind');
    assert.ok(html.includes('data-kind="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"'));
  });

  it('Markdown: an explanation or option starting with a list or heading mark stays text in the key', () => {
    const quiz = quizOf();
    const marks = ['- dash', '+ plus', '* star', '1. one', '2) two', '# hash', '> quote', '==='];
    const tampered = { ...quiz, questions: quiz.questions.map((q, i) => ({ ...q, explanation: marks[i % marks.length] as string })) };
    const tokens = markdown.parse(toMarkdown(tampered), {});
    assert.equal(tokens.filter((t) => t.type === 'bullet_list_open').length, quiz.questions.length);
    assert.equal(tokens.filter((t) => ['ordered_list_open', 'blockquote_open'].includes(t.type)).length, 0);
    assert.equal(tokens.filter((t) => t.type === 'heading_open').length, 2);
    const seen = markdownText(toMarkdown(tampered));
    for (const mark of marks) assert.ok(seen.includes(mark), mark);
  });

  it('never shows a source link with a user name or password, nor a javascript: one', () => {
    const source = { id: 's', title: 'T', quote: 'q' };
    assert.equal(citation({ ...source, url: 'https://user:pass@example.org/a' }), 'T');
    assert.equal(citation({ ...source, url: 'javascript:alert(1)' }), 'T');
    assert.equal(citation({ ...source, url: 'https://example.org/a' }), 'T (https://example.org/a)');
    const quiz = quizOf();
    const withSecret = { ...quiz, questions: quiz.questions.map((q) => ({ ...q, sources: q.sources.map((s) => ({ ...s, url: 'https://user:pass@example.org/' })) })) };
    assert.ok(!toWorksheetHtml([withSecret]).includes('pass@'), 'the worksheet, called directly, shows no credentials');
    assert.ok(!toMarkdown(withSecret).includes('pass@'));
  });
});

// ---------------------------------------------------------------- the CLI

/** Runs the CLI in-process; returns the exit code and everything it printed. */
function cli(...args: string[]): { code: number; out: string; err: string; data: string } {
  let out = '';
  let err = '';
  let data = '';
  const code = run(args, { out: (t) => (out += t), err: (t) => (err += t), data: (t) => (data += t) });
  return { code, out, err, data };
}

const dir = mkdtempSync(join(tmpdir(), 'fact-quiz-hostile-'));
function packFile(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** True when `text` holds something a terminal would act on: controls but newline and tab, bidi controls. */
function drivesTerminal(text: string): boolean {
  return /(?![\n\t])\p{Cc}|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(text);
}

describe('the CLI on hostile files', () => {
  it('stops reading /dev/zero at the byte limit, fast, with a clear message', () => {
    const start = performance.now();
    const result = cli('validate', '/dev/zero');
    assert.equal(result.code, 1);
    assert.match(result.err, /^\/dev\/zero: \(pack\): is larger than 2 MB, the most a pack may be/u);
    // Not a speed test: reading /dev/zero whole would never end.
    assert.ok(performance.now() - start < 20_000);
  });

  it('refuses a file one byte past the limit, and reads one at the limit', () => {
    const over = cli('validate', '--no-quotes', packFile('over.json', ' '.repeat(MAX_PACK_BYTES + 1)));
    assert.match(over.err, /is larger than 2 MB/u);
    const at = cli('validate', '--no-quotes', packFile('at.json', `${JSON.stringify(realPack())}${' '.repeat(MAX_PACK_BYTES - Buffer.byteLength(JSON.stringify(realPack())))}`));
    assert.equal(at.code, 0, at.err);
  });

  it('accepts a pack that starts with a UTF-8 byte-order mark, as the element does', () => {
    const bom = packFile('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(realPack()))]));
    const result = cli('validate', '--no-quotes', bom);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /: ok \(/u);
  });

  it('never prints pack text raw to a terminal: escapes, bidi overrides and a fake "ok" are shown escaped', () => {
    const pack = realPack() as Pack & Record<string, unknown>;
    const evil = '\u001b[2J\u001b]0;owned\u0007\r\u202eok\u009b31m';
    (pack.facts[0] as { subject: string }).subject = `${evil} nobody`;
    (pack.facts[1] as { relation: string }).relation = evil;
    (pack.entities[0] as { class: string }).class = evil;
    const file = packFile(`name-${evil.replace(/[/\\]/gu, '')}.json`, JSON.stringify(pack));
    const result = cli('validate', '--no-quotes', file);
    assert.equal(result.code, 1);
    assert.ok(!drivesTerminal(result.err), JSON.stringify(result.err));
    assert.match(result.err, /\\u001b/u);
    for (const line of result.err.trimEnd().split('\n')) assert.ok(line.startsWith(terminalSafe(file)), line);
  });

  it('quotes at most a short excerpt of a 1 MB value, and prints at most a few dozen problems', () => {
    const pack = realPack();
    pack.title = `\u001b[2J${'x'.repeat(1024 * 1024)}`;
    pack.facts = Array.from({ length: 1_000 }, (_, i) => ({ ...(pack.facts[0] as Pack['facts'][number]), id: `bad-${String(i)}`, relation: 'nope' }));
    const result = cli('validate', '--no-quotes', packFile('loud.json', JSON.stringify(pack)));
    const lines = result.err.trimEnd().split('\n');
    assert.ok(lines.length <= 52, `${String(lines.length)} lines`);
    assert.ok(lines.every((l) => l.length < 1_200), 'every line short');
    assert.match(lines.at(-1) ?? '', /more problems/u);
  });

  it('terminalSafe escapes every control, C1, bidi and lone surrogate, and cuts long lines', () => {
    check(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      const safe = terminalSafe(text);
      assert.ok(!drivesTerminal(safe));
      assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u.test(safe), 'no lone surrogate');
    }, RUNS * 10);
    assert.equal(terminalSafe('a\u001b[2Jb\tc\nd'), 'a\\u001b[2Jb\tc\nd');
    assert.ok(terminalSafe('y'.repeat(10 * 1024 * 1024)).length < 1_100);
  });

  it('writes an export to a pipe byte for byte, and escapes it only on a terminal', () => {
    const result = cli('generate', '--count', '3', '--format', 'json');
    assert.equal(result.code, 0, result.err);
    assert.equal(result.out, '');
    assert.ok(validateQuiz(JSON.parse(result.data)).ok);
    const piped = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'generate', '--count', '3', '--format', 'json'], { encoding: 'utf8' });
    assert.equal(piped.status, 0, piped.stderr);
    assert.deepEqual(JSON.parse(piped.stdout), JSON.parse(result.data));
  });
});

// ---------------------------------------------------------------- generate and bank

/** A valid synthetic pack with hostile text in its labels, quotes, titles and template words. */
function hostilePack(text: (i: number) => string): Pack {
  const pack = syntheticPack({ facts: 120 });
  let n = 0;
  pack.title = `Title ${text(n++)}`;
  for (const e of pack.entities) e.label = `${e.label} ${text(n++)}`;
  // Each fact its own passage (facts quoting one passage are asked once per quiz).
  for (const f of pack.facts) f.quote = `synthetic ${f.id} ${text(n++)}`;
  for (const s of pack.sources) s.title = `Source ${text(n++)}`;
  for (const r of pack.relations) r.templates.statement = `${r.templates.statement} ${text(n++).replace(/[{}]/gu, '')}`;
  return pack;
}

describe('generate and bank on hostile packs', () => {
  it('make valid quizzes that keep the text, or the validator says why not; nothing else is thrown', () => {
    check(fc.array(fc.constantFrom(...HOSTILE_TEXTS), { minLength: 4, maxLength: 4 }), (texts) => {
      const result = validatePack(hostilePack((i) => texts[i % texts.length] as string));
      if (!result.ok) {
        assert.ok(result.problems.every((p) => p.message.length < 500));
        return;
      }
      const quiz = generateQuiz(result.pack, { seed: 'hostile', count: 6 });
      assert.ok(validateQuiz(quiz).ok);
      assert.ok(validateQuiz(questionBank(result.pack)).ok);
      for (const format of FORMATS) exportQuiz([quiz], format);
    }, Math.ceil(RUNS / 3));
  });

  it('numbers and dates at the edges are refused or made into questions, never a crash or a "-0"', () => {
    const edges: unknown[] = [-0, 1e-30, 1e300, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, -1e-7, 0.1 + 0.2];
    const dates = ['0001-01-01', '9999-12-31', '2024-02-29', '2023-02-29', '1970-01-01', '-0001-01-01', '2025-13-01'];
    for (const value of edges) {
      const pack = syntheticPack({ facts: 120 });
      for (const f of pack.facts) if (f.relation === 'length') f.object = value as number;
      // The pack object itself, not JSON text, so -0 reaches the validator as -0.
      const result = validatePack(pack);
      if (!result.ok) continue;
      const bank = questionBank(result.pack);
      assert.ok(!JSON.stringify(bank).includes('-0 day'), `${String(value)} shown as -0`);
      assert.ok(!/0\.0{8,}/u.test(JSON.stringify(bank)), `${String(value)} shown with a run of zeros`);
    }
    for (const date of dates) {
      const pack = syntheticPack({ facts: 120 });
      const fact = pack.facts.find((f) => f.relation === 'date');
      if (fact) fact.object = { date, precision: 'day' };
      const result = validatePack(pack);
      if (result.ok) assert.ok(validateQuiz(questionBank(result.pack)).ok);
    }
  });
});
