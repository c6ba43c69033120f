// The languages of src/locales: every language has every word (the same keys, none
// empty, every value it is given shows in its sentence), the look-up falls back to
// English, and French pages carry no English word: the element's words and a whole
// French worksheet (test/packs/olympics-fr.json) are read for English ones.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateVersions, questionBank, validatePack, type Pack } from '../../src/engine/index.js';
import { exportQuiz, toKahoot, toMarkdown, toWorksheetHtml } from '../../src/exporters/index.js';
import { ENGINE_WORDS, LOCALES, WIDGET_WORDS, localeFor, wordsFor, type Locale } from '../../src/locales/index.js';

/**
 * Arguments to call each word that is a function with, by its path. A function with no
 * entry fails the walk, so a new word gets a sample and is checked like the others.
 */
const SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  'widget.httpError': ['404'],
  'widget.timeout': ['10'],
  'widget.tooLarge': ['2 MB'],
  'widget.moreProblems': [3, '3'],
  'widget.questions': [5, '5'],
  'widget.asOf': ['17 September 2025'],
  'widget.questionOf': ['2', '5'],
  'widget.moveUp': ['Windsor'],
  'widget.moveDown': ['Windsor'],
  'widget.moved': ['Windsor', '2', '4'],
  'widget.score': ['4', '5', '80%'],
  'widget.share': ['4', '5', 'State visit'],
  'engine.trueOrFalse': ['The King met the President.'],
  'engine.datePhrase': ['16 September', 'day', false],
  'engine.orderExplanation': [['Tea (2019)', 'Banquet (2025)']],
  'engine.firstExplanation': ['Tea', '2019'],
  'engine.qualified': ['about', '80'],
  'exports.version': ['B'],
  'exports.versionCategory': ['State visit', 'B', '7B'],
  'exports.questionCount': [7],
  'exports.worksheet.title': ['State visit'],
  'exports.worksheet.sheetFooter': ['State visit', 'B', '7B'],
  'exports.worksheet.keyFooter': ['State visit', 'B', '7B'],
  'exports.worksheet.position': [3],
  'exports.worksheet.keyTitle': ['State visit'],
  'exports.markdown.meta': ['7B', 7, 'fact-quiz@0.1.0'],
  'exports.gift.header': ['State visit', 7, '7B', 'fact-quiz@0.1.0'],
  'exports.gift.skipped': ['q-1', 'why'],
  'exports.qti.section': ['7B'],
  'exports.kahoot.leftOut': [3, ['too long', 'too many']],
  'exports.kahoot.stemTooLong': [134, 120],
  'exports.kahoot.tooManyAnswers': [5, 4],
  'exports.kahoot.answerTooLong': ['C', 80, 75],
  'exports.kahoot.severalKeys': [2, 3],
  'exports.kahoot.onlyFirstVersion': [2],
};

/** Arguments that choose a wording (a precision, a qualifier, a count beside its formatted text) rather than fill a slot. */
const CHOOSERS: Readonly<Record<string, readonly number[]>> = {
  'engine.datePhrase': [1, 2],
  'engine.qualified': [0],
  'widget.moreProblems': [0],
  'widget.questions': [0],
};

/** The values a word must show: its arguments (array items one by one), less those that choose a wording. */
function shown(path: string, args: readonly unknown[]): string[] {
  return args.filter((_, i) => !(CHOOSERS[path] ?? []).includes(i)).flat().map(String);
}

/** Every word of a language as path → text; functions are called with their samples. */
function words(value: unknown, path: string, out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    const args = SAMPLES[path];
    assert.ok(args !== undefined, `${path}: add sample arguments to SAMPLES`);
    const text: unknown = (value as (...a: unknown[]) => unknown)(...args);
    assert.equal(typeof text, 'string', `${path} gives text`);
    // Every value handed to a word must show in it: a translation may not drop a slot.
    for (const arg of shown(path, args)) assert.ok((text as string).includes(arg), `${path} drops "${arg}": ${text as string}`);
    out.set(path, text as string);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) words(child, path === '' ? key : `${path}.${key}`, out);
  }
  return out;
}

/** A language's words, without its tag (a code, not a word) and its problem sentences (test/unit/problems.test.ts walks those with sample parameters). */
const wordsOfLocale = ({ widget, engine, exports }: Locale): Omit<Locale, 'tag' | 'problems'> => ({ widget, engine, exports });
const english = wordsOfLocale(LOCALES.en);
const french = wordsOfLocale(localeFor('fr'));

/** English-only words: none of them may be read on a French page ("or" is French gold, "as" a French verb). */
const ENGLISH = [
  'the', 'of', 'your', 'you', 'answer', 'answers', 'key', 'write', 'letter', 'letters', 'boxes', 'each', 'every', 'says', 'what',
  'seed', 'name', 'class', 'no', 'why', 'where', 'check', 'worksheet', 'loading', 'could', 'not', 'be', 'loaded', 'made', 'try', 'again',
  'start', 'next', 'see', 'results', 'share', 'copy', 'copied', 'move', 'up', 'down', 'right', 'wrong', 'none', 'scored', 'select',
  'server', 'file', 'seconds', 'problems', 'review', 'progress', 'facts', 'and', 'with', 'earliest', 'first', 'true', 'false',
];

/** The words of a text, lower case, split at anything that is not a letter. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
}

function englishIn(text: string): string[] {
  return [...new Set(wordsOf(text).filter((w) => ENGLISH.includes(w)))];
}

describe('languages (src/locales)', () => {
  it('French has every English word, no word is empty, and every value shows where it is put', () => {
    const en = words(english, '');
    const fr = words(french, '');
    assert.deepEqual([...fr.keys()].sort(), [...en.keys()].sort());
    assert.ok(en.size > 80, `walked only ${String(en.size)} words`);
    for (const [path, text] of [...en, ...fr]) assert.notEqual(text.trim(), '', `${path} is empty`);
  });

  it('looks a language up by its BCP 47 tag and falls back to English', () => {
    assert.equal(localeFor('fr'), LOCALES.fr);
    assert.equal(localeFor('fr-CA'), LOCALES.fr);
    assert.equal(localeFor('FR-fr'), LOCALES.fr);
    assert.equal(localeFor('en-GB'), LOCALES.en);
    assert.equal(localeFor('de-AT'), LOCALES.en);
    assert.equal(localeFor(''), LOCALES.en);
    // The tables the engine and the element read hold the same words as the languages.
    assert.equal(wordsFor(WIDGET_WORDS, 'fr-BE'), LOCALES.fr?.widget);
    assert.equal(wordsFor(ENGINE_WORDS, 'fr-BE'), LOCALES.fr?.engine);
    assert.equal(wordsFor(ENGINE_WORDS, 'es'), LOCALES.en.engine);
  });

  it('writes plurals and French typography in French', () => {
    const fr = localeFor('fr').exports;
    assert.equal(fr.questionCount(1), '1 question');
    assert.equal(fr.questionCount(7), '7 questions');
    assert.equal(localeFor('en').exports.questionCount(7), '7 questions');
    assert.match(fr.source, /^Source\u202f:$/u);
  });

  it('the element shows no English word in French', () => {
    const en = words(english.widget, 'widget');
    const fr = words(french.widget, 'widget');
    // "5 questions" is French too.
    const same = ['widget.questions'];
    for (const [path, text] of fr) {
      if (!same.includes(path)) assert.notEqual(text, en.get(path), `${path} is the English word`);
      assert.deepEqual(englishIn(text), [], `${path}: ${text}`);
    }
  });
});

describe('a French worksheet', () => {
  const pack = JSON.parse(readFileSync('test/packs/olympics-fr.json', 'utf8')) as Pack;
  assert.equal(validatePack(pack).ok, true);
  const versions = generateVersions(pack, { seed: 'fiche', versions: 2, count: 8 });
  const page = toWorksheetHtml(versions);

  /** What a reader meets: the text, the boxes' accessible names and the printed page footers. */
  function readable(html: string): string {
    const footers = [...html.matchAll(/content: "((?:[^"\\]|\\[0-9a-f]+ )*)"/gu)].map((m) =>
      (m[1] ?? '').replace(/\\([0-9a-f]+) /gu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
    );
    const labels = [...html.matchAll(/aria-label="([^"]*)"/gu)].map((m) => m[1] ?? '');
    const title = /<title>(.*)<\/title>/u.exec(html)?.[1] ?? '';
    const body = html.replace(/<head>[\s\S]*<\/head>/u, '').replace(/<[^>]*>/gu, ' ');
    return [title, ...footers, ...labels, body].join('\n').replace(/&amp;/gu, '&').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'");
  }
  const text = readable(page);

  it('has no English word: instructions, hints, headings, key table, sources, footers', () => {
    assert.deepEqual(englishIn(text), []);
    for (const english of ['Source:', 'answer key', 'Your answer', 'No.', 'worksheet']) assert.equal(text.includes(english), false, english);
  });

  it('has the French ones', () => {
    const fr = LOCALES.fr?.exports.worksheet;
    assert.ok(fr !== undefined);
    for (const word of ['fiche d’exercices', 'Nom', 'Classe', fr.instructions, fr.hints.single, 'Votre réponse', 'corrigé', 'N°', 'Réponse', 'Pourquoi, et où vérifier', 'Source\u202f:', 'graine', '«\u202f']) {
      assert.ok(text.includes(word), `missing "${word}"`);
    }
    // Both versions' footers, sheet and key, were read.
    assert.equal(text.match(/ · corrigé, version [AB] · graine /gu)?.length, 2);
    assert.equal(text.match(/ · version [AB] · graine /gu)?.length, 2);
  });

  it('a check that can fail: the English worksheet of the same quiz is caught', () => {
    const englishPage = toWorksheetHtml(versions.map((q) => ({ ...q, pack: { ...q.pack, lang: 'en' } })));
    assert.ok(englishIn(readable(englishPage)).length > 10);
  });
});

describe('French exports beside the worksheet', () => {
  const pack = JSON.parse(readFileSync('test/packs/olympics-fr.json', 'utf8')) as Pack;

  it('Kahoot: the template and the warnings are French', () => {
    const bank = questionBank(pack);
    const { warnings } = toKahoot(bank);
    assert.ok(bank.questions.some((q) => q.kind === 'order'), 'the bank has order questions, which Kahoot leaves out');
    assert.ok(warnings.some((w) => w.startsWith('La question ') && w.includes('question d’ordre')), warnings.join('\n'));
    const versions = exportQuiz(generateVersions(pack, { seed: 'k', versions: 3, count: 4 }), 'kahoot');
    assert.match(versions.warnings[0] ?? '', /^Seule la version A/u);
    for (const warning of [...warnings, ...versions.warnings]) assert.deepEqual(englishIn(warning.replace(/Kahoot/gu, '')), [], warning);
  });

  it('Markdown: headings, hints and sources are French', () => {
    const [quiz] = generateVersions(pack, { seed: 'md', versions: 1, count: 8 });
    assert.ok(quiz !== undefined);
    const markdown = toMarkdown(quiz);
    assert.match(markdown, /^Graine\u202f: md · 8 questions · /mu);
    assert.match(markdown, /^## Corrigé$/mu);
    assert.match(markdown, /^Source\u202f: /mu);
    assert.equal(/^Source: |Answer key|Seed:/mu.test(markdown), false);
  });
});

