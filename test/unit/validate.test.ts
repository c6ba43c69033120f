import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { validatePack } from '../../src/engine/index.js';
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
