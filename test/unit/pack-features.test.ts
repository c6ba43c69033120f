/**
 * What the engine does with each feature of the pack format that unseen texts need
 * (approximate and one-sided numbers, bounds, exclusions, plural statements, a quote per
 * object, weights, several classes, bare dates), on one small pack written for it, over
 * many seeds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateQuiz, questionBank, validatePack, yieldReport } from '../../src/engine/index.js';
import type { Pack, Question } from '../../src/engine/index.js';
import { keysOf } from './quality.js';

const SEEDS = 300;

function featurePack(): Pack {
  const json = {
    format: 'fact-quiz/pack@1',
    id: 'features',
    title: 'Feature pack',
    lang: 'en-GB',
    asOf: '2024-06-01',
    sources: [{ id: 'src', title: 'A report' }],
    classes: [
      { id: 'place', label: 'place' },
      { id: 'country', label: 'country', parent: 'place' },
      { id: 'city', label: 'city', parent: 'place' },
      { id: 'capital', label: 'capital', parent: 'city' },
      { id: 'event', label: 'event' },
      { id: 'person', label: 'person' },
    ],
    entities: [
      { id: 'summit-s', label: 'the S summit', class: 'event' },
      { id: 'summit-t', label: 'the T summit', class: 'event' },
      { id: 'summit-u', label: 'the U summit', class: 'event' },
      { id: 'summit-v', label: 'the V summit', class: 'event' },
      { id: 'summit-w', label: 'the W summit', class: 'event' },
      { id: 'georgia-country', label: 'Georgia', class: 'country' },
      { id: 'georgia-city', label: 'Georgia', class: 'city' },
      { id: 'paris', label: 'Paris', class: ['city', 'capital'] },
      { id: 'lyon', label: 'Lyon', class: 'city' },
      { id: 'nice', label: 'Nice', class: 'city' },
      { id: 'lille', label: 'Lille', class: 'city' },
      { id: 'rome', label: 'Rome', class: 'capital' },
      { id: 'peru', label: 'Peru', class: 'country' },
      { id: 'chile', label: 'Chile', class: 'country' },
      { id: 'mali', label: 'Mali', class: 'country' },
      { id: 'ann', label: 'Ann Lee', class: 'person' },
      { id: 'bob', label: 'Bob Ray', class: 'person' },
      { id: 'cat', label: 'Cat Oyo', class: 'person' },
      { id: 'dan', label: 'Dan Ito', class: 'person' },
      { id: 'eve', label: 'Eve Ng', class: 'person' },
      { id: 'fay', label: 'Fay Om', class: 'person' },
    ],
    relations: [
      { id: 'journey-hours', object: { type: 'number', unit: 'hour' }, cardinality: 'one', bounds: { min: 1, max: 260 }, templates: { question: 'How long did {subject} last?', statement: '{subject} lasted {object}.' } },
      { id: 'delegates', object: { type: 'number', unit: 'delegate' }, cardinality: 'one', templates: { question: 'How many delegates attended {subject}?', statement: '{object} attended {subject}.' } },
      { id: 'held-on', object: { type: 'date' }, cardinality: 'one', templates: { question: 'When was {subject} held?', statement: '{subject} was held {object}.', event: '{subject}' } },
      { id: 'dated', object: { type: 'date', preposition: false }, cardinality: 'one', templates: { question: 'What date does {subject} bear?', statement: '{subject} is dated {object}.' } },
      { id: 'followed-format-of', object: { type: 'entity', class: 'event' }, cardinality: 'one', templates: { question: 'Which summit did {subject} follow the format of?', statement: '{subject} followed the format of {object}.' } },
      {
        id: 'speakers',
        object: { type: 'entity', class: 'person' },
        cardinality: 'many',
        closed: true,
        note: 'The report lists every speaker.',
        templates: { question: 'Who spoke at {subject}?', statement: '{object} spoke at {subject}.', plural: '{object} were the speakers at {subject}.', multiple: 'Select every person who spoke at {subject}.' },
      },
      {
        id: 'signatories',
        object: { type: 'entity', class: 'country' },
        cardinality: 'many',
        closed: true,
        note: 'The annex lists every signatory.',
        templates: { question: 'Which country signed {subject}?', statement: '{object} signed {subject}.', multiple: 'Select every country that signed {subject}.' },
      },
      { id: 'hosted-in', object: { type: 'entity', class: 'city' }, cardinality: 'one', templates: { question: 'Which city hosted {subject}?', statement: '{subject} was hosted in {object}.' } },
    ],
    facts: [
      { id: 'journey', subject: 'summit-s', relation: 'journey-hours', object: { value: 190, qualifier: 'about', tolerance: 5 }, source: 'src', quote: 'about 190 hours' },
      { id: 'crowd', subject: 'summit-s', relation: 'delegates', object: { value: 2000, qualifier: 'over' }, source: 'src', quote: 'over 2,000 delegates' },
      // One passage, two facts: its quote, shown with either question, answers the other.
      { id: 't-crowd', subject: 'summit-t', relation: 'delegates', object: 120, source: 'src', quote: 'the S summit lasted about 190 hours and the T summit drew 120 delegates' },
      { id: 's-date', subject: 'summit-s', relation: 'held-on', object: { date: '2024-03-14', precision: 'day' }, source: 'src', quote: 'on 14 March 2024' },
      { id: 't-date', subject: 'summit-t', relation: 'held-on', object: { date: '2024-04-20', precision: 'day' }, bounds: { after: 's-date' }, source: 'src', quote: 'on 20 April 2024' },
      { id: 'u-date', subject: 'summit-u', relation: 'held-on', object: { date: '2023-11-02', precision: 'day' }, source: 'src', quote: 'on 2 November 2023' },
      { id: 'v-date', subject: 'summit-v', relation: 'dated', object: { date: '1990-03', precision: 'month' }, source: 'src', quote: 'dated March 1990' },
      { id: 't-format', subject: 'summit-t', relation: 'followed-format-of', object: 'summit-u', exclude: ['summit-v'], source: 'src', quote: 'the T summit followed the format of the U summit' },
      { id: 's-speakers', subject: 'summit-s', relation: 'speakers', objects: ['ann', 'bob'], quotes: ['Ann Lee spoke first', 'Bob Ray closed it'], source: 'src', quote: 'Ann Lee spoke first … Bob Ray closed it' },
      { id: 'treaty', subject: 'summit-s', relation: 'signatories', objects: ['peru'], weight: 3, source: 'src', quote: 'Peru signed' },
      { id: 't-host', subject: 'summit-t', relation: 'hosted-in', object: 'paris', source: 'src', quote: 'in Paris' },
      { id: 'u-host', subject: 'summit-u', relation: 'hosted-in', object: 'georgia-city', source: 'src', quote: 'in Georgia' },
    ],
  };
  const result = validatePack(json);
  assert.ok(result.ok, JSON.stringify(result.problems));
  return result.pack;
}

const pack = featurePack();
const banks = Array.from({ length: SEEDS }, (_, s) => questionBank(pack, { seed: `f-${String(s)}` }).questions).flat();
const of = (fact: string): Question[] => banks.filter((q) => q.facts.length === 1 && q.facts[0] === fact);
const hours = (text: string): number => Number(/(\d+)/.exec(text.replace(/,/g, ''))?.[1]);

describe('pack features on unseen texts', () => {
  it('says "about" on every option of an approximate number, with bands that never overlap, inside the bounds', () => {
    const singles = of('journey').filter((q) => q.kind === 'single');
    assert.ok(singles.length > 0);
    for (const q of singles) {
      assert.ok(q.options.every((o) => o.text.startsWith('About ')), q.options.map((o) => o.text).join(' | '));
      const values = q.options.map((o) => hours(o.text)).sort((a, b) => a - b);
      for (let i = 1; i < values.length; i++) {
        const [a, b] = [values[i - 1] as number, values[i] as number];
        // The key's band is ±5; every distractor's is as wide for its size (5/190 of it).
        assert.ok(b - a > (5 / 190) * (a + b), `bands of ${String(a)} and ${String(b)} overlap`);
      }
      assert.ok(values.every((v) => v >= 1 && v <= 260), `outside the bounds: ${values.join(', ')}`);
    }
    const falseStatements = of('journey').filter((q) => q.id.endsWith('/false'));
    for (const q of falseStatements) assert.match(q.stem, /lasted about \d+ hours/);
  });

  it('asks a one-sided number ("over 2,000") only as a true statement', () => {
    const questions = of('crowd');
    assert.ok(questions.length > 0);
    assert.ok(questions.every((q) => q.id === 'true-false/crowd/true'), [...new Set(questions.map((q) => q.id))].join(', '));
    assert.match(questions[0]?.stem ?? '', /^Over 2,000 delegates attended the S summit\./);
    const report = yieldReport(pack).facts.find((f) => f.fact === 'crowd');
    assert.equal(report?.onlyTrueFalse, true);
  });

  it('keeps date distractors after the fact they must follow', () => {
    const after = Date.UTC(2024, 2, 14);
    for (const q of of('t-date').filter((x) => x.kind === 'single')) {
      for (const o of q.options) assert.ok(Date.parse(`${o.text} UTC`) > after, `${o.text} is not after 14 March 2024`);
    }
  });

  it('never offers an excluded object, nor the subject of a fact about itself', () => {
    for (const q of of('t-format')) {
      const wrong = q.kind === 'single' ? q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.text) : [];
      assert.ok(!wrong.includes('The V summit') && !wrong.includes('the V summit'), `excluded object offered in ${q.id}`);
      assert.ok(!wrong.some((t) => /^the T summit$/i.test(t)), `the subject offered in ${q.id}`);
      if (q.kind === 'true-false') assert.doesNotMatch(q.stem, /format of the (V|T) summit/);
    }
  });

  it('words several objects with the plural template, or one statement each without it', () => {
    const speakers = of('s-speakers').find((q) => q.kind === 'multiple' && q.answer.length === 2);
    // The keys shown, in the order drawn, joined as the language joins a list.
    assert.match(speakers?.explanation ?? '', /^(Ann Lee and Bob Ray|Bob Ray and Ann Lee) were the speakers at the S summit\.$/);
    const treaty = questionBank(pack).questions.find((q) => q.facts[0] === 'treaty' && q.kind === 'true-false');
    assert.equal(treaty?.explanation, 'Peru signed the S summit.');
  });

  it('words several objects in French too, with the plural template or one statement each', () => {
    const json = structuredClone(pack) as unknown as { lang: string; relations: { id: string; templates: Record<string, string> }[] };
    json.lang = 'fr';
    const speakers = json.relations.find((r) => r.id === 'speakers');
    const signatories = json.relations.find((r) => r.id === 'signatories');
    Object.assign(speakers?.templates ?? {}, {
      question: 'Qui a pris la parole à {subject} ?',
      statement: '{object} a pris la parole à {subject}.',
      plural: '{object} ont pris la parole à {subject}.',
      multiple: 'Cochez chaque personne qui a pris la parole à {subject}.',
    });
    Object.assign(signatories?.templates ?? {}, { statement: '{object} a signé {subject}.' });
    const result = validatePack(json);
    assert.ok(result.ok);
    const bank = questionBank(result.pack).questions;
    const both = bank.find((q) => q.kind === 'multiple' && q.facts[0] === 's-speakers' && q.answer.length === 2);
    assert.match(both?.explanation ?? '', /^(Ann Lee et Bob Ray|Bob Ray et Ann Lee) ont pris la parole à the S summit\.$/);
    const one = bank.find((q) => q.kind === 'true-false' && q.facts[0] === 'treaty');
    assert.equal(one?.explanation, 'Peru a signé the S summit.');
  });

  it('shows the quote of the key it asks about, when a fact gives one per object', () => {
    for (const q of of('s-speakers').filter((x) => x.kind === 'single')) {
      const key = keysOf(q)[0] ?? '';
      assert.deepEqual(
        q.sources.map((s) => s.quote),
        [key === 'Ann Lee' ? 'Ann Lee spoke first' : 'Bob Ray closed it'],
      );
    }
  });

  it('fills a bare date where the template says "dated {object}"', () => {
    const statement = of('v-date').find((q) => q.id.endsWith('/true'));
    assert.match(statement?.stem ?? '', /^The V summit is dated March 1990\. True or false\?$/);
  });

  it('tells apart two entities of one label by their class, only when both are options', () => {
    const both = of('u-host').filter((q) => q.kind === 'single' && q.options.filter((o) => o.text.startsWith('Georgia')).length > 1);
    for (const q of both) assert.ok(q.options.some((o) => o.text === 'Georgia (city)'), q.options.map((o) => o.text).join(' | '));
    const alone = of('u-host').filter((q) => q.kind === 'single' && q.options.filter((o) => o.text.startsWith('Georgia')).length === 1);
    assert.ok(alone.length > 0);
    for (const q of alone) assert.ok(q.options.some((o) => o.text === 'Georgia'), q.options.map((o) => o.text).join(' | '));
  });

  it('offers an entity of several classes from each of them', () => {
    // Paris is a city and a capital: the city question draws cities, and Paris is one.
    const paris = of('t-host').filter((q) => q.kind === 'single');
    assert.ok(paris.length > 0 && paris.every((q) => keysOf(q)[0] === 'Paris'));
    const offers = new Set(of('u-host').filter((q) => q.kind === 'single').flatMap((q) => q.options.map((o) => o.text)));
    assert.ok(offers.has('Paris'), 'Paris is never offered as a city');
  });

  it('never asks two facts quoting one passage in the same quiz', () => {
    let both = 0;
    let either = 0;
    for (let s = 0; s < 400; s++) {
      const facts = new Set(generateQuiz(pack, { seed: `p-${String(s)}`, count: 8 }).questions.flatMap((q) => q.facts));
      if (facts.has('journey') || facts.has('t-crowd')) either++;
      if (facts.has('journey') && facts.has('t-crowd')) both++;
    }
    assert.ok(either > 100, `the two facts were asked in only ${String(either)} quizzes`);
    assert.equal(both, 0);
  });

  it('asks a fact by its weight, however many questions it can make', () => {
    const firsts = new Map<string, number>();
    for (let s = 0; s < 3000; s++) {
      const fact = generateQuiz(pack, { seed: `w-${String(s)}`, count: 1 }).questions[0]?.facts.join('+') ?? '';
      firsts.set(fact, (firsts.get(fact) ?? 0) + 1);
    }
    const treaty = firsts.get('treaty') ?? 0;
    // s-speakers has two objects (several plans), treaty one plan family but weight 3.
    const speakers = firsts.get('s-speakers') ?? 0;
    assert.ok(treaty > 2 * speakers, `treaty (weight 3) first ${String(treaty)} times, s-speakers ${String(speakers)}`);
    const journey = firsts.get('journey') ?? 0;
    assert.ok(Math.abs(speakers - journey) < 0.5 * Math.max(speakers, journey), `s-speakers ${String(speakers)} vs journey ${String(journey)}: both weight 1`);
  });
});
