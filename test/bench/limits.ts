/**
 * Limits benchmark (`npm run bench:limits`): packs built at each input limit of
 * src/engine/limits.ts, and one with every limit at once, timed to validate and to make
 * a quiz. The goal: every pack that passes validation makes a quiz in under 1 s. A
 * script that prints figures (and exits 1 when a pack misses the goal or a pack past a
 * limit is accepted), not a timed test.
 */
import { generateQuiz, validatePack } from '../../src/engine/index.js';
import type { Pack, Relation } from '../../src/engine/index.js';
import {
  MAX_DEPTH,
  MAX_ENTITIES,
  MAX_FACTS,
  MAX_LABEL_LENGTH,
  MAX_OBJECTS_PER_FACT,
  MAX_PACK_BYTES,
  MAX_STRING_LENGTH,
  MAX_TEMPLATE_LENGTH,
  MAX_TEMPLATE_SLOTS,
} from '../../src/engine/limits.js';
import { syntheticPack } from '../packs/synthetic.js';

const GOAL_MS = 1_000;

/** Text of exactly `length` characters, words that mean nothing to the engine. */
function filler(length: number, word = 'lorem '): string {
  return word.repeat(Math.ceil(length / word.length)).slice(0, length).trimEnd().padEnd(length, 'x');
}

/** A template of MAX_TEMPLATE_LENGTH characters with MAX_TEMPLATE_SLOTS slots, all of `slot`. */
function longTemplate(slot: '{subject}' | '{object}', lead: string, end: string, count = MAX_TEMPLATE_SLOTS): string {
  const slots = Array<string>(count).fill(slot);
  const fixed = lead.length + end.length + slots.join(' and a ').length;
  return `${lead}${slots.join(' and a ')} ${filler(MAX_TEMPLATE_LENGTH - fixed - 1)}${end}`.slice(0, MAX_TEMPLATE_LENGTH);
}

/** Every relation's templates at the length and slot limits. */
function longTemplates(pack: Pack): void {
  for (const relation of pack.relations) {
    const t = relation.templates as unknown as Record<string, string | undefined>;
    t.question = longTemplate('{subject}', 'Which thing about ', '?');
    // The subject is one of the statement's slots.
    t.statement = longTemplate('{object}', '{subject} is a ', '.', MAX_TEMPLATE_SLOTS - 1);
    if (t.reverse !== undefined) t.reverse = longTemplate('{object}', 'Which event had a ', '?');
    if (t.multiple !== undefined) t.multiple = longTemplate('{subject}', 'Select every winner of ', '.');
    if (t.event !== undefined) t.event = longTemplate('{subject}', 'The event ', '');
  }
}

/** Entities up to MAX_ENTITIES, in the pack's person and venue classes (the distractor pools). */
function manyEntities(pack: Pack, labelLength = 0): void {
  const classes = ['leader', 'minister', 'palace', 'castle', 'hall'];
  for (let i = pack.entities.length; i < MAX_ENTITIES; i++) {
    const label = `Extra ${String(i)}`;
    (pack.entities).push({ id: `extra-${String(i)}`, label: labelLength > 0 ? `${label} ${filler(labelLength - label.length - 1, 'name ')}` : label, class: classes[i % classes.length] as string });
  }
}

/** The longest quote, title and description a pack may have, on as many facts as `budget` bytes allow. */
function longStrings(pack: Pack, budget: number): void {
  pack.title = filler(MAX_STRING_LENGTH);
  pack.description = filler(MAX_STRING_LENGTH);
  let room = budget - JSON.stringify(pack).length;
  for (const fact of pack.facts) {
    if (room < MAX_STRING_LENGTH + 100) break;
    // Each its own passage: facts quoting one passage are asked once per quiz.
    fact.quote = `${fact.id} ${filler(MAX_STRING_LENGTH - fact.id.length - 1, 'quoted ')}`;
    room -= MAX_STRING_LENGTH;
  }
}

/** A note nested `depth` levels below its relation: no field of a valid pack nests, so only past the limit. */
function deepNote(pack: Pack, depth: number): void {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = [value];
  ((pack.relations)[0] as unknown as Record<string, unknown>).note = value;
}

/** Every object list at its limit: one prize won by MAX_OBJECTS_PER_FACT people. */
function longLists(pack: Pack): void {
  const people = pack.entities.filter((e) => e.class === 'leader' || e.class === 'minister').map((e) => e.id);
  const fact = pack.facts.find((f) => f.relation === 'winners');
  if (fact !== undefined) fact.objects = people.slice(0, MAX_OBJECTS_PER_FACT);
}

interface Case {
  name: string;
  build: () => Pack;
  /** True for a pack one step past a limit, which validation must reject. */
  past?: boolean;
}

/** A synthetic pack of exactly `count` facts (the generator stops short of large counts). */
function withFacts(count: number): Pack {
  const pack = syntheticPack({ facts: Math.ceil(count * 1.3) });
  pack.facts = pack.facts.slice(0, count);
  if (pack.facts.length !== count) throw new Error(`the synthetic pack has ${String(pack.facts.length)} facts, not ${String(count)}`);
  return pack;
}
const atFacts = (): Pack => withFacts(MAX_FACTS);

const CASES: Case[] = [
  { name: `facts (${String(MAX_FACTS)})`, build: atFacts },
  { name: `entities (${String(MAX_ENTITIES)})`, build: () => { const p = syntheticPack({ facts: 500 }); manyEntities(p); return p; } },
  { name: `templates (${String(MAX_TEMPLATE_LENGTH)} chars, ${String(MAX_TEMPLATE_SLOTS)} slots)`, build: () => { const p = atFacts(); longTemplates(p); return p; } },
  { name: `strings (${String(MAX_STRING_LENGTH)} chars)`, build: () => { const p = syntheticPack({ facts: 300 }); longStrings(p, MAX_PACK_BYTES); return p; } },
  { name: `labels (${String(MAX_LABEL_LENGTH)} chars)`, build: () => { const p = syntheticPack({ facts: 1000 }); manyEntities(p, MAX_LABEL_LENGTH); return trimToBytes(p); } },
  { name: `object lists (${String(MAX_OBJECTS_PER_FACT)})`, build: () => { const p = syntheticPack({ facts: 2000 }); longLists(p); return p; } },
  { name: 'every limit at once', build: () => { const p = atFacts(); longTemplates(p); manyEntities(p); longLists(p); longStrings(p, MAX_PACK_BYTES); return trimToBytes(p); } },
  { name: `past: facts (${String(MAX_FACTS + 1)})`, past: true, build: () => withFacts(MAX_FACTS + 1) },
  { name: `past: template slots (${String(MAX_TEMPLATE_SLOTS + 1)})`, past: true, build: () => { const p = syntheticPack({ facts: 50 }); ((p.relations)[0] as Relation).templates.statement = `{subject}${' {object}'.repeat(MAX_TEMPLATE_SLOTS)}.`; return p; } },
  { name: `past: string (${String(MAX_STRING_LENGTH + 1)} chars)`, past: true, build: () => { const p = syntheticPack({ facts: 50 }); p.description = filler(MAX_STRING_LENGTH + 1); return p; } },
  { name: `past: depth (${String(MAX_DEPTH + 1)})`, past: true, build: () => { const p = syntheticPack({ facts: 50 }); deepNote(p, MAX_DEPTH); return p; } },
];

/** Drops entities nobody refers to until the pack fits MAX_PACK_BYTES. */
function trimToBytes(pack: Pack): Pack {
  const used = new Set(pack.facts.flatMap((f) => [f.subject, ...(typeof f.object === 'string' ? [f.object] : []), ...((f.objects ?? []).filter((o): o is string => typeof o === 'string'))]));
  while (bytes(pack) > MAX_PACK_BYTES) {
    const spare = pack.entities.length - Math.ceil((bytes(pack) - MAX_PACK_BYTES) / 50) - 1;
    pack.entities = pack.entities.filter((e, i) => i < spare || used.has(e.id));
  }
  return pack;
}

function bytes(pack: Pack): number {
  return Buffer.byteLength(JSON.stringify(pack));
}

function ms(start: number): number {
  return performance.now() - start;
}

let failed = false;
console.log(`Goal: every pack that passes validation makes a quiz in under ${String(GOAL_MS)} ms.\n`);
console.log('pack'.padEnd(40), 'bytes'.padStart(10), 'valid'.padStart(6), 'validate ms'.padStart(12), 'quiz ms'.padStart(9), ' verdict');
for (const c of CASES) {
  const pack = c.build();
  const size = bytes(pack);
  const json = JSON.parse(JSON.stringify(pack)) as unknown;
  let start = performance.now();
  const result = validatePack(json);
  const validateMs = ms(start);
  let quizMs = NaN;
  let verdict: string;
  if (c.past === true) {
    verdict = result.ok ? 'ACCEPTED PAST A LIMIT' : `rejected: ${result.problems[0]?.path ?? ''}: ${(result.problems[0]?.message ?? '').slice(0, 60)}`;
    if (result.ok) failed = true;
  } else if (!result.ok) {
    verdict = `INVALID: ${result.problems[0]?.path ?? ''}: ${(result.problems[0]?.message ?? '').slice(0, 80)}`;
    failed = true;
  } else {
    start = performance.now();
    generateQuiz(result.pack, { seed: 'limits', count: 10 });
    quizMs = ms(start);
    const total = validateMs + quizMs;
    verdict = total < GOAL_MS && size <= MAX_PACK_BYTES ? 'ok' : 'MISSED';
    if (verdict !== 'ok') failed = true;
  }
  console.log(c.name.padEnd(40), String(size).padStart(10), String(result.ok).padStart(6), validateMs.toFixed(0).padStart(12), (Number.isNaN(quizMs) ? '-' : quizMs.toFixed(0)).padStart(9), ` ${verdict}`);
}
process.exitCode = failed ? 1 : 0;
