/**
 * The authoring page's model (src/authoring/workbench.ts), with no DOM: candidates
 * accepted and rejected, quotes verbatim from a selection, entities and classes, typed
 * objects, the wording the quiz will use, problems placed at their fields, the playable
 * pack and its yields, autosave and the files saved. The article is written here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { questionBank, validatePack } from '../../src/engine/index.js';
import type { Pack } from '../../src/engine/pack.js';
import {
  acceptDraft,
  addClass,
  addFact,
  addEntity,
  articleText,
  dateValue,
  filesToSave,
  marksOf,
  numberValue,
  openPack,
  quoteFromWords,
  packOf,
  playablePack,
  problemsOf,
  rejectDraft,
  removeFact,
  restore,
  segmentsOf,
  serialise,
  setNumberBound,
  setObjectType,
  setObjects,
  setQuote,
  setTemplate,
  startWorkbench,
  updateFact,
  updatePackInfo,
  wording,
  yieldsOf,
  type Workbench,
} from '../../src/authoring/workbench.js';

const ARTICLE = 'Chancellor Angela Merkel will visit Lisbon on 3 June, the city hall said. Mayor Carlos Moedas will host a dinner for 200 guests at the Belem Palace.\nThe visit will last three days.';
const start = (): Workbench => startWorkbench(ARTICLE, { date: '2024-03-13', title: 'Merkel in Lisbon' });

/** The candidate written as `words`. */
function draftId(bench: Workbench, words: string): string {
  const found = bench.pack.drafts.find((d) => d.written === words);
  assert.ok(found, `a candidate written "${words}": ${bench.pack.drafts.map((d) => d.written).join(' | ')}`);
  return found.id;
}

/** The only fact of a workbench. */
function onlyFact(bench: Workbench) {
  assert.equal(bench.pack.facts.length, 1);
  return bench.pack.facts[0] as Pack['facts'][number];
}

describe('workbench: from an article', () => {
  it('drafts the article, keeps its text under the source’s file name and accepts nothing yet', () => {
    const bench = start();
    assert.equal(bench.source, 'merkel-in-lisbon');
    assert.deepEqual(Object.keys(bench.texts), ['merkel-in-lisbon.txt']);
    assert.equal(articleText(bench), ARTICLE);
    assert.equal(bench.pack.facts.length, 0);
    assert.ok(bench.pack.drafts.length >= 5);
  });

  it('accepts a candidate: moved to facts with its suggested relation, and selected', () => {
    const bench = start();
    const id = draftId(bench, 'on 3 June');
    const next = acceptDraft(bench, id);
    const fact = onlyFact(next);
    assert.equal(next.selected, fact.id);
    assert.ok(!next.pack.drafts.some((d) => d.id === id));
    assert.equal(next.pack.drafts.length, bench.pack.drafts.length - 1);
    assert.deepEqual(fact, { id: 'lisbon-date', subject: 'lisbon', relation: 'visit-date', object: { date: '2024-06-03', precision: 'day', inferredYear: true }, source: 'merkel-in-lisbon', quote: fact.quote });
    assert.deepEqual(next.pack.relations.map((r) => r.id), ['visit-date']);
    assert.equal(bench.pack.facts.length, 0, 'the workbench it came from is unchanged');
  });

  it('gives a second relation from the same suggestion a fresh id, or uses the existing relation the author chose', () => {
    let bench = acceptDraft(start(), draftId(start(), 'on 3 June'));
    const fresh = structuredClone(bench);
    fresh.pack.drafts[0] = { ...(fresh.pack.drafts[0] as Workbench['pack']['drafts'][number]), relation: { ...(bench.pack.relations[0] as Pack['relations'][number]) } };
    const twice = acceptDraft(fresh, fresh.pack.drafts[0].id);
    assert.deepEqual(twice.pack.relations.map((r) => r.id), ['visit-date', 'visit-date-2']);
    bench = acceptDraft(bench, draftId(bench, 'Lisbon'), { relation: 'visit-date' });
    assert.deepEqual(bench.pack.relations.map((r) => r.id), ['visit-date']);
    assert.equal(bench.pack.facts[1]?.relation, 'visit-date');
  });

  it('rejects a candidate and removes a fact, clearing the selection of what is gone', () => {
    const bench = start();
    const id = draftId(bench, 'last three days');
    const rejected = rejectDraft({ ...bench, selected: id }, id);
    assert.equal(rejected.selected, undefined);
    assert.ok(!rejected.pack.drafts.some((d) => d.id === id));
    const accepted = acceptDraft(rejected, draftId(rejected, 'on 3 June'));
    const removed = removeFact(accepted, onlyFact(accepted).id);
    assert.equal(removed.pack.facts.length, 0);
    assert.equal(removed.selected, undefined);
  });
});

describe('workbench: editing a fact', () => {
  const accepted = (): Workbench => acceptDraft(start(), draftId(start(), 'on 3 June'));

  it('sets the quote from a selection of the shown article: verbatim, trimmed, from that source', () => {
    const bench = accepted();
    const fact = onlyFact(bench);
    const at = ARTICLE.indexOf('Angela Merkel');
    const next = setQuote(bench, fact.id, at - 1, at + 'Angela Merkel will visit Lisbon'.length + 1);
    assert.equal(onlyFact(next).quote, 'Angela Merkel will visit Lisbon');
    assert.equal(onlyFact(next).source, 'merkel-in-lisbon');
    assert.equal(setQuote(bench, fact.id, 5, 5), bench, 'an empty selection changes nothing');
    assert.deepEqual(problemsOf(next), []);
  });

  it('creates classes and entities with fresh ids, and picks one as the subject', () => {
    let bench = accepted();
    const made = addClass(bench, 'Visit', 'place');
    assert.equal(made.id, 'visit');
    assert.deepEqual(made.bench.pack.classes.at(-1), { id: 'visit', label: 'Visit', parent: 'place' });
    const entity = addEntity(made.bench, ' Lisbon ', 'place');
    assert.equal(entity.id, 'lisbon-2', 'an id already taken gets a number');
    bench = updateFact(entity.bench, onlyFact(entity.bench).id, { subject: entity.id });
    assert.equal(onlyFact(bench).subject, 'lisbon-2');
    assert.equal(wording(bench, onlyFact(bench).id)?.stem, 'When will Lisbon take place?');
  });

  it('words the stem and statement as the quiz does, as the template is edited', () => {
    let bench = accepted();
    const fact = onlyFact(bench);
    bench = setTemplate(bench, fact.relation, 'question', 'When will Angela Merkel arrive in {subject}?');
    bench = setTemplate(bench, fact.relation, 'statement', 'Angela Merkel will arrive in {subject} {object}.');
    bench = setTemplate(bench, fact.relation, 'reverse', '');
    assert.equal(bench.pack.relations[0]?.templates.reverse, undefined, 'an optional template left empty is removed');
    const words = wording(bench, fact.id);
    assert.deepEqual(words, { stem: 'When will Angela Merkel arrive in Lisbon?', statement: 'Angela Merkel will arrive in Lisbon on June 3.' });
    // What the page shows is what the quiz says.
    const bank = questionBank(packOf(bench));
    const single = bank.questions.find((q) => q.kind === 'single' && q.facts.includes(fact.id));
    assert.equal(single?.stem, words.stem);
    assert.equal(single.explanation, words.statement);
  });

  it('words a candidate whose subject is words of the article, not an entity', () => {
    const bench = start();
    const id = draftId(bench, 'last three days');
    assert.match(wording(bench, id)?.stem ?? '', /^When will The visit\b|^When will the visit\b/u);
  });

  it('builds typed objects from form fields', () => {
    assert.deepEqual(dateValue({ date: '2025-09-17', precision: 'month', inferredYear: true }), { date: '2025-09', precision: 'month', inferredYear: true });
    assert.deepEqual(dateValue({ date: '2025-09-17', precision: 'day', end: '2025-09-19' }), { date: '2025-09-17', precision: 'day', end: '2025-09-19' });
    assert.deepEqual(dateValue({ date: '2025-09-17', precision: 'day', end: '2025-09-17' }), { date: '2025-09-17', precision: 'day' });
    assert.deepEqual(dateValue({ date: '2025', precision: 'season', season: 'autumn' }), { date: '2025', precision: 'season', season: 'autumn' });
    assert.equal(numberValue({ value: 200, qualifier: '' }), 200);
    assert.deepEqual(numberValue({ value: 80, qualifier: 'about', tolerance: 5 }), { value: 80, qualifier: 'about', tolerance: 5 });
    assert.deepEqual(numberValue({ value: 2000, qualifier: 'over', tolerance: 5 }), { value: 2000, qualifier: 'over' });
  });

  it('sets and removes the bounds of a number’s wrong answers one by one', () => {
    const bench = acceptDraft(start(), draftId(start(), '200 guests'));
    const id = onlyFact(bench).id;
    const both = setNumberBound(setNumberBound(bench, id, 'min', 50), id, 'max', 400);
    assert.deepEqual(onlyFact(both).bounds, { min: 50, max: 400 });
    assert.deepEqual(onlyFact(setNumberBound(both, id, 'max', undefined)).bounds, { min: 50 });
    assert.equal('bounds' in onlyFact(setNumberBound(setNumberBound(both, id, 'max', undefined), id, 'min', undefined)), false);
  });

  it('keeps one object in `object` and several in `objects`', () => {
    const bench = accepted();
    const id = onlyFact(bench).id;
    const two = setObjects(bench, id, [{ date: '2024-06-03', precision: 'day' }, { date: '2024-06-04', precision: 'day' }]);
    assert.equal(onlyFact(two).object, undefined);
    assert.equal(onlyFact(two).objects?.length, 2);
    const one = setObjects(two, id, [{ date: '2024-06-03', precision: 'day' }]);
    assert.deepEqual([onlyFact(one).object, onlyFact(one).objects], [{ date: '2024-06-03', precision: 'day' }, undefined]);
  });
});

describe('workbench: problems, preview and yields', () => {
  it('places each problem at its part and field', () => {
    let bench = acceptDraft(start(), draftId(start(), 'on 3 June'));
    const fact = onlyFact(bench);
    bench = setTemplate(bench, fact.relation, 'question', 'When will it begin');
    bench = updateFact(bench, fact.id, { subject: '', quote: 'Words the article does not have' });
    bench = updatePackInfo(bench, { asOf: 'soon' });
    const placed = [...new Set(problemsOf(bench).map((p) => JSON.stringify([p.part, p.id, p.field])))].map((p) => JSON.parse(p) as string[]);
    assert.deepEqual(
      placed.filter(([part]) => part !== 'pack').sort(),
      [
        ['fact', fact.id, 'quote'],
        ['fact', fact.id, 'subject'],
        ['relation', fact.relation, 'templates.question'],
      ].sort(),
      JSON.stringify(problemsOf(bench)),
    );
    assert.ok(placed.some(([part, , field]) => part === 'pack' && field === 'asOf'));
  });

  it('previews the facts with no problem, and says which were left out', () => {
    let bench = start();
    bench = acceptDraft(bench, draftId(bench, 'on 3 June'));
    bench = acceptDraft(bench, draftId(bench, '200 guests'));
    const [good, bad] = bench.pack.facts as [Pack['facts'][number], Pack['facts'][number]];
    bench = updateFact(bench, bad.id, { quote: 'not in the article' });
    const playable = playablePack(bench);
    assert.deepEqual(playable?.left, [bad.id]);
    assert.deepEqual(playable.pack.facts.map((f) => f.id), [good.id]);
    assert.equal(validatePack(playable.pack).ok, true);
    const yields = yieldsOf(playable);
    assert.deepEqual([...yields.keys()], [good.id]);
    assert.ok((yields.get(good.id)?.made.length ?? 0) > 0);
    assert.equal(playablePack(removeFact(removeFact(bench, good.id), bad.id)), undefined, 'no fact, no preview');
  });

  it('marks the candidates’ and facts’ quotes, and cuts the text at them without losing a character', () => {
    const bench = acceptDraft(start(), draftId(start(), 'on 3 June'));
    const marks = marksOf(bench);
    assert.ok(marks.some((m) => m.kind === 'fact' && m.id === onlyFact(bench).id));
    for (const m of marks) assert.ok(m.start < m.end && m.end <= ARTICLE.length);
    const segments = segmentsOf(ARTICLE, marks);
    assert.equal(segments.map((s) => s.text).join(''), ARTICLE);
    const quote = onlyFact(bench).quote;
    const covered = segments.filter((s) => s.marks.some((m) => m.kind === 'fact')).map((s) => s.text).join('');
    assert.equal(covered, quote);
  });
});

describe('workbench: autosave and saving', () => {
  it('restores exactly what it serialised, and nothing from anything else', () => {
    const bench = setTemplate(acceptDraft(start(), draftId(start(), 'on 3 June')), 'visit-date', 'question', 'When will {subject} be vis');
    assert.deepEqual(restore(serialise(bench)), bench);
    for (const junk of [null, '', '{', '[]', '{"format":"other"}', JSON.stringify({ ...bench, texts: { a: 1 } })]) assert.equal(restore(junk), undefined, String(junk));
  });

  it('saves the pack naming its text <source id>.txt, and the text: valid together', () => {
    let bench = acceptDraft(start(), draftId(start(), 'on 3 June'));
    bench = updateFact(bench, onlyFact(bench).id, { subject: 'angela-merkel' });
    const files = filesToSave(bench);
    assert.deepEqual(files.map((f) => [f.name, f.type]), [
      ['merkel-in-lisbon.json', 'application/json'],
      ['merkel-in-lisbon.txt', 'text/plain'],
    ]);
    assert.equal(files[1]?.text, ARTICLE);
    const pack = JSON.parse(files[0]?.text ?? '') as Pack;
    assert.equal(pack.sources[0]?.text, 'merkel-in-lisbon.txt');
    assert.equal(pack.drafts?.length, bench.pack.drafts.length, 'candidates not reviewed yet are kept');
    const result = validatePack(pack, { sourceText: (f) => (f === 'merkel-in-lisbon.txt' ? files[1]?.text : undefined), requireSourceTexts: true });
    assert.deepEqual(result.problems, []);
  });

  it('opens the built-in pack with its texts: no problem, every fact playable', () => {
    const pack = JSON.parse(readFileSync('questions/state-visit.json', 'utf8')) as Pack;
    const texts = Object.fromEntries(pack.sources.map((s) => [s.text ?? '', readFileSync(`questions/sources/${s.text ?? ''}`, 'utf8')]));
    const bench = openPack(pack, texts);
    assert.equal(bench.source, pack.sources[0]?.id);
    assert.deepEqual(problemsOf(bench), []);
    assert.deepEqual(playablePack(bench)?.left, []);
    assert.equal(playablePack(bench)?.pack.facts.length, pack.facts.length);
    const broken = updateFact(bench, pack.facts[0]?.id ?? '', { quote: 'never written' });
    assert.deepEqual(problemsOf(broken).map((p) => [p.part, p.id, p.field]), [['fact', pack.facts[0]?.id, 'quote']]);
  });
});

describe('workbench: a relation changes type, a fact made by hand', () => {
  it('gives the facts of a relation objects of its new type: a year drafted as a number becomes a year date, others a blank', () => {
    let bench = start();
    bench = acceptDraft(bench, draftId(bench, '200 guests'));
    const fact = onlyFact(bench);
    const relation = fact.relation;
    bench = setObjects(bench, fact.id, [2022]);
    const asDate = setObjectType(bench, relation, { type: 'date' });
    assert.deepEqual(onlyFact(asDate).object, { date: '2022', precision: 'year' });
    assert.ok(!problemsOf(asDate).some((p) => p.part === 'fact' && p.field === 'object'), JSON.stringify(problemsOf(asDate)));
    const asText = setObjectType(setObjects(bench, fact.id, [200]), relation, { type: 'text' });
    assert.equal(onlyFact(asText).object, '');
    // A date that is already one is kept; bounds, which only numbers have, go.
    const bounded = setNumberBound(bench, fact.id, 'min', 100);
    const back = setObjectType(setObjectType(bounded, relation, { type: 'date' }), relation, { type: 'date' });
    assert.deepEqual(onlyFact(back).object, { date: '2022', precision: 'year' });
    assert.equal(onlyFact(back).bounds, undefined);
  });

  it('adds a fact the draft did not find, its quote the words selected, selected for editing', () => {
    const bench = start();
    const from = ARTICLE.indexOf('The visit will last');
    const next = addFact(bench, from, ARTICLE.length);
    const fact = next.pack.facts.at(-1);
    assert.ok(fact);
    assert.equal(next.selected, fact.id);
    assert.equal(fact.quote, 'The visit will last three days.');
    assert.equal(fact.source, bench.source);
    assert.ok(next.pack.relations.some((r) => r.id === fact.relation));
    // Until its subject and templates are filled, the problems say so at those fields.
    const fields = problemsOf(next).filter((p) => p.id === fact.id || p.id === fact.relation).map((p) => p.field);
    assert.ok(fields.length > 0, 'a blank fact has problems to fill in');
  });
});

describe('workbench: a quote from typed words', () => {
  it('takes the article’s own words that the typed ones match, whatever their case and spacing, and nothing that is not there', () => {
    let bench = start();
    bench = acceptDraft(bench, draftId(bench, '200 guests'));
    const fact = onlyFact(bench);
    const next = quoteFromWords(bench, fact.id, '  mayor carlos   MOEDAS will host ');
    assert.ok(next);
    assert.equal(onlyFact(next).quote, 'Mayor Carlos Moedas will host');
    assert.ok(ARTICLE.includes(onlyFact(next).quote));
    assert.equal(quoteFromWords(bench, fact.id, 'Mayor Carlos Moedas will cook'), undefined);
    assert.equal(quoteFromWords(bench, fact.id, '(.*)'), undefined);
    assert.equal(quoteFromWords(bench, fact.id, '   '), undefined);
  });
});
