/**
 * Question plans: every question the engine can make from a pack, each with a stable
 * id and a `build` that draws its options from a random source. A plan that cannot
 * keep every rule of QUALITY.md with the random draws it gets builds nothing.
 */
import type { DateValue, Fact, ObjectValue, Relation } from './pack.js';
import type { Difficulty, Question, QuestionKind, QuestionSource, QuizOption } from './quiz.js';
import { type PackIndex, objectsOf } from './pack-index.js';
import { type Random, sample, shuffled } from './random.js';
import { type Choice, difficultiesFor, distractorsFor, drawEntities, entityDifficulties, entityPool, textDistractors } from './distractors.js';
import { capitalise, spanOf } from './verbalise.js';
import { optionFlaw, overlaps, sharesMostWords } from './rules.js';

export interface Plan {
  /** The id the question gets: the same fact(s), kind and variant give the same id. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly difficulty: Difficulty;
  /** Ids of the facts the question is made from. */
  readonly facts: readonly string[];
  readonly topic: string;
  /** The question with `size` options (events, for `order`), or undefined when it can't be made well. */
  build(random: Random, size: number): Question | undefined;
}

/** Redraws allowed when a draw breaks a rule (a length cue, say) before a plan gives up. */
const TRIES = 6;
/** Wrong objects drawn for a false statement when the first drawn reads like a true one. */
const SWAP_CANDIDATES = 8;
const OPTION_IDS = 'abcdefghij';

/** Every plan of the pack. Timelines depend on `size`, the number of events to order. */
export function plansOf(index: PackIndex, size: number): Plan[] {
  const plans: Plan[] = [];
  for (const fact of index.pack.facts) factPlans(index, fact, plans);
  timelinePlans(index, size, plans);
  return plans;
}

/** A relative date ("last month") can't be answered as a month from the article alone. */
function askable(relation: Relation, value: ObjectValue): boolean {
  if (relation.object.type !== 'date') return true;
  const date = value as DateValue;
  return date.asWritten === undefined || date.precision === 'season';
}

function factPlans(index: PackIndex, fact: Fact, plans: Plan[]): void {
  const relation = index.relation(fact.relation);
  const objects = objectsOf(fact).filter((o) => askable(relation, o));
  if (objects.length === 0) return;
  const topic = fact.topic ?? relation.id;
  const base = { facts: [fact.id], topic };
  const many = objects.length > 1;

  objects.forEach((object, i) => {
    const variant = many ? `forward-${String(i + 1)}` : 'forward';
    for (const difficulty of difficultiesFor(index, relation, object)) {
      const id = `single/${fact.id}/${variant}/${difficulty}`;
      plans.push({ ...base, id, kind: 'single', difficulty, build: (random, size) => forward(index, id, fact, relation, object, difficulty, random, size) });
    }
    if (relation.templates.reverse !== undefined && relation.inverse === 'one') {
      const reverseVariant = many ? `reverse-${String(i + 1)}` : 'reverse';
      for (const difficulty of entityDifficulties(index, index.entity(fact.subject), relation.subjectClass)) {
        const id = `single/${fact.id}/${reverseVariant}/${difficulty}`;
        plans.push({ ...base, id, kind: 'single', difficulty, build: (random, size) => reverse(index, id, fact, relation, object, difficulty, random, size) });
      }
    }
  });

  if (relation.templates.multiple !== undefined && relation.object.type === 'entity') {
    for (const difficulty of entityDifficulties(index, index.entity(objects[0] as string), relation.object.class)) {
      plans.push({ ...base, id: `multiple/${fact.id}/${difficulty}`, kind: 'multiple', difficulty, build: (random, size) => selectAll(index, fact, relation, difficulty, random, size) });
    }
  }

  for (const truth of [true, false]) {
    const variant = truth ? 'true' : 'false';
    plans.push({ ...base, id: `true-false/${fact.id}/${variant}`, kind: 'true-false', difficulty: 'medium', build: (random) => trueOrFalse(index, fact, relation, objects, truth, random) });
  }
}

/** An object as an option shows it. */
function choiceOf(index: PackIndex, relation: Relation, value: ObjectValue): Choice {
  switch (relation.object.type) {
    case 'entity':
      return { text: index.entity(value as string).label, value };
    case 'text':
      return { text: value as string, value };
    case 'number':
      return { text: index.verbaliser.number(value as number, relation), value, sortKey: value as number };
    case 'date': {
      const span = spanOf(value as DateValue);
      return { text: index.verbaliser.dateOption(span), value, sortKey: span.start };
    }
  }
}

/** The fact as a sentence, with the given objects in the object slot. */
function statement(index: PackIndex, fact: Fact, relation: Relation, objects: readonly ObjectValue[]): string {
  const phrases = objects.map((value) =>
    relation.object.type === 'date' ? index.verbaliser.datePhrase(spanOf(value as DateValue)) : choiceOf(index, relation, value).text,
  );
  return index.verbaliser.fill(relation.templates.statement, { subject: index.entity(fact.subject).label, object: index.verbaliser.list(phrases) });
}

function sourcesOf(index: PackIndex, facts: readonly Fact[]): QuestionSource[] {
  return facts.map((fact) => {
    const source = index.source(fact.source);
    // Fields in a fixed order, so the JSON of a quiz is the same byte for byte everywhere.
    return {
      id: source.id,
      title: source.title,
      ...(source.publisher === undefined ? {} : { publisher: source.publisher }),
      ...(source.url === undefined ? {} : { url: source.url }),
      quote: fact.quote,
    };
  });
}

function withIds(choices: readonly Choice[]): QuizOption[] {
  return choices.map((choice, i) => ({ id: OPTION_IDS.charAt(i), text: choice.text }));
}

/**
 * Dates and numbers ascend (rule 9), texts that all start with a number too ("15 minutes",
 * "45 minutes"); anything else is shuffled so the key's place is uniform.
 */
function arrange(random: Random, choices: Choice[]): Choice[] {
  if (choices.every((c) => c.sortKey !== undefined)) return [...choices].sort((a, b) => (a.sortKey ?? 0) - (b.sortKey ?? 0));
  const numbers = choices.map((c) => leadingNumber(c.text));
  if (numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length) {
    return choices.map((c, i) => ({ c, n: numbers[i] as number })).sort((a, b) => a.n - b.n).map(({ c }) => c);
  }
  return shuffled(random, choices);
}

/**
 * The number a text starts with, as a word of its own ("45 minutes", "-3", "2.5 km"), or
 * undefined; "1,500" is left alone (a thousand and a half, or one and a half?).
 */
function leadingNumber(text: string): number | undefined {
  const match = /^\s*([-\u2212]?)(\d+(?:\.\d+)?)(?=\s|$)/u.exec(text);
  if (match === null) return undefined;
  const value = Number(match[2]);
  return match[1] === '' ? value : -value;
}

interface SingleParts {
  id: string;
  stem: string;
  difficulty: Difficulty;
  facts: readonly Fact[];
  explanation: string;
}

/**
 * A one-key question from a key and distractors, or undefined when the options show a
 * cue. Unless `lastTry`, a draw where the key is the single longest option, or the one
 * sharing the most words with the stem, is redrawn too: long labels and labels echoing
 * the question would otherwise make "pick the longest" or "pick the most alike" pay
 * (rules 5 and 11).
 */
function single(index: PackIndex, parts: SingleParts, key: Choice, distractors: Choice[], random: Random, lastTry: boolean): Question | undefined {
  const options = arrange(random, [key, ...distractors]);
  const keyAt = options.indexOf(key);
  if (optionFlaw(parts.stem, options.map((o) => o.text), [keyAt]) !== undefined) return undefined;
  if (!lastTry && distractors.every((d) => d.text.length < key.text.length)) return undefined;
  // Likewise a key that alone shares the most words with the stem ("de", "à" count too):
  // "pick the option most like the question" would otherwise pay (rule 11).
  if (!lastTry && sharesMostWords(parts.stem, key.text, distractors.map((d) => d.text))) return undefined;
  const withId = withIds(options);
  return {
    id: parts.id,
    kind: 'single',
    stem: parts.stem,
    options: withId,
    answer: [withId[keyAt]?.id ?? ''],
    explanation: parts.explanation,
    sources: sourcesOf(index, parts.facts),
    facts: parts.facts.map((f) => f.id),
    difficulty: parts.difficulty,
  };
}

/** Tries `make` a few times: a draw that leaves a cue is redrawn, not shipped. `null` gives up at once. */
function retry(make: (lastTry: boolean) => Question | undefined | null): Question | undefined {
  for (let i = 0; i < TRIES; i++) {
    const question = make(i === TRIES - 1);
    if (question === null) return undefined;
    if (question !== undefined) return question;
  }
  return undefined;
}

function forward(index: PackIndex, id: string, fact: Fact, relation: Relation, object: ObjectValue, difficulty: Difficulty, random: Random, size: number): Question | undefined {
  const stem = index.verbaliser.fill(relation.templates.question, { subject: index.entity(fact.subject).label });
  const explanation = statement(index, fact, relation, objectsOf(fact));
  return retry((lastTry) => {
    const distractors =
      relation.object.type === 'text'
        ? textDistractors(fact.falseObjects ?? [], size - 1, random)
        : distractorsFor(index, fact.subject, relation, object, difficulty, size - 1, random);
    if (distractors.length < size - 1) return null;
    return single(index, { id, stem, difficulty, facts: [fact], explanation }, choiceOf(index, relation, object), distractors, random, lastTry);
  });
}

function reverse(index: PackIndex, id: string, fact: Fact, relation: Relation, object: ObjectValue, difficulty: Difficulty, random: Random, size: number): Question | undefined {
  const subject = index.entity(fact.subject);
  const objectText = relation.object.type === 'date' ? index.verbaliser.date(spanOf(object as DateValue)) : choiceOf(index, relation, object).text;
  const stem = index.verbaliser.fill(relation.templates.reverse ?? '', { object: objectText });
  const explanation = statement(index, fact, relation, objectsOf(fact));
  return retry((lastTry) => {
    const pool = entityPool(index, subject, difficulty, relation.subjectClass);
    const others = drawEntities(random, pool, size - 1, (e) => e.id !== subject.id && index.isFalseSubject(e.id, relation, object));
    if (others.length < size - 1) return null;
    const distractors = others.map((e) => ({ text: e.label, value: e.id }));
    return single(index, { id, stem, difficulty, facts: [fact], explanation }, { text: subject.label, value: subject.id }, distractors, random, lastTry);
  });
}

function selectAll(index: PackIndex, fact: Fact, relation: Relation, difficulty: Difficulty, random: Random, size: number): Question | undefined {
  const trueIds = objectsOf(fact) as string[];
  const stem = index.verbaliser.fill(relation.templates.multiple ?? '', { subject: index.entity(fact.subject).label });
  return retry(() => {
    // At least one distractor; when there are more true objects than room, show some of them.
    const keys = sample(random, trueIds, Math.min(trueIds.length, size - 1));
    const pool = entityPool(index, index.entity(keys[0] ?? ''), difficulty, relation.object.type === 'entity' ? relation.object.class : undefined);
    const wrong = drawEntities(random, pool, size - keys.length, (e) => !trueIds.includes(e.id) && index.isFalseObject(fact.subject, relation, e.id));
    if (wrong.length < size - keys.length) return null;
    const options = shuffled(random, [...keys.map((id) => index.entity(id)), ...wrong]);
    const keyPlaces = options.flatMap((e, i) => (keys.includes(e.id) ? [i] : []));
    if (optionFlaw(stem, options.map((e) => e.label), keyPlaces) !== undefined) return undefined;
    const withId = withIds(options.map((e) => ({ text: e.label, value: e.id })));
    return {
      id: `multiple/${fact.id}/${difficulty}`,
      kind: 'multiple',
      stem,
      options: withId,
      answer: keyPlaces.map((i) => withId[i]?.id ?? ''),
      explanation: statement(index, fact, relation, trueIds),
      sources: sourcesOf(index, [fact]),
      facts: [fact.id],
      difficulty,
    };
  });
}

function trueOrFalse(index: PackIndex, fact: Fact, relation: Relation, objects: readonly ObjectValue[], truth: boolean, random: Random): Question | undefined {
  const object = objects[Math.floor(random() * objects.length)] as ObjectValue;
  let shown: ObjectValue = object;
  if (!truth) {
    // A statement made false by a swapped object, never by a "not"; and by one that reads
    // unlike every true object ("elan" for "Élan", "Olympique de Marseille" for
    // "Marseille" would make a false statement that reads as true).
    const truths = objectsOf(fact).map((o) => choiceOf(index, relation, o).text);
    const draw = (n: number): Choice[] =>
      relation.object.type === 'text'
        ? textDistractors(fact.falseObjects ?? [], n, random)
        : distractorsFor(index, fact.subject, relation, object, 'medium', n, random);
    const usable = (c: Choice): boolean => truths.every((t) => !overlaps(t, c.text));
    const [first] = draw(1);
    if (first === undefined) return undefined;
    const swap = usable(first) ? first : draw(SWAP_CANDIDATES).find(usable);
    if (swap === undefined) return undefined;
    shown = swap.value;
  }
  const terms = index.verbaliser.terms;
  return {
    id: `true-false/${fact.id}/${truth ? 'true' : 'false'}`,
    kind: 'true-false',
    stem: terms.trueOrFalse(statement(index, fact, relation, [shown])),
    options: [
      { id: 'a', text: terms.true },
      { id: 'b', text: terms.false },
    ],
    answer: [truth ? 'a' : 'b'],
    explanation: statement(index, fact, relation, objectsOf(fact)),
    sources: sourcesOf(index, [fact]),
    facts: [fact.id],
    difficulty: 'medium',
  };
}

interface TimelineEvent {
  fact: Fact;
  label: string;
  start: number;
  end: number;
  date: string;
}

/** Dated events in time order: facts of one-date relations that the articles date. */
function eventsOf(index: PackIndex): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const fact of index.pack.facts) {
    const relation = index.relation(fact.relation);
    if (relation.object.type !== 'date' || relation.cardinality !== 'one' || fact.object === undefined) continue;
    const span = spanOf(fact.object as DateValue);
    const subject = index.entity(fact.subject).label;
    const label = relation.templates.event === undefined ? capitalise(subject) : index.verbaliser.fill(relation.templates.event, { subject });
    events.push({ fact, label, start: span.start, end: span.end, date: index.verbaliser.date(span) });
  }
  return events.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Days between the closest two events: weeks apart is hard to order, years apart easy. */
function timelineDifficulty(group: readonly TimelineEvent[]): Difficulty {
  let gap = Infinity;
  for (let i = 1; i < group.length; i++) gap = Math.min(gap, (group[i] as TimelineEvent).start - (group[i - 1] as TimelineEvent).end);
  return gap < 60 ? 'hard' : gap < 400 ? 'medium' : 'easy';
}

/**
 * Groups of `size` events that are apart in time and told apart by name: from each
 * event, the next ones `stride` places on, stepping past any that overlap the last taken.
 */
function timelinePlans(index: PackIndex, size: number, plans: Plan[]): void {
  const events = eventsOf(index);
  const seen = new Set<string>();
  for (const stride of [1, 2, 3]) {
    for (let first = 0; first < events.length; first++) {
      const group = [events[first] as TimelineEvent];
      for (let next = first + stride; next < events.length && group.length < size; next += stride) {
        while (next < events.length && (events[next] as TimelineEvent).start <= (group.at(-1) as TimelineEvent).end) next++;
        if (next < events.length) group.push(events[next] as TimelineEvent);
      }
      if (group.length < size || optionFlaw('', group.map((e) => e.label), []) !== undefined) continue;
      const ids = group.map((e) => e.fact.id).join('+');
      if (seen.has(ids)) continue;
      seen.add(ids);
      const difficulty = timelineDifficulty(group);
      const base = { facts: group.map((e) => e.fact.id), topic: 'timeline', difficulty };
      plans.push({ ...base, id: `order/${ids}`, kind: 'order', build: (random) => timeline(index, group, difficulty, random) });
      plans.push({ ...base, id: `single/${ids}/first`, kind: 'single', build: (random) => earliest(index, group, difficulty, random) });
    }
  }
}

function timeline(index: PackIndex, group: readonly TimelineEvent[], difficulty: Difficulty, random: Random): Question {
  // Shown out of order: a list already in time order would give the answer away.
  let order = shuffled(random, group);
  for (let i = 0; i < TRIES && order.every((e, j) => e === group[j]); i++) order = shuffled(random, group);
  if (order.every((e, j) => e === group[j])) order = [...group.slice(1), group[0] as TimelineEvent];
  const options = withIds(order.map((e) => ({ text: e.label, value: e.fact.id })));
  return {
    id: `order/${group.map((e) => e.fact.id).join('+')}`,
    kind: 'order',
    stem: index.verbaliser.terms.orderStem,
    options,
    answer: group.map((e) => options[order.indexOf(e)]?.id ?? ''),
    explanation: index.verbaliser.terms.orderExplanation(group.map((e) => `${e.label} (${e.date})`)),
    sources: sourcesOf(index, group.map((e) => e.fact)),
    facts: group.map((e) => e.fact.id),
    difficulty,
  };
}

function earliest(index: PackIndex, group: readonly TimelineEvent[], difficulty: Difficulty, random: Random): Question | undefined {
  const [first, ...later] = group as [TimelineEvent, ...TimelineEvent[]];
  const choice = (e: TimelineEvent): Choice => ({ text: e.label, value: e.fact.id });
  const terms = index.verbaliser.terms;
  return retry((lastTry) =>
    single(
      index,
      { id: `single/${group.map((e) => e.fact.id).join('+')}/first`, stem: terms.firstStem, difficulty, facts: group.map((e) => e.fact), explanation: terms.firstExplanation(first.label, first.date) },
      choice(first),
      later.map(choice),
      random,
      lastTry,
    ),
  );
}
