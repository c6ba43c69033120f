import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { validatePack } from '../../src/engine/index.js';
import { KEYS, capProblems, excerpt, isHttpUrl } from '../../src/engine/validate.js';
import { MAX_ENTITIES, MAX_FACTS, MAX_LABEL_LENGTH, MAX_OBJECTS_PER_FACT, MAX_PROBLEMS, MAX_RELATIONS, MAX_SOURCE_TEXT_LENGTH, MAX_STRING_LENGTH, MAX_TEMPLATE_LENGTH } from '../../src/engine/limits.js';
import type { DateValue, ObjectValue, Pack } from '../../src/engine/index.js';
import { run } from '../../src/cli/main.js';
import { syntheticPack } from '../packs/synthetic.js';

const PACK_FILE = 'questions/state-visit.json';
const sourceText = (file: string): string | undefined => {
  try {
    return readFileSync(join('questions/sources', file), 'utf8');
  } catch {
    return undefined;
  }
};
/** Dates are the only objects with a `date`: numbers may now be objects too. */
const isDate = (o: ObjectValue | undefined): o is DateValue => typeof o === 'object' && 'date' in o;
const realPack = (): Pack => JSON.parse(readFileSync(PACK_FILE, 'utf8')) as Pack;

function problemsOf(json: unknown): { path: string; message: string }[] {
  const result = validatePack(json, { sourceText });
  return result.ok ? [] : result.problems;
}

/** One broken copy of the real pack per rejection rule: the path each must be reported at. */
const BROKEN: { rule: string; path: string | RegExp; breakIt: (p: Pack & Record<string, unknown>) => void }[] = [
  { rule: 'unknown entity', path: 'facts[3].subject', breakIt: (p) => { (p.facts[3] as { subject: string }).subject = 'windsor'; } },
  { rule: 'unknown relation', path: 'facts[0].relation', breakIt: (p) => { (p.facts[0] as { relation: string }).relation = 'hosted-at'; } },
  { rule: 'unknown source', path: 'facts[1].source', breakIt: (p) => { (p.facts[1] as { source: string }).source = 'the-guardian'; } },
  { rule: 'unknown class', path: 'entities[0].class', breakIt: (p) => { (p.entities[0] as { class: string }).class = 'castle-ish'; } },
  {
    rule: 'unknown entity as object',
    path: /^facts\[\d+\]\.objects?(\[\d+\])?$/,
    breakIt: (p) => {
      const entityRelations = new Set(p.relations.filter((r) => r.object.type === 'entity').map((r) => r.id));
      const fact = p.facts.find((f) => entityRelations.has(f.relation) && f.object !== undefined);
      if (fact) fact.object = 'windsor';
    },
  },
  { rule: 'duplicate entity id', path: /^entities\[\d+\]\.id$/, breakIt: (p) => { (p.entities[1] as { id: string }).id = (p.entities[0] as { id: string }).id; } },
  { rule: 'duplicate fact id', path: 'facts[2].id', breakIt: (p) => { (p.facts[2] as { id: string }).id = (p.facts[1] as { id: string }).id; } },
  { rule: 'duplicate relation id', path: 'relations[1].id', breakIt: (p) => { (p.relations[1] as { id: string }).id = (p.relations[0] as { id: string }).id; } },
  {
    rule: 'wrong value type',
    path: /^facts\[\d+\]\.object$/,
    breakIt: (p) => {
      const numberRelations = new Set(p.relations.filter((r) => r.object.type === 'number').map((r) => r.id));
      const fact = p.facts.find((f) => numberRelations.has(f.relation));
      if (fact) fact.object = 'three';
    },
  },
  {
    rule: 'impossible date',
    path: /^facts\[\d+\]\.object\.date$/,
    breakIt: (p) => {
      const fact = p.facts.find((f) => isDate(f.object) && f.object.precision === 'day');
      if (fact) fact.object = { date: '2025-02-30', precision: 'day' };
    },
  },
  {
    rule: 'date not matching its precision',
    path: /^facts\[\d+\]\.object\.date$/,
    breakIt: (p) => {
      const fact = p.facts.find((f) => isDate(f.object) && f.object.precision === 'month');
      if (fact) fact.object = { date: '2025-02-14', precision: 'month' };
    },
  },
  { rule: 'empty label', path: 'entities[2].label', breakIt: (p) => { (p.entities[2] as { label: string }).label = '  '; } },
  { rule: 'empty title', path: 'title', breakIt: (p) => { p.title = ''; } },
  {
    rule: 'template slot not filled',
    path: 'relations[0].templates.question',
    breakIt: (p) => { (p.relations[0] as { templates: { question: string } }).templates.question = 'Where is {venue} for {subject}?'; },
  },
  {
    rule: 'statement without its object',
    path: 'relations[0].templates.statement',
    breakIt: (p) => { (p.relations[0] as { templates: { statement: string } }).templates.statement = '{subject} happened.'; },
  },
  { rule: 'quote not in the source', path: 'facts[4].quote', breakIt: (p) => { (p.facts[4] as { quote: string }).quote = 'The King said he would be delighted.'; } },
  { rule: '__proto__ key', path: 'entities[0].__proto__', breakIt: (p) => { (p.entities as unknown[])[0] = JSON.parse('{"id":"x1","label":"X","class":"y","__proto__":{"polluted":true}}'); } },
  { rule: 'constructor key', path: 'constructor', breakIt: (p) => { Object.defineProperty(p, 'constructor', { value: { x: 1 }, enumerable: true }); } },
  { rule: 'javascript: url', path: 'sources[0].url', breakIt: (p) => { (p.sources[0] as { url?: string }).url = 'javascript:alert(1)'; } },
  { rule: 'closed relation without a note', path: /^relations\[\d+\]\.note$/, breakIt: (p) => { const r = p.relations.find((x) => x.closed === true && x.cardinality === 'many'); if (r) delete r.note; } },
];

describe('validatePack: the state-visit pack', () => {
  it('accepts the real pack, quotes checked against the article texts', () => {
    const result = validatePack(realPack(), { sourceText });
    assert.deepEqual(result.ok ? [] : result.problems, []);
    assert.equal(result.ok, true);
  });

  it('holds at least 40 facts, each with a source, a quote found in it, and both articles used', () => {
    const pack = realPack();
    assert.ok(pack.facts.length >= 40, `${String(pack.facts.length)} facts`);
    const used = new Set(pack.facts.map((f) => f.source));
    assert.equal(used.size, 2);
    for (const s of pack.sources) assert.ok(s.text !== undefined && sourceText(s.text) !== undefined, `source ${s.id} has its text`);
  });

  it('marks inferred every date whose year the articles do not give', () => {
    const texts = readdirSync('questions/sources').map((f) => readFileSync(join('questions/sources', f), 'utf8')).join('\n');
    for (const fact of realPack().facts) {
      for (const o of [fact.object, ...(fact.objects ?? [])]) {
        if (!isDate(o)) continue;
        const year = o.date.slice(0, 4);
        if (!texts.includes(year)) assert.equal(o.inferredYear, true, `${fact.id}: ${year} is not in the articles`);
      }
    }
  });

  it('explains every closed relation in a note', () => {
    for (const r of realPack().relations) if (r.closed === true) assert.ok((r.note ?? '').length > 20, r.id);
  });
});

describe('validatePack: one broken copy per rule', () => {
  for (const { rule, path, breakIt } of BROKEN) {
    it(`rejects ${rule}, naming the path`, () => {
      const pack = realPack() as Pack & Record<string, unknown>;
      breakIt(pack);
      const problems = problemsOf(pack);
      assert.ok(problems.length > 0, 'no problem reported');
      const hit = problems.find((p) => (typeof path === 'string' ? p.path === path : path.test(p.path)));
      assert.ok(hit, `expected a problem at ${String(path)}, got ${JSON.stringify(problems)}`);
      assert.match(hit.message, /^[^\n]{10,300}$/, 'a one-line sentence');
    });
  }

  it('speaks like the issue asks: facts[i].object: "windsor" is not an entity of this pack', () => {
    const pack = realPack();
    const i = pack.facts.findIndex((f) => pack.relations.find((r) => r.id === f.relation)?.object.type === 'entity' && f.object !== undefined);
    (pack.facts[i] as { object: string }).object = 'windsor';
    assert.ok(problemsOf(pack).some((p) => p.path === `facts[${String(i)}].object` && p.message === '"windsor" is not an entity of this pack.'));
  });

  it('folds curly quotes and white space when matching quotes', () => {
    const pack = realPack();
    const fact = pack.facts.find((f) => /[’“”']/.test(f.quote));
    assert.ok(fact, 'a quote with quote marks');
    fact.quote = fact.quote.replace(/[’']/g, (c) => (c === "'" ? '’' : "'")).replace(/ /g, '  \n ');
    assert.deepEqual(problemsOf(pack), []);
  });
});

describe('validatePack: any JSON value', () => {
  it('never throws and never changes its input (fast-check, arbitrary JSON)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const before = JSON.stringify(json);
        const result = validatePack(json);
        assert.equal(JSON.stringify(json), before);
        assert.equal(typeof result.ok, 'boolean');
        if (!result.ok) for (const p of result.problems) assert.equal(typeof p.message, 'string');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on packs with random parts replaced by random JSON', () => {
    const base = syntheticPack({ facts: 30 });
    const keys = ['format', 'id', 'title', 'lang', 'asOf', 'sources', 'classes', 'entities', 'relations', 'facts'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), fc.nat(), (key, junk, at) => {
        const pack = structuredClone(base) as unknown as Record<string, unknown>;
        const value = pack[key];
        if (Array.isArray(value) && value.length > 0) value[at % value.length] = junk;
        else pack[key] = junk;
        const frozen = JSON.stringify(pack);
        const result = validatePack(pack);
        assert.equal(JSON.stringify(pack), frozen);
        // Junk of the right type can make a valid pack; then it comes back unchanged.
        if (result.ok) assert.equal(JSON.stringify(result.pack), frozen);
      }),
      { numRuns: 1000 },
    );
  });

  it('returns a copy: changing the result leaves the input alone', () => {
    const input = syntheticPack({ facts: 20 });
    const result = validatePack(input);
    assert.ok(result.ok);
    result.pack.title = 'changed';
    assert.notEqual(input.title, 'changed');
  });

  it('accepts synthetic packs of every shape', () => {
    for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual(problemsOf(syntheticPack({ facts: 200, seed })), []);
  });
});

describe('fact-quiz validate (CLI)', () => {
  const capture = (args: string[]): { code: number; out: string; err: string } => {
    let out = '';
    let err = '';
    const code = run(args, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  };

  it('exits 0 on the real pack', () => {
    const r = capture(['validate', PACK_FILE]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /ok/);
  });

  it('exits 1 on each broken pack with FILE: PATH: message lines, quotes checked against sources beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fact-quiz-'));
    mkdirSync(join(dir, 'sources'));
    for (const f of readdirSync('questions/sources')) copyFileSync(join('questions/sources', f), join(dir, 'sources', f));
    for (const [n, { path, breakIt }] of BROKEN.entries()) {
      const pack = realPack() as Pack & Record<string, unknown>;
      breakIt(pack);
      const file = join(dir, `broken-${String(n)}.json`);
      writeFileSync(file, JSON.stringify(pack));
      const r = capture(['validate', file]);
      assert.equal(r.code, 1);
      const lines = r.err.trim().split('\n');
      assert.ok(lines.every((l) => l.startsWith(`${file}: `)), r.err);
      assert.ok(lines.some((l) => (typeof path === 'string' ? l.startsWith(`${file}: ${path}: `) : path.test(l.split(': ')[1] ?? ''))), r.err);
    }
  });

  it('exits 1 with one line for a file that is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fact-quiz-'));
    writeFileSync(join(dir, 'bad.json'), '{"id": ');
    const r = capture(['validate', join(dir, 'bad.json'), join(dir, 'missing.json')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.json: \(pack\): not valid JSON/);
    assert.match(r.err, /missing\.json: no such file/);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(capture(['validate']).code, 2);
    assert.equal(capture(['frobnicate']).code, 2);
    assert.equal(capture(['generate', '--count', 'abc']).code, 2);
    assert.equal(capture(['generate', '--nope']).code, 2);
    assert.equal(capture([]).code, 2);
  });

  it('never prints a stack trace, as a real process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fact-quiz-'));
    writeFileSync(join(dir, 'p.json'), '[1, 2');
    for (const args of [['validate', join(dir, 'p.json')], ['generate', '--count', '0'], ['generate', join(dir, 'nothing.json')], ['generate', '--count', '999']]) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
      assert.ok(r.status === 1 || r.status === 2, `${args.join(' ')} -> ${String(r.status)}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\n\s+at /, r.stderr);
    }
  });
});

/** The article the new-fields pack quotes: omissions, a list from an annex, qualified numbers. */
const SUMMIT_TEXT = [
  'The summit opened on 17 September 2025 in Geneva, under heavy rain.',
  'About 80 delegations attended, and over 2,000 delegates registered.',
  'The treaty was signed by three countries, as listed in the annex.',
  'Annex: France signed first. Germany signed second. Italy signed third.',
  'The closing ceremony was dated March 2026.',
].join('\n');
const summitText = (file: string): string | undefined => (file === 'summit.txt' ? SUMMIT_TEXT : undefined);

/** A small pack that uses every field added to pack@1, valid as written. */
function summitPack(): Pack & Record<string, unknown> {
  return {
    format: 'fact-quiz/pack@1',
    id: 'summit',
    title: 'A summit',
    lang: 'en-GB',
    asOf: '2026-04-01',
    sources: [{ id: 'wire', title: 'Summit report', url: 'https://example.org/summit', text: 'summit.txt' }],
    classes: [
      { id: 'place', label: 'place' },
      { id: 'country', label: 'country', parent: 'place' },
      { id: 'city', label: 'city', parent: 'place' },
      { id: 'event', label: 'event' },
    ],
    entities: [
      { id: 'summit', label: 'The summit', class: 'event' },
      { id: 'treaty', label: 'The treaty', class: 'event' },
      { id: 'france', label: 'France', class: 'country' },
      { id: 'germany', label: 'Germany', class: 'country' },
      { id: 'italy', label: 'Italy', class: 'country' },
      { id: 'spain', label: 'Spain', class: 'country' },
      { id: 'geneva', label: 'Geneva', class: 'city' },
      { id: 'paris', label: 'Paris', class: 'city' },
      { id: 'monaco', label: 'Monaco', class: ['country', 'city'] },
      { id: 'georgia', label: 'Georgia', class: 'country' },
      { id: 'georgia-town', label: 'Georgia', class: ['city'] },
    ],
    relations: [
      { id: 'held-in', object: { type: 'entity', class: 'city' }, cardinality: 'one', exclude: ['paris'], templates: { question: 'Where was {subject} held?', statement: '{subject} was held in {object}.' } },
      {
        id: 'signed-by',
        object: { type: 'entity', class: 'country' },
        cardinality: 'many',
        templates: { question: 'Which country signed {subject}?', statement: '{object} signed {subject}.', plural: '{object} signed {subject}.', multiple: 'Select every country that signed {subject}.' },
      },
      { id: 'opened', object: { type: 'date' }, cardinality: 'one', bounds: { min: '2025-01-01', max: '2025-12-31' }, templates: { question: 'When did {subject} open?', statement: '{subject} opened {object}.' } },
      { id: 'closing', object: { type: 'date', preposition: false }, cardinality: 'one', bounds: { after: 'f-opened' }, templates: { question: 'When was the closing of {subject} dated?', statement: 'The closing of {subject} was dated {object}.' } },
      { id: 'delegations', object: { type: 'number', unit: 'delegation', unitPlural: 'delegations' }, cardinality: 'one', bounds: { min: 1, max: 195 }, templates: { question: 'How many delegations attended {subject}?', statement: '{object} attended {subject}.' } },
      { id: 'delegates', object: { type: 'number', unit: 'delegate', unitPlural: 'delegates' }, cardinality: 'one', templates: { question: 'How many delegates registered for {subject}?', statement: '{object} registered for {subject}.' } },
    ],
    facts: [
      { id: 'f-held', subject: 'summit', relation: 'held-in', object: 'geneva', exclude: ['monaco'], source: 'wire', quote: 'The summit opened … in Geneva' },
      {
        id: 'f-signed',
        subject: 'treaty',
        relation: 'signed-by',
        objects: ['france', 'germany', 'italy'],
        exclude: ['spain'],
        weight: 2,
        source: 'wire',
        quote: 'The treaty was signed by three countries, as listed in the annex.',
        quotes: ['France signed first.', 'Germany signed second.', 'Italy signed third.'],
      },
      { id: 'f-opened', subject: 'summit', relation: 'opened', object: { date: '2025-09-17', precision: 'day' }, source: 'wire', quote: 'The summit opened on 17 September 2025...' },
      { id: 'f-closing', subject: 'summit', relation: 'closing', object: { date: '2026-03', precision: 'month' }, bounds: { after: 'f-opened', before: 'f-later' }, source: 'wire', quote: 'The closing ceremony was dated March 2026.' },
      { id: 'f-later', subject: 'treaty', relation: 'opened', object: { date: '2026-06-01', precision: 'day' }, bounds: { min: '2025-06-01', max: '2027-01-01' }, source: 'wire', quote: 'The treaty was signed' },
      { id: 'f-delegations', subject: 'summit', relation: 'delegations', object: { value: 80, qualifier: 'about', tolerance: 8 }, weight: 0.5, source: 'wire', quote: 'About 80 delegations attended' },
      { id: 'f-delegates', subject: 'summit', relation: 'delegates', object: { value: 2000, qualifier: 'over' }, bounds: { min: 100, max: 10000 }, exclude: [1999.5], source: 'wire', quote: 'over 2,000 delegates registered' },
    ],
  } as unknown as Pack & Record<string, unknown>;
}

type Loose = Record<string, unknown>;
/** The fact, relation or entity with this id, as a plain object to break. */
const item = (p: Pack, list: 'facts' | 'relations' | 'entities', id: string): Loose => (p[list] as unknown as Loose[]).find((x) => x.id === id) as Loose;
const indexOf = (p: Pack, list: 'facts' | 'relations' | 'entities', id: string): number => (p[list] as unknown as Loose[]).findIndex((x) => x.id === id);
const checkSummit = (p: unknown, more: Parameters<typeof validatePack>[1] = {}): { path: string; message: string }[] => {
  const r = validatePack(p, { sourceText: summitText, ...more });
  return r.ok ? [] : r.problems;
};

/** One wrong use of a new field per row: where it must be reported and what the message must say. */
const WRONG_USES: { rule: string; path: (p: Pack) => string; message: RegExp; breakIt: (p: Pack) => void }[] = [
  { rule: 'an unknown qualifier', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegations'))}].object.qualifier`, message: /must be "about", "over", "under", "at-least" or "at-most", but is the text "roughly"/, breakIt: (p) => { (item(p, 'facts', 'f-delegations').object as Loose).qualifier = 'roughly'; } },
  { rule: 'a tolerance on a one-sided number', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegates'))}].object.tolerance`, message: /only for "about" numbers/, breakIt: (p) => { (item(p, 'facts', 'f-delegates').object as Loose).tolerance = 5; } },
  { rule: 'a tolerance of 0', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegations'))}].object.tolerance`, message: /must be more than 0/, breakIt: (p) => { (item(p, 'facts', 'f-delegations').object as Loose).tolerance = 0; } },
  { rule: 'a qualified number without its value', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegations'))}].object.value`, message: /must be a number, but is missing/, breakIt: (p) => { delete (item(p, 'facts', 'f-delegations').object as Loose).value; } },
  { rule: 'a misspelt key in a qualified number', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegations'))}].object.tolerence`, message: /"tolerence" is not a property of a number/, breakIt: (p) => { (item(p, 'facts', 'f-delegations').object as Loose).tolerence = 3; } },
  { rule: 'number bounds with min above max', path: (p) => `relations[${String(indexOf(p, 'relations', 'delegations'))}].bounds.max`, message: /1 is less than min 200/, breakIt: (p) => { item(p, 'relations', 'delegations').bounds = { min: 200, max: 1 }; } },
  { rule: 'a true number outside its relation\'s bounds', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegations'))}].object`, message: /outside the bounds at relations\[\d+\]\.bounds \(80 is above max 50\)/, breakIt: (p) => { item(p, 'relations', 'delegations').bounds = { max: 50 }; } },
  { rule: 'a true number outside its fact\'s bounds', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegates'))}].object`, message: /outside the bounds at facts\[\d+\]\.bounds \(2000 is below min 5000\)/, breakIt: (p) => { item(p, 'facts', 'f-delegates').bounds = { min: 5000 }; } },
  { rule: 'a day as a bound of a number relation', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegates'))}].bounds.min`, message: /must be a number, but is the text "2025-01-01"/, breakIt: (p) => { item(p, 'facts', 'f-delegates').bounds = { min: '2025-01-01' }; } },
  { rule: '"after" on a number relation', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegates'))}].bounds.after`, message: /only for date relations/, breakIt: (p) => { item(p, 'facts', 'f-delegates').bounds = { after: 'f-opened' }; } },
  { rule: 'a number as a bound of a date relation', path: (p) => `relations[${String(indexOf(p, 'relations', 'opened'))}].bounds.min`, message: /must be a real day written YYYY-MM-DD/, breakIt: (p) => { item(p, 'relations', 'opened').bounds = { min: 2025 }; } },
  { rule: 'a date bound that does not exist', path: (p) => `relations[${String(indexOf(p, 'relations', 'opened'))}].bounds.max`, message: /must be a real day/, breakIt: (p) => { item(p, 'relations', 'opened').bounds = { max: '2025-02-30' }; } },
  { rule: 'bounds on an entity relation', path: (p) => `relations[${String(indexOf(p, 'relations', 'held-in'))}].bounds`, message: /only for number and date relations, and relation "held-in" takes entities/, breakIt: (p) => { item(p, 'relations', 'held-in').bounds = { min: 1 }; } },
  { rule: '"after" naming no fact', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-closing'))}].bounds.after`, message: /"f-nothing" is not a fact of this pack/, breakIt: (p) => { item(p, 'facts', 'f-closing').bounds = { after: 'f-nothing' }; } },
  { rule: '"before" naming a fact with no date', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-closing'))}].bounds.before`, message: /fact "f-delegates" has no date to compare with/, breakIt: (p) => { item(p, 'facts', 'f-closing').bounds = { before: 'f-delegates' }; } },
  { rule: 'a true date not after the date of "after"', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-opened'))}].object`, message: /not after the date of "after"/, breakIt: (p) => { item(p, 'facts', 'f-opened').bounds = { after: 'f-later' }; } },
  { rule: 'a true date outside its relation\'s min', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-opened'))}].object`, message: /outside the bounds at relations\[\d+\]\.bounds \(it is before min\)/, breakIt: (p) => { item(p, 'relations', 'opened').bounds = { min: '2025-10-01' }; } },
  { rule: '"after" and "before" with no day between', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-closing'))}].bounds.before`, message: /no day strictly between/, breakIt: (p) => { item(p, 'facts', 'f-closing').bounds = { after: 'f-later', before: 'f-opened' }; } },
  { rule: 'excluding a true object', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-signed'))}].exclude[1]`, message: /"germany" is a true object of this fact \(facts\[\d+\]\.objects\[1\]\)/, breakIt: (p) => { item(p, 'facts', 'f-signed').exclude = ['spain', 'germany']; } },
  { rule: 'excluding an object stated false', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-signed'))}].exclude[0]`, message: /stated false by this fact/, breakIt: (p) => { item(p, 'facts', 'f-signed').falseObjects = ['spain']; } },
  { rule: 'excluding an entity of another class', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-held'))}].exclude[0]`, message: /"france" is a country, but relation "held-in" takes a city/, breakIt: (p) => { item(p, 'facts', 'f-held').exclude = ['france']; } },
  { rule: 'excluding a date from a number relation', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-delegates'))}].exclude[0]`, message: /must be a number, or a number with a qualifier/, breakIt: (p) => { item(p, 'facts', 'f-delegates').exclude = [{ date: '2025', precision: 'year' }]; } },
  { rule: 'a relation\'s exclude that is not a list', path: (p) => `relations[${String(indexOf(p, 'relations', 'held-in'))}].exclude`, message: /must be a list of objects, but is the text "paris"/, breakIt: (p) => { item(p, 'relations', 'held-in').exclude = 'paris'; } },
  { rule: 'a weight of 0', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-signed'))}].weight`, message: /must be more than 0 and at most 10/, breakIt: (p) => { item(p, 'facts', 'f-signed').weight = 0; } },
  { rule: 'a weight over 10', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-signed'))}].weight`, message: /but is 11/, breakIt: (p) => { item(p, 'facts', 'f-signed').weight = 11; } },
  { rule: 'a weight as a text', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-signed'))}].weight`, message: /must be a number, but is the text "2"/, breakIt: (p) => { item(p, 'facts', 'f-signed').weight = '2'; } },
  { rule: 'quotes on a fact with one object', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-held'))}].quotes`, message: /only for facts with "objects"/, breakIt: (p) => { item(p, 'facts', 'f-held').quotes = ['in Geneva']; } },
  { rule: 'fewer quotes than objects', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-signed'))}].quotes`, message: /has 2 quotes for 3 objects/, breakIt: (p) => { item(p, 'facts', 'f-signed').quotes = ['France signed first.', 'Germany signed second.']; } },
  { rule: 'an empty quote of an object', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-signed'))}].quotes[2]`, message: /is empty: write the quote/, breakIt: (p) => { (item(p, 'facts', 'f-signed').quotes as string[])[2] = ' '; } },
  { rule: 'a quote of an object not in the text', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-signed'))}].quotes[1]`, message: /is not in the text of source "wire" word for word/, breakIt: (p) => { (item(p, 'facts', 'f-signed').quotes as string[])[1] = 'Germany signed last.'; } },
  { rule: 'a plural template on a relation of one object', path: (p) => `relations[${String(indexOf(p, 'relations', 'held-in'))}].templates.plural`, message: /needs "cardinality": "many"/, breakIt: (p) => { (item(p, 'relations', 'held-in').templates as Loose).plural = '{subject} were held in {object}.'; } },
  { rule: 'a plural template without {object}', path: (p) => `relations[${String(indexOf(p, 'relations', 'signed-by'))}].templates.plural`, message: /must name the slot \{object\}/, breakIt: (p) => { (item(p, 'relations', 'signed-by').templates as Loose).plural = 'Several countries signed {subject}.'; } },
  { rule: 'preposition on a number relation', path: (p) => `relations[${String(indexOf(p, 'relations', 'delegates'))}].object.preposition`, message: /is only for date relations, and this one takes numbers/, breakIt: (p) => { (item(p, 'relations', 'delegates').object as Loose).preposition = false; } },
  { rule: 'preposition that is not true or false', path: (p) => `relations[${String(indexOf(p, 'relations', 'closing'))}].object.preposition`, message: /must be true or false/, breakIt: (p) => { (item(p, 'relations', 'closing').object as Loose).preposition = 'no'; } },
  { rule: 'an empty list of classes', path: (p) => `entities[${String(indexOf(p, 'entities', 'monaco'))}].class`, message: /is an empty list/, breakIt: (p) => { item(p, 'entities', 'monaco').class = []; } },
  { rule: 'an unknown class in a list', path: (p) => `entities[${String(indexOf(p, 'entities', 'monaco'))}].class[1]`, message: /"town" is not a class of this pack/, breakIt: (p) => { item(p, 'entities', 'monaco').class = ['country', 'town']; } },
  { rule: 'a class repeated in a list', path: (p) => `entities[${String(indexOf(p, 'entities', 'monaco'))}].class[1]`, message: /repeats the class "country"/, breakIt: (p) => { item(p, 'entities', 'monaco').class = ['country', 'country']; } },
  { rule: 'an object of none of an entity\'s classes', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-held'))}].object`, message: /"summit" is an event, but relation "held-in" takes a city/, breakIt: (p) => { item(p, 'facts', 'f-held').object = 'summit'; } },
  { rule: 'one label twice in a shared class', path: (p) => `entities[${String(indexOf(p, 'entities', 'georgia-town'))}].label`, message: /"Georgia" reads the same as the label of entities\[\d+\], of the same class "country"/, breakIt: (p) => { item(p, 'entities', 'georgia-town').class = ['city', 'country']; } },
  { rule: 'a quote whose second part is not in the text', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-held'))}].quote`, message: /part 2 of 2, "in Lausanne", is not in the text of source "wire" word for word after part 1/, breakIt: (p) => { item(p, 'facts', 'f-held').quote = 'The summit opened … in Lausanne'; } },
  { rule: 'a quote whose parts are out of order', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-held'))}].quote`, message: /part 2 of 2, "The summit opened", is not in the text .* after part 1/, breakIt: (p) => { item(p, 'facts', 'f-held').quote = 'in Geneva ... The summit opened'; } },
  { rule: 'a quote of nothing but an omission', path: (p) => `facts[${String(indexOf(p, 'facts', 'f-held'))}].quote`, message: /has no words besides "…"/, breakIt: (p) => { item(p, 'facts', 'f-held').quote = '… …'; } },
];

describe('validatePack: the fields added to pack@1', () => {
  it('accepts a pack that uses every new field, quotes checked', () => {
    assert.deepEqual(checkSummit(summitPack(), { requireSourceTexts: true }), []);
  });

  it('lets two entities share a label when they share no class, and checks ranges through every class', () => {
    const pack = summitPack();
    // Monaco is a country and a city: an object of a city relation.
    item(pack, 'facts', 'f-held').object = 'monaco';
    item(pack, 'facts', 'f-held').exclude = ['geneva'];
    assert.deepEqual(checkSummit(pack), []);
  });

  for (const { rule, path, message, breakIt } of WRONG_USES) {
    it(`rejects ${rule}, naming the path`, () => {
      const pack = summitPack();
      breakIt(pack);
      const problems = checkSummit(pack);
      const at = path(pack);
      const hit = problems.find((p) => p.path === at);
      assert.ok(hit, `expected a problem at ${at}, got ${JSON.stringify(problems)}`);
      assert.match(hit.message, message);
      assert.match(hit.message, /^[^\n]{10,300}$/, 'a one-line sentence');
    });
  }
});

describe('validatePack: source texts that must be found', () => {
  it('says which file it looked for, and where, when a text is missing', () => {
    const problems = checkSummit(summitPack(), { sourceText: () => undefined, requireSourceTexts: true, describeLocation: (f) => `/packs/sources (for ${f})` });
    assert.deepEqual(problems.map(({ path, message }) => ({ path, message })), [{ path: 'sources[0].text', message: 'the text of source "wire" can\'t be found: looked for "summit.txt" in /packs/sources (for summit.txt).' }]);
  });

  it('asks for a text on a source that names none', () => {
    const pack = summitPack();
    delete (pack.sources[0] as { text?: string }).text;
    const problems = checkSummit(pack, { requireSourceTexts: true });
    assert.deepEqual(problems.map((p) => p.path), ['sources[0].text']);
    assert.match(problems[0]?.message ?? '', /is missing: name the file/);
    // Without the option the pack passes, as the widget loads it.
    assert.deepEqual(checkSummit(pack), []);
  });

  it('treats a reader that throws as a text not found, and reads each file once', () => {
    let reads = 0;
    const problems = checkSummit(summitPack(), { requireSourceTexts: true, sourceText: () => { reads += 1; throw new Error('EACCES'); } });
    assert.deepEqual(problems.map((p) => p.path), ['sources[0].text']);
    assert.equal(reads, 1);
  });

  it('finds quotes in a long text as plain search would (the gram index), parts in order', () => {
    /** A text of 25,000 letters from a seed: a seed shrinks fast, a long string does not. */
    const textOf = (seed: number): string => {
      let state = seed >>> 0;
      return Array.from({ length: 25_000 }, () => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return 'abcd'.charAt(state >>> 30);
      }).join('');
    };
    /** Whether the quote of a fact is found in `text` (the other facts' quotes are not in it). */
    const found = (quote: string, text: string): boolean => {
      const pack = summitPack();
      (pack.facts[0] as { quote: string }).quote = quote;
      return !checkSummit(pack, { sourceText: () => text }).some((p) => p.path === 'facts[0].quote');
    };
    fc.assert(
      fc.property(fc.integer(), fc.nat(), fc.nat({ max: 60 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 12 }), fc.boolean(), (seed, at, length, random, copied) => {
        const text = textOf(seed);
        const quote = copied ? text.slice(at % text.length, (at % text.length) + length + 1) : random;
        assert.equal(found(quote, text), text.includes(quote), quote);
        // Two parts: found only in this order.
        const [first, second] = [text.slice(100, 110), text.slice(20_000, 20_010)];
        assert.equal(found(`${first} … ${second}`, text), true);
        assert.equal(found(`${second} … ${first}`, text), text.includes(first, text.indexOf(second) + second.length));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a source text past the limit, once, at its source', () => {
    const problems = checkSummit(summitPack(), { sourceText: () => 'x'.repeat(MAX_SOURCE_TEXT_LENGTH + 1) });
    assert.deepEqual(problems, [{ path: 'sources[0].text', code: 'too_long', params: { length: 1_000_001, maximum: 1_000_000, of: 'source-text' }, message: 'names a text of 1,000,001 characters: quotes are checked against texts of at most 1,000,000.' }]);
  });

  it('refuses a file name that is a folder or a way up', () => {
    for (const text of ['..', 'a/b.txt', '../x.txt']) {
      const pack = summitPack();
      (pack.sources[0] as { text?: string }).text = text;
      assert.ok(checkSummit(pack).some((p) => p.path === 'sources[0].text' && p.message.includes('sources/ folder beside the pack')), text);
    }
  });
});

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { x: value };
  return value;
}

describe('validatePack: hostile and oversized input (issue 11)', () => {
  it('reports 100,000 levels of nesting in any field, checked or not, without throwing', () => {
    const places: [string, (p: Pack & Record<string, unknown>, deep: unknown) => void][] = [
      ['$schema', (p, deep) => { p.$schema = deep; }],
      ['entities[0].note', (p, deep) => { (p.entities[0] as unknown as Loose).note = deep; }],
      ['relations[4].object.unit', (p, deep) => { (p.relations[4]?.object as unknown as Loose).unit = deep; }],
      ['facts[0].object', (p, deep) => { (p.facts[0] as unknown as Loose).object = deep; }],
      ['facts[1].bounds', (p, deep) => { (p.facts[1] as unknown as Loose).bounds = deep; }],
      ['extra', (p, deep) => { p.extra = deep; }],
    ];
    for (const [field, put] of places) {
      const pack = summitPack();
      put(pack, nested(100_000));
      const result = validatePack(pack, { sourceText: summitText });
      assert.equal(result.ok, false, field);
      const deep = result.problems.find((p) => p.message.includes('nested deeper than 20 levels'));
      assert.ok(deep, `${field}: ${JSON.stringify(result.problems)}`);
      assert.ok(deep.path.startsWith(field), `${field}: reported at ${deep.path}`);
      assert.ok(deep.path.length < 200, 'the path stops at the limit');
    }
  });

  it('reports a top-level value nested 100,000 levels deep', () => {
    const result = validatePack({ format: 'fact-quiz/pack@1', facts: nested(100_000) });
    assert.equal(result.ok, false);
    assert.ok(result.problems.some((p) => p.path === 'facts' && p.message.includes('must be a list')));
  });

  it('walks a looping object (from code, never JSON) once, without hanging', () => {
    const pack = summitPack();
    const loop: Record<string, unknown> = {};
    loop.a = loop;
    loop.b = loop;
    (pack.entities[0] as unknown as Loose).note = loop;
    const result = validatePack(pack, { sourceText: summitText });
    assert.ok(!result.ok && result.problems.some((p) => p.path === 'entities[0].note'));
  });

  it('refuses lists past the limits of limits.ts, with the limit in the message', () => {
    const n = (x: number): string => x.toLocaleString('en-US');
    const cases: [keyof Pack, number, RegExp][] = (
      [
        ['facts', MAX_FACTS],
        ['entities', MAX_ENTITIES],
        ['relations', MAX_RELATIONS],
      ] as const
    ).map(([list, max]) => [list, max, new RegExp(`holds ${n(max + 1)} ${list}: a pack may hold at most ${n(max)}`)]);
    for (const [list, max, message] of cases) {
      const pack = summitPack();
      const items = pack[list] as unknown[];
      (pack as unknown as Loose)[list] = Array.from({ length: max + 1 }, (_, i) => items[i % items.length]);
      const problems = checkSummit(pack);
      assert.ok(problems.some((p) => p.path === list && message.test(p.message)), `${list}: ${JSON.stringify(problems.slice(0, 3))}`);
    }
  });

  it('accepts a pack at the fact limit (its time is measured by npm run bench:limits)', () => {
    const pack = syntheticPack({ facts: MAX_FACTS + 500 });
    pack.facts = pack.facts.slice(0, MAX_FACTS);
    assert.equal(pack.facts.length, MAX_FACTS);
    assert.deepEqual(problemsOf(pack), []);
  });

  it('refuses texts, labels, templates and lists past their limits', () => {
    const pack = summitPack();
    const fact = item(pack, 'facts', 'f-signed');
    fact.note = 'n'.repeat(MAX_STRING_LENGTH + 1);
    (pack.entities[2] as unknown as Loose).label = 'L'.repeat(MAX_LABEL_LENGTH + 1);
    const templates = item(pack, 'relations', 'held-in').templates as Loose;
    templates.question = `Where was {subject} held${' really'.repeat(MAX_TEMPLATE_LENGTH / 6)}?`;
    (item(pack, 'relations', 'signed-by').templates as Loose).statement = '{object} signed {subject} ({subject}, {subject}, {subject}).';
    item(pack, 'facts', 'f-delegates').exclude = Array.from({ length: MAX_OBJECTS_PER_FACT + 1 }, (_, i) => i + 1);
    const problems = checkSummit(pack);
    const at = (path: string): string => problems.find((p) => p.path === path)?.message ?? `nothing at ${path}: ${JSON.stringify(problems)}`;
    const f = String(indexOf(pack, 'facts', 'f-signed'));
    assert.match(at(`facts[${f}].note`), /is 5,001 characters long: a text in a pack may have at most 5,000/);
    assert.match(at('entities[2].label'), /is 201 characters long: a label may have at most 200/);
    assert.match(at(`relations[${String(indexOf(pack, 'relations', 'held-in'))}].templates.question`), /a template may have at most 500/);
    assert.match(at(`relations[${String(indexOf(pack, 'relations', 'signed-by'))}].templates.statement`), /names 5 slots: a template may name at most 4/);
    assert.match(at(`facts[${String(indexOf(pack, 'facts', 'f-delegates'))}].exclude`), /lists 201 objects: at most 200/);
    // The over-long note is reported once, not also as a too-long "note".
    assert.equal(problems.filter((p) => p.path === `facts[${f}].note`).length, 1);
  });

  it('quotes at most a short escaped excerpt of a bad value', () => {
    const pack = summitPack();
    pack.title = 'T'.repeat(10_000_000);
    (pack.facts[0] as unknown as Loose).subject = `\u001b[2J\u202Eevil${'x'.repeat(4_000)}`;
    (pack.facts[1] as unknown as Loose).relation = 'bad\u0000\nid\u{1F600}';
    const problems = checkSummit(pack);
    for (const p of problems) assert.ok(p.message.length < 400 && p.path.length < 200, `${p.path}: ${p.message.slice(0, 500)}`);
    const subject = problems.find((p) => p.path === 'facts[0].subject');
    assert.ok(subject);
    assert.ok(!Array.from(subject.message).some((c) => c < ' ' || c === '\u202E'), 'no raw control or bidi character');
    assert.match(subject.message, /^"\\u\{1B\}\[2J\\u\{202E\}evilx+…" \(4,009 characters\) is not an entity of this pack\.$/);
    assert.equal(problems.find((p) => p.path === 'title')?.message, 'is 10,000,000 characters long: a text in a pack may have at most 5,000.');
    const relation = problems.find((p) => p.path === 'facts[1].relation');
    assert.equal(relation?.message, '"bad\\u{0}\\nid\u{1F600}" is not a relation of this pack.');
  });

  it('keeps a key that is not a name short and escaped in paths', () => {
    const pack = summitPack() as unknown as Loose;
    const key = `k\u001b${'y'.repeat(100_000)}`;
    (pack.facts as Loose[])[0] = { ...(pack.facts as Loose[])[0], [key]: 1 };
    const problems = checkSummit(pack);
    const hit = problems.find((p) => p.path.startsWith('facts[0]["k'));
    assert.ok(hit, JSON.stringify(problems.map((p) => p.path)));
    assert.ok(hit.path.length < 120 && !hit.path.includes('\u001b'), hit.path);
  });

  it('lists at most 50 problems, then one that counts the rest', () => {
    const pack = summitPack();
    pack.facts = Array.from({ length: MAX_FACTS }, (_, i) => ({ ...(pack.facts[0] as Pack['facts'][number]), id: `f-${String(i)}`, subject: 'nobody' }));
    const result = validatePack(pack);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, MAX_PROBLEMS + 1);
    // Each fact has an unknown subject, and relation "closing" is bounded after a fact now gone: 5,001 problems.
    assert.deepEqual(result.problems.at(-1), { path: '', code: 'more_problems', params: { count: MAX_FACTS + 1 - MAX_PROBLEMS }, message: `…and ${(MAX_FACTS + 1 - MAX_PROBLEMS).toLocaleString('en-GB')} more problems, not listed: fix these first.` });
    assert.deepEqual(capProblems(result.problems.slice(0, 3), 2).at(-1), { path: '', code: 'more_problems', params: { count: 1 } });
  });

  it('says "must be a finite number" for 1e400, and refuses numbers that exact arithmetic can\'t hold', () => {
    const cases: [unknown, RegExp][] = [
      [JSON.parse('1e400') as unknown, /^must be a finite number, but is a number too large to write \(such as 1e400\)\.$/],
      [2 ** 60, /is too large to compare exactly/],
      [1e-30, /has more than 6 decimals: round it/],
      [3.14159265, /has more than 6 decimals/],
      [JSON.parse('-0') as unknown, /is -0: write 0/],
    ];
    for (const [value, message] of cases) {
      const pack = summitPack();
      item(pack, 'facts', 'f-delegates').object = value;
      const problems = checkSummit(pack);
      const hit = problems.find((p) => p.path === `facts[${String(indexOf(pack, 'facts', 'f-delegates'))}].object`);
      assert.ok(hit, `${String(value)}: ${JSON.stringify(problems)}`);
      assert.match(hit.message, message);
    }
    const pack = summitPack();
    item(pack, 'facts', 'f-delegates').object = 0.125;
    item(pack, 'facts', 'f-delegates').bounds = { min: -1.5, max: 9_007_199_254_740_991 };
    assert.deepEqual(checkSummit(pack), [], 'a few decimals and the largest safe integer are fine');
  });

  it('refuses user names and passwords in source links without repeating them', () => {
    for (const url of ['https://user:secret@example.org/a', 'http://user@example.org/', 'https://:secret@example.org']) {
      assert.equal(isHttpUrl(url), false, url);
      const pack = summitPack();
      (pack.sources[0] as { url?: string }).url = url;
      const problems = checkSummit(pack);
      assert.deepEqual(problems, [{ path: 'sources[0].url', code: 'url_credentials', params: {}, message: 'holds a user name or password: remove them from the address.' }]);
    }
    assert.equal(isHttpUrl('https://example.org/a?user=x@y'), true);
    assert.equal(isHttpUrl('javascript:alert(1)'), false);
  });

  it('excerpt: short texts whole, long ones cut with their length, every unsafe character escaped', () => {
    assert.equal(excerpt('Windsor'), '"Windsor"');
    assert.equal(excerpt('and so on…'), '"and so on…"');
    assert.equal(excerpt('say "hi"\\'), '"say \\"hi\\"\\\\"');
    assert.equal(excerpt('a'.repeat(61)), `"${'a'.repeat(60)}…" (61 characters)`);
    assert.equal(excerpt('\uFEFF\u2066x\u2028\uD800'), '"\\u{FEFF}\\u{2066}x\\u{2028}\\u{D800}"');
    // A character outside the BMP is one character, never half a pair.
    assert.equal(excerpt('\u{1F600}'.repeat(61)), `"${'\u{1F600}'.repeat(60)}…" (122 characters)`);
  });
});

/** Any JSON, with deeply nested lists and objects mixed in. */
const deepJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 3 }),
    fc.integer({ min: 25, max: 3_000 }).map((depth) => nested(depth)),
  ),
})).value;

describe('validatePack: never throws (fast-check)', () => {
  it('on arbitrary JSON including deep nesting, in the pack or in any part of it', () => {
    const base = summitPack();
    const keys = [...KEYS.pack, 'extra'];
    fc.assert(
      fc.property(deepJson, fc.constantFrom(...keys), fc.nat(), fc.boolean(), (junk, key, at, whole) => {
        let input: unknown = junk;
        if (!whole) {
          const pack = structuredClone(base) as unknown as Loose;
          const value = pack[key];
          if (Array.isArray(value) && value.length > 0) {
            const entry = value[at % value.length] as unknown;
            // Half the time, replace one field of an entry rather than the whole entry.
            if (at % 2 === 0 && typeof entry === 'object' && entry !== null) (entry as Loose)[Object.keys(entry)[at % Object.keys(entry).length] ?? 'x'] = junk;
            else value[at % value.length] = junk;
          } else pack[key] = junk;
          input = pack;
        }
        const before = JSON.stringify(input);
        const result = validatePack(input, { sourceText: summitText, requireSourceTexts: true });
        assert.equal(JSON.stringify(input), before, 'the input is unchanged');
        if (!result.ok) {
          assert.ok(result.problems.length <= MAX_PROBLEMS + 1);
          for (const p of result.problems) {
            assert.equal(typeof p.message, 'string');
            assert.doesNotMatch(p.message, /could not be checked/, p.message);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
