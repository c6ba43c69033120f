/**
 * The JSON Schema editors use (questions/fact-pack.schema.json) and the validator must
 * describe one format: the same properties for every kind of object, the same limits,
 * and every pack the validator accepts also passes the schema.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, OBJECT_TYPE_KEYS, validatePack } from '../../src/engine/validate.js';
import { PRECISIONS, QUALIFIERS, SEASONS } from '../../src/engine/validate/shape.js';
import { MAX_WEIGHT } from '../../src/engine/validate/meaning.js';
import * as limits from '../../src/engine/limits.js';
import { syntheticPack } from '../packs/synthetic.js';

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  $ref?: string;
  required?: string[];
  enum?: unknown[];
};

const schema = JSON.parse(readFileSync('questions/fact-pack.schema.json', 'utf8')) as Schema & { $defs: Record<string, Schema> };
const defs = schema.$defs;

/** The schema of each kind of object the validator knows by name. */
const SCHEMA_OF: Record<keyof typeof KEYS, Schema | undefined> = {
  pack: schema,
  source: defs.source,
  class: defs.class,
  entity: defs.entity,
  relation: defs.relation,
  templates: defs.relation?.properties?.templates,
  objectType: undefined, // a oneOf: compared branch by branch below
  fact: defs.fact,
  date: defs.date,
  number: defs.number,
  bounds: defs.bounds,
};

const sorted = (keys: readonly string[]): string[] => [...keys].sort();

/** A small valid pack with one object of every kind KEYS names: two relations, a number fact and a date fact. */
function everyKind(): Record<string, unknown> {
  return {
    format: 'fact-quiz/pack@1', id: 'p', title: 'P', lang: 'en', asOf: '2025-01-01',
    sources: [{ id: 's', title: 'S' }],
    classes: [{ id: 'c', label: 'c' }],
    entities: [{ id: 'a', label: 'A', class: 'c' }],
    relations: [
      { id: 'n', object: { type: 'number', unit: 'day' }, cardinality: 'one', bounds: { min: 0 }, templates: { question: 'How long {subject}?', statement: '{subject}: {object}.' } },
      { id: 'w', object: { type: 'date' }, cardinality: 'one', templates: { question: 'When {subject}?', statement: '{subject} on {object}.' } },
    ],
    facts: [
      { id: 'f', subject: 'a', relation: 'n', object: { value: 4, qualifier: 'about' }, source: 's', quote: 'x' },
      { id: 'g', subject: 'a', relation: 'w', object: { date: '2024-05-01', precision: 'day' }, source: 's', quote: 'y' },
    ],
  };
}

describe('the JSON Schema and the validator', () => {
  for (const [kind, part] of Object.entries(SCHEMA_OF)) {
    if (kind === 'objectType') continue;
    it(`name the same properties of ${kind}, and refuse any other`, () => {
      assert.ok(part?.properties, `the schema describes ${kind}`);
      assert.deepEqual(sorted(Object.keys(part.properties)), sorted(KEYS[kind as keyof typeof KEYS]));
      assert.equal(part.additionalProperties, false);
    });
  }

  it('name the same properties of each object type', () => {
    const branches = defs.objectType?.oneOf ?? [];
    const byType = Object.fromEntries(branches.map((b) => [(b.properties?.type as { const: string }).const, sorted(Object.keys(b.properties ?? {}))]));
    assert.deepEqual(byType, Object.fromEntries(Object.entries(OBJECT_TYPE_KEYS).map(([t, keys]) => [t, sorted(keys)])));
    assert.deepEqual(sorted([...new Set(Object.values(byType).flat())]), sorted(KEYS.objectType));
  });

  it('know every kind of object the schema describes', () => {
    // A kind added to the schema without a list in KEYS would go unchecked by the validator.
    const known = new Set<Schema>([...Object.values(SCHEMA_OF).filter((s) => s !== undefined), ...(defs.objectType?.oneOf ?? [])]);
    const objects: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => { walk(v, `${at}/${String(i)}`); });
      else if (typeof value === 'object' && value !== null) {
        if ('properties' in value && !known.has(value as Schema)) objects.push(at);
        for (const [key, v] of Object.entries(value)) walk(v, `${at}/${key}`);
      }
    };
    walk(schema, '#');
    assert.deepEqual(objects, []);
  });

  it('allow the same values of enumerated properties', () => {
    const enumOf = (part: Schema | undefined, key: string): unknown => part?.properties?.[key]?.enum;
    assert.deepEqual(enumOf(defs.date, 'precision'), PRECISIONS);
    assert.deepEqual(enumOf(defs.date, 'season'), SEASONS);
    assert.deepEqual(enumOf(defs.number, 'qualifier'), QUALIFIERS);
    assert.deepEqual(enumOf(defs.relation, 'cardinality'), ['one', 'many']);
    assert.deepEqual(enumOf(defs.relation, 'inverse'), ['one', 'many']);
    assert.equal(defs.fact?.properties?.weight?.maximum, MAX_WEIGHT);
  });

  it('refuse, in the validator, a property its list for that kind lacks', () => {
    // The lists above match the schema; this holds the validator to using them, kind by kind.
    const at: Record<keyof typeof KEYS, string> = {
      pack: '', source: 'sources[0]', class: 'classes[0]', entity: 'entities[0]', relation: 'relations[0]',
      templates: 'relations[0].templates', objectType: 'relations[0].object', fact: 'facts[0]',
      date: 'facts[1].object', number: 'facts[0].object', bounds: 'relations[0].bounds',
    };
    assert.deepEqual(validatePack(everyKind()).problems, []);
    for (const [kind, path] of Object.entries(at)) {
      const pack = everyKind();
      const part = path.split(/[.[\]]+/).filter((k) => k !== '').reduce((o: unknown, k) => (o as Record<string, unknown>)[k], pack) as Record<string, unknown>;
      part.misspelt = 1;
      const where = path === '' ? 'misspelt' : `${path}.misspelt`;
      const problems = validatePack(pack).problems;
      assert.deepEqual(problems.map((p) => p.path), [where], kind);
      assert.ok(problems[0]?.message.endsWith(`(it may be misspelt; allowed: ${KEYS[kind as keyof typeof KEYS].join(', ')}).`), kind);
    }
  });

  it('state the limits of src/engine/limits.ts', () => {
    const props = schema.properties ?? {};
    assert.equal(props.facts?.maxItems, limits.MAX_FACTS);
    assert.equal(props.entities?.maxItems, limits.MAX_ENTITIES);
    assert.equal(props.relations?.maxItems, limits.MAX_RELATIONS);
    assert.equal(props.classes?.maxItems, limits.MAX_CLASSES);
    assert.equal(props.sources?.maxItems, limits.MAX_SOURCES);
    assert.equal(defs.id?.maxLength, limits.MAX_ID_LENGTH);
    assert.equal(defs.text?.maxLength, limits.MAX_STRING_LENGTH);
    assert.equal(defs.label?.maxLength, limits.MAX_LABEL_LENGTH);
    assert.equal(defs.template?.maxLength, limits.MAX_TEMPLATE_LENGTH);
    for (const list of ['objects', 'falseObjects', 'quotes', 'exclude']) assert.equal(defs.fact?.properties?.[list]?.maxItems, limits.MAX_OBJECTS_PER_FACT, list);
    assert.equal(defs.relation?.properties?.exclude?.maxItems, limits.MAX_OBJECTS_PER_FACT);
  });

  it('has every $ref pointing at a definition', () => {
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]+"/g) ?? [];
    assert.ok(refs.length > 10);
    for (const ref of refs) {
      const name = /#\/\$defs\/([\w-]+)/.exec(ref)?.[1];
      assert.ok(name !== undefined && defs[name] !== undefined, ref);
    }
  });
});

/**
 * The keywords the schema uses, checked as draft 2020-12 defines them: enough to hold the
 * repository's packs to the schema without a validator dependency.
 */
function schemaErrors(value: unknown, part: Schema, path = ''): string[] {
  if (part.$ref !== undefined) {
    const target = defs[part.$ref.replace('#/$defs/', '')];
    if (target === undefined) return [`${path}: unknown $ref ${part.$ref}`];
    const errors = schemaErrors(value, target, path);
    const rest = { ...part };
    delete rest.$ref;
    return [...errors, ...schemaErrors(value, rest, path)];
  }
  const errors: string[] = [];
  const fail = (why: string): void => { errors.push(`${path}: ${why}`); };
  const type = part.type as string | undefined;
  const typeOf = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (type !== undefined && type !== typeOf) return [`${path}: is not ${type}`];
  if ('const' in part && part.const !== value) fail(`is not ${String(part.const)}`);
  if (part.enum !== undefined && !part.enum.includes(value)) fail('is not in the enum');
  if (typeof value === 'string') {
    if (typeof part.pattern === 'string' && !new RegExp(part.pattern, 'u').test(value)) fail(`does not match ${part.pattern}`);
    if (typeof part.minLength === 'number' && value.length < part.minLength) fail('is too short');
    if (typeof part.maxLength === 'number' && value.length > part.maxLength) fail('is too long');
  }
  if (typeof value === 'number') {
    if (typeof part.exclusiveMinimum === 'number' && !(value > part.exclusiveMinimum)) fail('is too small');
    if (typeof part.maximum === 'number' && value > part.maximum) fail('is too large');
  }
  if (Array.isArray(value)) {
    if (typeof part.minItems === 'number' && value.length < part.minItems) fail('has too few items');
    if (typeof part.maxItems === 'number' && value.length > part.maxItems) fail('has too many items');
    if (part.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) fail('repeats an item');
    const items = part.items;
    if (items !== undefined) value.forEach((v: unknown, i) => errors.push(...schemaErrors(v, items, `${path}[${String(i)}]`)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const key of part.required ?? []) if (!(key in object)) fail(`misses ${key}`);
    for (const [key, v] of Object.entries(object)) {
      const sub = part.properties?.[key];
      if (sub !== undefined) errors.push(...schemaErrors(v, sub, `${path}.${key}`));
      else if (part.additionalProperties === false) fail(`has the unknown property ${key}`);
    }
  }
  if (part.oneOf !== undefined) {
    const passing = part.oneOf.filter((branch) => schemaErrors(value, branch, path).length === 0).length;
    if (passing !== 1) fail(`matches ${String(passing)} branches of oneOf, not 1`);
  }
  return errors;
}

const packFiles = ['questions/state-visit.json', ...readdirSync('test/packs').filter((f) => f.endsWith('.json')).map((f) => join('test/packs', f))];

describe('packs the validator accepts pass the JSON Schema', () => {
  for (const file of packFiles) {
    it(file, () => {
      const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      const result = validatePack(json);
      assert.deepEqual(result.ok ? [] : result.problems, [], 'the validator accepts it');
      assert.deepEqual(schemaErrors(json, schema), []);
    });
  }

  it('synthetic packs', () => {
    for (const seed of [1, 2, 3]) assert.deepEqual(schemaErrors(syntheticPack({ facts: 150, seed }), schema), []);
  });

  it('a pack with every new field; and the schema refuses their shapes the validator refuses', () => {
    const pack = {
      format: 'fact-quiz/pack@1', id: 'p', title: 'P', lang: 'en', asOf: '2025-01-01',
      sources: [{ id: 's', title: 'S', url: 'https://example.org/a?b=c@d', text: 's.txt' }],
      classes: [{ id: 'c', label: 'c' }, { id: 'd', label: 'd' }],
      entities: [{ id: 'a', label: 'A', class: ['c', 'd'] }, { id: 'b', label: 'A', class: 'c' }],
      relations: [
        { id: 'n', object: { type: 'number', unit: 'day' }, cardinality: 'many', bounds: { min: 0, max: 9 }, exclude: [3], templates: { question: 'How long {subject}?', statement: '{subject} {object}.', plural: '{subject}: {object}.' } },
        { id: 'w', object: { type: 'date', preposition: false }, cardinality: 'one', bounds: { min: '2024-01-01', after: 'f' }, templates: { question: 'When {subject}?', statement: '{subject} dated {object}.' } },
      ],
      facts: [{ id: 'f', subject: 'a', relation: 'n', objects: [{ value: 4, qualifier: 'about', tolerance: 1 }, 5], quotes: ['x', 'y'], exclude: [{ value: 7, qualifier: 'over' }], bounds: { max: 8 }, weight: 2.5, source: 's', quote: 'x … y' }],
    };
    assert.deepEqual(schemaErrors(pack, schema), []);
    const wrong: [string, (p: typeof pack) => void][] = [
      ['qualifier', (p) => { (p.facts[0]?.objects[0] as { qualifier: string }).qualifier = 'roughly'; }],
      ['weight 0', (p) => { (p.facts[0] as { weight: number }).weight = 0; }],
      ['weight 11', (p) => { (p.facts[0] as { weight: number }).weight = 11; }],
      ['empty class list', (p) => { (p.entities[0] as { class: unknown }).class = []; }],
      ['bounds key', (p) => { (p.facts[0]?.bounds as Record<string, unknown>).from = 1; }],
      ['preposition on numbers', (p) => { (p.relations[0]?.object as Record<string, unknown>).preposition = false; }],
      ['credentials', (p) => { (p.sources[0] as { url: string }).url = 'https://u:p@example.org/'; }],
      ['tolerance 0', (p) => { (p.facts[0]?.objects[0] as { tolerance: number }).tolerance = 0; }],
    ];
    for (const [name, breakIt] of wrong) {
      const broken = structuredClone(pack);
      breakIt(broken);
      assert.notDeepEqual(schemaErrors(broken, schema), [], name);
    }
  });
});
