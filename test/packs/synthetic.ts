/**
 * Synthetic fact packs of any size, valid by construction, for property tests and
 * benchmarks: packs the engine has never seen, with every object type and relation shape.
 */
import type { Fact, Pack, Relation } from '../../src/engine/pack.js';

/** A tiny deterministic generator (mulberry32), so pack shapes don't depend on the engine's random source. */
function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Ash', 'Birch', 'Cedar', 'Dale', 'Elm', 'Fern', 'Gale', 'Heath', 'Iris', 'Juniper', 'Kestrel', 'Larch', 'Moss', 'Nettle', 'Oak', 'Pine', 'Quill', 'Rowan', 'Sedge', 'Thorn', 'Umber', 'Vale', 'Willow', 'Yarrow', 'Zephyr'];

/** A label unlike any other: two words from a list, then a number when the list runs out. */
function label(kind: string, i: number): string {
  const a = NAMES[i % NAMES.length] as string;
  const b = NAMES[Math.floor(i / NAMES.length) % NAMES.length] as string;
  const n = Math.floor(i / (NAMES.length * NAMES.length));
  return `${kind} ${a} ${b}${n > 0 ? ` ${String(n)}` : ''}`;
}

export interface SyntheticOptions {
  facts: number;
  seed?: number;
  lang?: string;
}

/**
 * A pack of about `facts` facts: people in two roles under one parent class, venues in
 * three classes, events with dates of every precision, numbers, texts with stated false
 * alternatives, a closed many-valued relation and a relation with reverse questions.
 */
export function syntheticPack({ facts: factCount, seed = 1, lang = 'en-GB' }: SyntheticOptions): Pack {
  const random = mulberry(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const events = Math.max(8, Math.ceil((factCount * 0.9) / 5));
  const perClass = Math.max(8, Math.ceil(Math.sqrt(factCount)));
  const entities: Pack['entities'] = [];
  const classOf: Record<string, string[]> = {};
  const add = (cls: string, word: string, n: number): void => {
    classOf[cls] = [];
    for (let i = 0; i < n; i++) {
      const id = `${cls}-${String(i)}`;
      entities.push({ id, label: label(word, i), class: cls });
      classOf[cls].push(id);
    }
  };
  add('leader', 'Leader', perClass);
  add('minister', 'Minister', perClass);
  add('palace', 'Palace', perClass);
  add('castle', 'Castle', perClass);
  add('hall', 'Hall', perClass);
  add('event', 'Event', events);
  add('prize', 'Prize', Math.max(8, Math.ceil(factCount / 20)));

  const relations: Relation[] = [
    { id: 'venue', object: { type: 'entity', class: 'venue' }, cardinality: 'one', templates: { question: 'Where did {subject} take place?', statement: '{subject} took place at {object}.' } },
    { id: 'host', object: { type: 'entity', class: 'person' }, cardinality: 'one', inverse: 'one', subjectClass: 'event', templates: { question: 'Who hosted {subject}?', statement: '{subject} was hosted by {object}.', reverse: 'Which event did {object} host?' } },
    { id: 'date', object: { type: 'date' }, cardinality: 'one', templates: { question: 'When did {subject} happen?', statement: '{subject} happened {object}.', event: '{subject}' } },
    { id: 'length', object: { type: 'number', unit: 'day', unitPlural: 'days' }, cardinality: 'one', templates: { question: 'How long did {subject} last?', statement: '{subject} lasted {object}.' } },
    { id: 'motto', object: { type: 'text' }, cardinality: 'one', templates: { question: 'What was the motto of {subject}?', statement: 'The motto of {subject} was {object}.' } },
    { id: 'winners', object: { type: 'entity', class: 'person' }, cardinality: 'many', closed: true, note: 'Synthetic: the pack lists every winner.', templates: { question: 'Who has won {subject}?', statement: '{subject} has been won by {object}.', multiple: 'Select everyone who has won {subject}.' } },
  ];

  const precisions = ['day', 'day-range', 'month', 'year', 'season'] as const;
  const facts: Fact[] = [];
  const source = factCount % 2 === 0 ? 'a' : 'b';
  const pick = (cls: string): string => {
    const list = classOf[cls] as string[];
    return list[int(list.length)] as string;
  };
  for (let e = 0; e < events && facts.length < factCount; e++) {
    const subject = `event-${String(e)}`;
    const venueClass = ['palace', 'castle', 'hall'][int(3)] as string;
    facts.push({ id: `f${String(facts.length)}`, subject, relation: 'venue', object: pick(venueClass), source, quote: `synthetic fact ${String(facts.length)}` });
    // Each person hosts at most one event, as the relation's `inverse: 'one'` promises.
    if (e < 2 * perClass) {
      facts.push({ id: `f${String(facts.length)}`, subject, relation: 'host', object: classOf[e % 2 === 0 ? 'leader' : 'minister']?.[Math.floor(e / 2)], source, quote: `synthetic fact ${String(facts.length)}` });
    }
    const year = 1950 + int(70);
    const month = 1 + int(12);
    const day = 1 + int(27);
    const mm = String(month).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    const precision = precisions[int(precisions.length)] ?? 'day';
    const inferredYear = random() < 0.3;
    const date =
      precision === 'day'
        ? { date: `${String(year)}-${mm}-${dd}`, precision: 'day' as const, inferredYear }
        : precision === 'day-range'
          ? { date: `${String(year)}-${mm}-${dd}`, end: `${String(year)}-${mm}-${String(day + 1 + int(1)).padStart(2, '0')}`, precision: 'day' as const, inferredYear }
          : precision === 'month'
            ? { date: `${String(year)}-${mm}`, precision: 'month' as const, inferredYear }
            : precision === 'season'
              ? { date: String(year), precision: 'season' as const, season: (['spring', 'summer', 'autumn', 'winter'] as const)[int(4)], inferredYear }
              : { date: String(year), precision: 'year' as const };
    facts.push({ id: `f${String(facts.length)}`, subject, relation: 'date', object: date, source, quote: `synthetic fact ${String(facts.length)}` });
    facts.push({ id: `f${String(facts.length)}`, subject, relation: 'length', object: 1 + int(30), source, quote: `synthetic fact ${String(facts.length)}` });
    // Mottos in words: four false ones from the same vocabulary, never the true one.
    const words = (n: number): string => `${NAMES[n % 25] as string} before ${(NAMES[Math.floor(n / 25) % 25] as string).toLowerCase()}`;
    const motto = int(600);
    facts.push({
      id: `f${String(facts.length)}`,
      subject,
      relation: 'motto',
      object: words(motto),
      falseObjects: [1, 2, 3, 4].map((d) => words(motto + d * 7)),
      source,
      quote: `synthetic fact ${String(facts.length)}`,
    });
  }
  const prizes = classOf.prize ?? [];
  for (let p = 0; facts.length < factCount && p < prizes.length; p++) {
    const prize = prizes[p] as string;
    const winners = new Set<string>();
    const n = 1 + int(3);
    while (winners.size < n) winners.add(pick(random() < 0.5 ? 'leader' : 'minister'));
    facts.push({ id: `f${String(facts.length)}`, subject: prize, relation: 'winners', objects: [...winners], source, quote: `synthetic fact ${String(facts.length)}` });
  }

  return {
    format: 'fact-quiz/pack@1',
    id: `synthetic-${String(factCount)}-${String(seed)}`,
    title: `Synthetic pack of ${String(factCount)} facts`,
    lang,
    asOf: '2025-07-14',
    sources: [
      { id: 'a', title: 'Synthetic source A', publisher: 'Test' },
      { id: 'b', title: 'Synthetic source B', url: 'https://example.org/b' },
    ],
    classes: [
      { id: 'person', label: 'person' },
      { id: 'leader', label: 'leader', parent: 'person' },
      { id: 'minister', label: 'minister', parent: 'person' },
      { id: 'venue', label: 'venue' },
      { id: 'palace', label: 'palace', parent: 'venue' },
      { id: 'castle', label: 'castle', parent: 'venue' },
      { id: 'hall', label: 'hall', parent: 'venue' },
      { id: 'event', label: 'event' },
      { id: 'prize', label: 'prize' },
    ],
    entities,
    relations,
    facts: facts.slice(0, factCount),
  };
}
