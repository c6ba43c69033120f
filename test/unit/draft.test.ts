/**
 * `fact-quiz draft` and fact-quiz/authoring: candidate facts from an article's text, with
 * dates resolved against the day it was written, numbers with their units and qualifiers,
 * lists as several objects, verbatim quotes, a pack that validates, and drafts that no
 * quiz ever uses. The texts are written here, not taken from the built-in pack.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftPack, furnitureOf, type DraftFact, type DraftPack } from '../../src/authoring/index.js';
import { QuizError, generateQuiz, validatePack } from '../../src/engine/index.js';
import type { DateValue, Pack } from '../../src/engine/pack.js';
import { run, runAsync } from '../../src/cli/main.js';
import { ARTICLE_DATES, measureRecall } from '../bench/draft-recall.js';

// 13 March 2024 was a Wednesday.
const REPORT = `The minister will arrive in Lisbon on Friday. Talks with the mayor were held last week, and the summit will take place this summer.
The festival runs from June 3 to 5, and the vote is set for September 17 and 19. The bridge opened in 1998.
Barack Obama, Bill Clinton and Ronald Reagan have addressed the Lisbon Assembly. Chancellor Angela Merkel is the first foreign leader to open the Lisbon Fair.
About 80 hours later, over 2,000 delegates and at least 40 ministers had met for a three-day conference.`;

const drafted = draftPack(REPORT, { date: '2024-03-13', title: 'Lisbon summit', publisher: 'Test Press' });

/** The one date candidate written as `words`. */
function dateWritten(pack: DraftPack, words: string): DateValue {
  const found = pack.drafts.filter((d) => d.kind === 'date' && d.written.includes(words));
  assert.equal(found.length, 1, `one date candidate for "${words}": ${JSON.stringify(pack.drafts.map((d) => d.written))}`);
  return (found[0] as DraftFact).object as DateValue;
}

const entityLabel = (pack: DraftPack, id: unknown): string | undefined => pack.entities.find((e) => e.id === id)?.label;

describe('draftPack: dates', () => {
  it('resolves relative dates against the article’s date and keeps their words', () => {
    assert.deepEqual(dateWritten(drafted, 'Friday'), { date: '2024-03-15', precision: 'day', inferredYear: true, asWritten: 'Friday' });
    assert.deepEqual(dateWritten(drafted, 'last week'), { date: '2024-03-06', precision: 'day', inferredYear: true, asWritten: 'last week' });
    assert.deepEqual(dateWritten(drafted, 'this summer'), { date: '2024', precision: 'season', season: 'summer', inferredYear: true, asWritten: 'this summer' });
  });

  it('reads "June 3 to 5" and "September 17 and 19" as ranges of days, and marks the inferred year', () => {
    assert.deepEqual(dateWritten(drafted, 'June 3 to 5'), { date: '2024-06-03', end: '2024-06-05', precision: 'day', inferredYear: true });
    assert.deepEqual(dateWritten(drafted, 'September 17 and 19'), { date: '2024-09-17', end: '2024-09-19', precision: 'day', inferredYear: true });
  });

  it('gives a written year as a year, not inferred', () => {
    assert.deepEqual(dateWritten(drafted, '1998'), { date: '1998', precision: 'year' });
  });

  it('resolves "last month" and "this morning" from another date, and a weekday to the nearest one', () => {
    const pack = draftPack('The letter was delivered last month. The visit was confirmed this morning. Talks resume on Monday. The treaty was signed last year.', { date: '2025-07-14' });
    assert.deepEqual(dateWritten(pack, 'last month'), { date: '2025-06', precision: 'month', inferredYear: true, asWritten: 'last month' });
    assert.deepEqual(dateWritten(pack, 'last year'), { date: '2024', precision: 'year', inferredYear: true, asWritten: 'last year' });
    assert.equal(dateWritten(pack, 'this morning').date, '2025-07-14');
    // 14 July 2025 is itself a Monday.
    assert.equal(dateWritten(pack, 'Monday').date, '2025-07-14');
  });
});

describe('draftPack: numbers, lists and precedents', () => {
  it('keeps each number’s unit and its qualifier', () => {
    const numbers = drafted.drafts.filter((d) => d.kind === 'number').map((d) => ({ object: d.object, unit: d.relation.object.type === 'number' ? d.relation.object.unit : '' }));
    assert.deepEqual(numbers, [
      { object: { value: 80, qualifier: 'about' }, unit: 'hour' },
      { object: { value: 2000, qualifier: 'over' }, unit: 'delegate' },
      { object: { value: 40, qualifier: 'at-least' }, unit: 'minister' },
      { object: 3, unit: 'day' },
    ]);
  });

  it('makes "A, B and C have …" one candidate with several objects, not three', () => {
    const lists = drafted.drafts.filter((d) => d.kind === 'list');
    const presidents = lists.find((d) => d.objects?.length === 3);
    assert.ok(presidents, JSON.stringify(lists));
    assert.deepEqual(presidents.objects?.map((o) => entityLabel(drafted, o)), ['Barack Obama', 'Bill Clinton', 'Ronald Reagan']);
    assert.equal(presidents.relation.cardinality, 'many');
    assert.equal(presidents.relation.object.type, 'entity');
    for (const name of ['barack-obama', 'bill-clinton', 'ronald-reagan']) {
      assert.ok(!drafted.drafts.some((d) => d.kind === 'entity' && d.object === name && d.quote === presidents.quote), `${name} is not also a candidate of its own`);
    }
  });

  it('finds "the first … to" as a precedent held by the person named before it', () => {
    const precedent = drafted.drafts.find((d) => d.kind === 'precedent' && d.relation.object.type === 'entity');
    assert.equal(entityLabel(drafted, precedent?.object), 'Angela Merkel');
    assert.match(precedent?.quote ?? '', /the first foreign leader to open the Lisbon Fair/);
  });

  it('guesses people, places and organisations, and merges a name’s mentions into one entity', () => {
    const pack = draftPack('President Emmanuel Macron visited Windsor Castle. Mr Macron later met the Foreign Office and flew to Lyon. Macron said he was pleased.', { date: '2025-07-14' });
    const macron = pack.entities.filter((e) => e.label.includes('Macron'));
    assert.equal(macron.length, 1, JSON.stringify(pack.entities));
    assert.equal(macron[0]?.class, 'person');
    assert.equal(pack.entities.find((e) => e.label === 'Windsor Castle')?.class, 'place');
    assert.deepEqual(pack.classes.map((c) => c.id).sort(), [...new Set(pack.entities.map((e) => e.class as string))].sort());
  });
});

describe('draftPack: quotes, relations and the pack', () => {
  it('quotes every candidate verbatim: the quote is the text at its offset, no longer than its sentence', () => {
    assert.ok(drafted.drafts.length > 10);
    for (const d of drafted.drafts) {
      assert.equal(REPORT.slice(d.at, d.at + d.quote.length), d.quote, d.id);
      assert.ok(!d.quote.includes('\n'), `${d.id} stays within one paragraph`);
    }
    const summer = drafted.drafts.find((d) => d.written === 'this summer');
    assert.equal(summer?.quote, 'and the summit will take place this summer.');
  });

  it('suggests a relation whose templates name their slots and ask a question', () => {
    for (const d of drafted.drafts) {
      assert.match(d.relation.templates.question, /\{subject\}.*\?$/u, d.id);
      assert.ok(!d.relation.templates.question.includes('{object}'), d.id);
      assert.match(d.relation.templates.statement, /\{subject\}/u, d.id);
      assert.match(d.relation.templates.statement, /\{object\}/u, d.id);
    }
    const merkel = drafted.drafts.find((d) => d.kind === 'entity' && entityLabel(drafted, d.object) === 'Angela Merkel');
    // The object opens the clause, so the question asks for it with the rest of the clause.
    assert.equal(merkel?.relation.templates.question, 'Who is the first foreign leader to open the {subject}?');
    assert.equal(merkel.relation.templates.statement, '{object} is the first foreign leader to open the {subject}.');
  });

  it('writes a pack that validates against its own text, with no facts and every candidate in drafts', () => {
    const result = validatePack(drafted, { sourceText: (name) => (name === drafted.sources[0]?.text ? REPORT : undefined), requireSourceTexts: true });
    assert.deepEqual(result.ok ? [] : result.problems, []);
    assert.deepEqual(drafted.facts, []);
    assert.deepEqual(drafted.sources, [{ id: 'lisbon-summit', title: 'Lisbon summit', publisher: 'Test Press', text: 'lisbon-summit.txt' }]);
    assert.deepEqual([...new Set(drafted.drafts.map((d) => `${d.status} ${d.source}`))], ['draft lisbon-summit']);
  });

  it('keeps drafts out of every quiz: the same quiz with or without them, and no quiz from drafts alone', () => {
    const builtIn = JSON.parse(readFileSync('questions/state-visit.json', 'utf8')) as Pack;
    const candidate = { id: 'draft-1', status: 'draft', relation: 'visit-host', subject: builtIn.facts[0]?.subject, object: 'donald-trump', source: builtIn.sources[0]?.id, quote: 'x' };
    const withDrafts = validatePack({ ...builtIn, drafts: [candidate] });
    assert.ok(withDrafts.ok);
    const options = { seed: 'drafts', count: 10 };
    assert.equal(JSON.stringify(generateQuiz(withDrafts.pack, options)), JSON.stringify(generateQuiz(builtIn, options)));
    const onlyDrafts = validatePack(drafted);
    assert.ok(onlyDrafts.ok);
    assert.throws(() => generateQuiz(onlyDrafts.pack, { count: 1 }), QuizError);
  });
});

/** Runs the CLI in process, as `fact-quiz ARGS`. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAsync(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('fact-quiz draft', () => {
  it('writes the pack and copies the text to sources/ beside it, and validate accepts the pair', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fact-quiz-draft-'));
    const article = join(dir, 'lisbon.txt');
    writeFileSync(article, REPORT);
    const out = join(dir, 'packs', 'lisbon.json');
    const { code, err } = await cli('draft', article, '--date', '2024-03-13', '--out', out);
    assert.equal(code, 0, err);
    assert.match(err, /wrote .*lisbon\.json and .*sources\/lisbon\.txt: \d+ candidate facts in "drafts"/);
    assert.equal(readFileSync(join(dir, 'packs', 'sources', 'lisbon.txt'), 'utf8'), REPORT);
    const pack = JSON.parse(readFileSync(out, 'utf8')) as DraftPack;
    assert.equal(pack.asOf, '2024-03-13');
    assert.ok(pack.drafts.length > 10);
    let said = '';
    assert.equal(run(['validate', out], { out: (t) => (said += t), err: (t) => (said += t) }), 0, said);
  });

  it('prints the pack to stdout without --out', async () => {
    const { code, out } = await cli('draft', 'questions/sources/times-state-visit-confirmed.txt', '--date', '2025-07-14', '--title', 'Visit', '--lang', 'en');
    assert.equal(code, 0);
    assert.equal((JSON.parse(out) as DraftPack).format, 'fact-quiz/pack@1');
  });

  it('says what is wrong in a sentence, never with a stack trace', async () => {
    const cases: [string[], number, RegExp][] = [
      [['draft', 'no-such-article.txt', '--date', '2025-07-14'], 1, /^fact-quiz draft: no-such-article\.txt: no such file\.\n$/],
      [['draft', 'questions', '--date', '2025-07-14'], 1, /it is a folder, not a file/],
      [['draft', 'questions/sources/times-state-visit-confirmed.txt', '--date', '2025-02-30'], 2, /--date must be a real day written YYYY-MM-DD, not "2025-02-30"\./],
      [['draft', 'questions/sources/times-state-visit-confirmed.txt', '--date', 'yesterday'], 2, /not "yesterday"/],
      [['draft', 'questions/sources/times-state-visit-confirmed.txt'], 2, /--date YYYY-MM-DD is needed/],
      [['draft', 'questions/sources/times-state-visit-confirmed.txt', '--date', '2025-07-14', '--lang', 'de'], 2, /--lang must be en or fr, not "de"/],
      [['draft', 'questions/sources/times-state-visit-confirmed.txt', '--date', '2025-07-14', '--url', 'javascript:alert(1)'], 2, /--url must be an http/],
      [['draft', '--date', '2025-07-14'], 2, /name one article text file/],
    ];
    for (const [args, expected, message] of cases) {
      const { code, out, err } = await cli(...args);
      assert.equal(code, expected, `${args.join(' ')}: ${err}`);
      assert.equal(out, '');
      assert.match(err, message);
      assert.doesNotMatch(err, /\n\s+at |Error:/, 'no stack trace');
    }
  });
});

describe('recall on the built-in pack (test/bench/draft-recall.ts)', () => {
  it('finds at least the share of the pack’s facts it reached, by type of object', () => {
    assert.deepEqual(Object.keys(ARTICLE_DATES).sort(), ['pa-white-house-invitation.txt', 'times-state-visit-confirmed.txt']);
    const { byType } = measureRecall();
    // Reached when this was written: dates 11/11, numbers 3/3, entities 36/39, texts 3/12.
    assert.deepEqual([byType.date.facts, byType.number.facts, byType.entity.facts, byType.text.facts], [11, 3, 39, 12]);
    assert.equal(byType.date.found, 11, `dates missed: ${byType.date.missed.join(', ')}`);
    assert.equal(byType.number.found, 3, `numbers missed: ${byType.number.missed.join(', ')}`);
    assert.ok(byType.entity.found >= 36, `entities missed: ${byType.entity.missed.join(', ')}`);
    assert.ok(byType.text.found >= 3, `texts missed: ${byType.text.missed.join(', ')}`);
  });
});

describe('draft: templates an author can edit', () => {
  it('gives short generic wording where the clause is most of a long news sentence', () => {
    const text = 'New York City Marathon set the new world record for the largest marathon as 55,646 athletes completed the five-borough race on November 3, leapfrogging the Berlin Marathon where 54,280 runners completed the race in September.';
    const pack = draftPack(text, { date: '2024-11-05', title: 'Marathon' });
    assert.ok(pack.drafts.length > 0);
    const words = (template: string): number => template.split(/\s+/u).filter((w) => w !== '').length;
    for (const draft of pack.drafts) {
      const { question, statement } = draft.relation.templates;
      assert.ok(words(question) <= 18 && words(statement) <= 18, `${draft.written}: "${question}" / "${statement}"`);
      assert.ok(statement.includes('{object}'), statement);
    }
  });
});

describe('draft: headline and dateline', () => {
  it('drafts nothing from a headline or a dateline, and keeps every offset', () => {
    const text = 'Marathon Is World\'s Largest With Over 55,000 Finishers\n\nNew York, Nov 5 (IANS) New York City Marathon set a record as 55,646 athletes finished on November 3.';
    assert.deepEqual(furnitureOf(text).map((s) => s.text), ['Marathon Is World\'s Largest With Over 55,000 Finishers\n\n', 'New York, Nov 5 (IANS) ']);
    const pack = draftPack(text, { date: '2024-11-05', title: 'Marathon' });
    assert.ok(!pack.entities.some((e) => /Is World|Largest|^Nov$/u.test(e.label)), pack.entities.map((e) => e.label).join(' | '));
    assert.ok(!pack.drafts.some((d) => d.written === '55,000' || d.written === 'Nov 5'), pack.drafts.map((d) => d.written).join(' | '));
    for (const d of pack.drafts) assert.equal(text.slice(d.at, d.at + d.quote.length), d.quote);
    assert.ok(pack.drafts.some((d) => d.written.includes('55,646')));
  });

  it('knows datelines by their marks, and leaves an ordinary first sentence alone', () => {
    const first = (text: string): string[] => furnitureOf(text).map((s) => s.text);
    assert.deepEqual(first('LONDON (Reuters) - The Bank of England raised rates.'), ['LONDON (Reuters) - ']);
    assert.deepEqual(first('WASHINGTON — The Senate voted.'), ['WASHINGTON — ']);
    assert.deepEqual(first('JEFFERSON CITY- The bridge opened.'), ['JEFFERSON CITY- ']);
    assert.deepEqual(first('The President (pictured) said so. It rained.'), []);
    assert.deepEqual(first('Well-known actors met on Friday.'), []);
    assert.deepEqual(first('Donald Trump has been invited for an unprecedented second state visit.\n\nMore.'), []);
  });
});
