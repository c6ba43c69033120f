/**
 * Question plans: every question the engine can make from a pack, each with a stable
 * id and a `build` that draws its options from a random source. A plan that cannot
 * keep every rule of questions/QUALITY.md with the random draws it gets builds nothing.
 */
import type { DateValue, Fact, NumberValue, ObjectValue, Relation } from './pack.js';
import type { Difficulty, Question, QuestionKind, QuestionSource, QuizOption } from './quiz.js';
import { type PackIndex, classesOf, objectKey, objectsOf } from './pack-index.js';
import { type Random, sample, shuffled } from './random.js';
import { type Choice, difficultiesFor, distractorsFor, drawEntities, entityDifficulties, entityPool, leadingNumber, numberChoice } from './distractors.js';
import { capitalise, spanOf } from './verbalise.js';
import { containsWords, optionFlaw, overlaps, sharesMostWords } from './rules.js';
import { foldText } from './text.js';
import { isNumberValue, isOneSided, numberOf, qualifierOf } from './values.js';

export interface Plan {
  /** The id the question gets: the same fact(s), kind and variant give the same id. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly difficulty: Difficulty;
  /** Ids of the facts the question is made from. */
  readonly facts: readonly string[];
  readonly topic: string;
  /** The texts of the true objects the plan's question asks for: another stem must not show them. */
  truths(): readonly string[];
  /**
   * The question with `size` options (events, for `order`), or, when it can't be made
   * well, the reason in words (the yield report shows it to the pack's author).
   */
  build(random: Random, size: number): Question | string;
}

/** A draw to throw away and redraw, with why; or, `final`, a plan that can't be made. */
interface Flaw {
  reason: string;
  final: boolean;
}
const redraw = (reason: string): Flaw => ({ reason, final: false });
const giveUp = (reason: string): Flaw => ({ reason, final: true });

/** Redraws allowed when a draw breaks a rule (a length cue, say) before a plan gives up. */
const TRIES = 6;
/** Wrong objects drawn for a false statement when the first drawn reads like a true one. */
const SWAP_CANDIDATES = 8;
const OPTION_IDS = 'abcdefghij';

/** Every plan of the pack. Timelines depend on `size`, the number of events to order. */
export function plansOf(index: PackIndex, size: number): Plan[] {
  const plans: Plan[] = [];
  for (const fact of index.pack.facts) factPlans(index, fact, size, plans);
  timelinePlans(index, size, plans);
  return plans;
}

/** A relative date ("last month") can't be answered as a month from the article alone. */
function askable(relation: Relation, value: ObjectValue): boolean {
  if (relation.object.type !== 'date') return true;
  const date = value as DateValue;
  return date.asWritten === undefined || date.precision === 'season';
}

/** "Over 2,000": no other number is provably wrong, so the fact is asked only as a true statement. */
function oneSided(relation: Relation, value: ObjectValue): boolean {
  return relation.object.type === 'number' && isNumberValue(value) && isOneSided(value);
}

function factPlans(index: PackIndex, fact: Fact, size: number, plans: Plan[]): void {
  const relation = index.relation(fact.relation);
  const objects = objectsOf(fact).filter((o) => askable(relation, o));
  if (objects.length === 0) return;
  const words = new FactWords(index, fact, relation, objects);
  const many = objects.length > 1;

  objects.forEach((object, i) => {
    if (oneSided(relation, object)) return;
    const variant = many ? `forward-${String(i + 1)}` : 'forward';
    for (const difficulty of difficultiesFor(index, fact, relation, object, size - 1)) {
      plans.push(new FactPlan(`single/${fact.id}/${variant}/${difficulty}`, 'single', difficulty, words, 'forward', object));
    }
    if (relation.templates.reverse !== undefined && relation.inverse === 'one') {
      const reverseVariant = many ? `reverse-${String(i + 1)}` : 'reverse';
      for (const difficulty of entityDifficulties(index, index.entity(fact.subject), relation.subjectClass)) {
        plans.push(new FactPlan(`single/${fact.id}/${reverseVariant}/${difficulty}`, 'single', difficulty, words, 'reverse', object));
      }
    }
  });

  if (relation.templates.multiple !== undefined && relation.object.type === 'entity') {
    for (const difficulty of entityDifficulties(index, index.entity(objects[0] as string), relation.object.class)) {
      plans.push(new FactPlan(`multiple/${fact.id}/${difficulty}`, 'multiple', difficulty, words, 'multiple', objects[0] as ObjectValue));
    }
  }

  for (const truth of [true, false]) {
    if (!truth && objects.every((o) => oneSided(relation, o))) continue;
    const variant = truth ? 'true' : 'false';
    plans.push(new FactPlan(`true-false/${fact.id}/${variant}`, 'true-false', 'medium', words, variant, objects[0] as ObjectValue));
  }
}

/** How a plan of one fact asks it: one object forward or reverse, all objects, a true or a false statement. */
type FactAsk = 'forward' | 'reverse' | 'multiple' | 'true' | 'false';

/**
 * A plan on one fact. A class rather than an object and a closure each: a large pack
 * has hundreds of thousands of plans, and what they share is kept once, in `FactWords`.
 */
class FactPlan implements Plan {
  readonly facts: readonly string[];
  readonly topic: string;

  constructor(
    readonly id: string,
    readonly kind: QuestionKind,
    readonly difficulty: Difficulty,
    private readonly words: FactWords,
    private readonly ask: FactAsk,
    /** The object asked about, forward or reverse. */
    private readonly object: ObjectValue,
  ) {
    this.facts = words.factIds;
    this.topic = words.topic;
  }

  truths(): readonly string[] {
    return this.words.truths;
  }

  build(random: Random, size: number): Question | string {
    const { words, id, object, difficulty } = this;
    switch (this.ask) {
      case 'forward':
        return forward(words.index, id, words, object, difficulty, random, size);
      case 'reverse':
        return reverse(words.index, id, words, object, difficulty, random, size);
      case 'multiple':
        return selectAll(words.index, words.fact, words.relation, difficulty, random, size);
      default:
        return trueOrFalse(words.index, words, words.objects, this.ask === 'true', random);
    }
  }
}

/**
 * What the plans of one fact share, worked out when a plan first needs it: its stem,
 * its explanation, its objects as options. Each plan (a difficulty, a draw) would
 * otherwise word the fact again.
 */
class FactWords {
  readonly factIds: readonly string[];
  readonly topic: string;
  private questionStem: string | undefined;
  private fullStatement: string | undefined;
  private objectTexts: string[] | undefined;
  private names: string[] | undefined;
  /** Made when first asked: most facts of a large pack are never asked in a quiz. */
  private choices: Map<ObjectValue, Choice> | undefined;

  constructor(
    readonly index: PackIndex,
    readonly fact: Fact,
    readonly relation: Relation,
    /** The objects that can be asked (`askable`). */
    readonly objects: readonly ObjectValue[],
  ) {
    this.factIds = [fact.id];
    this.topic = fact.topic ?? relation.id;
  }

  /**
   * The texts of the true objects, and an entity's other names: "Nixon" in another stem
   * gives away "Richard Nixon".
   */
  get truths(): readonly string[] {
    return (this.names ??= objectsOf(this.fact).flatMap((o) => {
      const entity = this.relation.object.type === 'entity' ? this.index.findEntity(o as string) : undefined;
      return [this.choice(o).text, ...(entity?.aliases ?? [])];
    }));
  }

  /** The forward question: "Where did the summit take place?". */
  get stem(): string {
    return (this.questionStem ??= this.index.verbaliser.fill(this.relation.templates.question, { subject: this.index.entity(this.fact.subject).label }));
  }

  /** The fact with every true object. */
  get explanation(): string {
    return (this.fullStatement ??= statement(this.index, this.fact, this.relation, objectsOf(this.fact)));
  }

  /** Every true object as an option shows it. */
  get truthTexts(): readonly string[] {
    return (this.objectTexts ??= objectsOf(this.fact).map((o) => this.choice(o).text));
  }

  /** One of the fact's objects as an option shows it. */
  choice(object: ObjectValue): Choice {
    this.choices ??= new Map();
    let choice = this.choices.get(object);
    if (choice === undefined) {
      choice = choiceOf(this.index, this.relation, object);
      this.choices.set(object, choice);
    }
    return choice;
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
      return numberChoice(index, relation, value as number | NumberValue);
    case 'date': {
      const span = spanOf(value as DateValue);
      return { text: index.verbaliser.dateOption(span), value, sortKey: span.start };
    }
  }
}

/** An object as a sentence's slot shows it: "on 17 September", "about 80 hours", "Windsor Castle". */
function phraseOf(index: PackIndex, relation: Relation, value: ObjectValue): string {
  if (relation.object.type === 'date') {
    const span = spanOf(value as DateValue);
    return relation.object.preposition === false ? index.verbaliser.date(span) : index.verbaliser.datePhrase(span);
  }
  if (relation.object.type === 'number') {
    const number = value as number | NumberValue;
    return index.verbaliser.number(numberOf(number), relation, undefined, qualifierOf(number));
  }
  return choiceOf(index, relation, value).text;
}

/**
 * The fact as a sentence, with the given objects in the object slot. Several objects
 * take the relation's plural statement, or make one statement each: "X delivered one
 * of the addresses" can't take a list.
 */
function statement(index: PackIndex, fact: Fact, relation: Relation, objects: readonly ObjectValue[]): string {
  const subject = index.entity(fact.subject).label;
  const phrases = objects.map((value) => phraseOf(index, relation, value));
  if (phrases.length === 1 || relation.templates.plural !== undefined) {
    return index.verbaliser.fill(relation.templates.plural !== undefined && phrases.length > 1 ? relation.templates.plural : relation.templates.statement, {
      subject,
      object: index.verbaliser.list(phrases),
    });
  }
  return phrases.map((object) => index.verbaliser.fill(relation.templates.statement, { subject, object })).join(' ');
}

/**
 * What the quiz says of a fact: its forward question's stem (as `forward` words it) and its
 * statement, for the authoring page to show as they are typed. Unused by the player, so
 * the embed's chunks leave it out.
 */
export function wordingOf(index: PackIndex, fact: Fact): { stem: string; statement: string } {
  const relation = index.relation(fact.relation);
  return {
    stem: index.verbaliser.fill(relation.templates.question, { subject: index.entity(fact.subject).label }),
    statement: statement(index, fact, relation, objectsOf(fact)),
  };
}

/** The quotes that support these objects of a fact: each object's own when the fact gives them. */
function quotesFor(fact: Fact, objects: readonly ObjectValue[] | undefined): string[] {
  if (fact.quotes === undefined || objects === undefined) return [fact.quote];
  const all = objectsOf(fact).map(objectKey);
  const quotes = objects.map((o) => fact.quotes?.[all.indexOf(objectKey(o))] ?? fact.quote);
  return [...new Set(quotes)];
}

/** One source entry per quote; `objects` are the objects of the (single) fact the key rests on. */
function sourcesOf(index: PackIndex, facts: readonly Fact[], objects?: readonly ObjectValue[]): QuestionSource[] {
  return facts.flatMap((fact) => {
    const source = index.source(fact.source);
    // Fields in a fixed order, so the JSON of a quiz is the same byte for byte everywhere.
    return quotesFor(fact, objects).map((quote) => ({
      id: source.id,
      title: source.title,
      ...(source.publisher === undefined ? {} : { publisher: source.publisher }),
      ...(source.url === undefined ? {} : { url: source.url }),
      quote,
    }));
  });
}

/**
 * Entities that read alike (a country and a city of one name) get their class in
 * brackets, only when both are options.
 */
function disambiguated(index: PackIndex, choices: readonly Choice[]): readonly Choice[] {
  // Only entities get a class: numbers, dates and texts are left as they are, unfolded.
  if (!choices.some((c) => typeof c.value === 'string' && index.findEntity(c.value) !== undefined)) return choices;
  const folded = choices.map((c) => foldText(c.text));
  // Options nearly always read apart: then there is nothing to count.
  if (new Set(folded).size === folded.length) return choices;
  const counts = new Map<string, number>();
  for (const f of folded) counts.set(f, (counts.get(f) ?? 0) + 1);
  return choices.map((c, i) => {
    if ((counts.get(folded[i] as string) ?? 0) < 2 || typeof c.value !== 'string') return c;
    const entity = index.findEntity(c.value);
    if (entity === undefined) return c;
    const classId = classesOf(entity)[0] as string;
    return { ...c, text: `${c.text} (${index.entityClass(classId)?.label ?? classId})` };
  });
}

function withIds(choices: readonly Choice[]): QuizOption[] {
  return choices.map((choice, i) => ({ id: OPTION_IDS.charAt(i), text: choice.text }));
}

/**
 * Dates and numbers ascend (rule: order and position), texts that all start with a number too ("15 minutes",
 * "45 minutes"); anything else is shuffled so the key's place is uniform.
 */
function arrange(random: Random, choices: readonly Choice[]): Choice[] {
  if (choices.every((c) => c.sortKey !== undefined)) return [...choices].sort((a, b) => (a.sortKey ?? 0) - (b.sortKey ?? 0));
  const numbers = choices.map((c) => leadingNumber(c.text));
  if (numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length) {
    return choices.map((c, i) => ({ c, n: numbers[i] as number })).sort((a, b) => a.n - b.n).map(({ c }) => c);
  }
  return shuffled(random, choices);
}

interface SingleParts {
  id: string;
  stem: string;
  difficulty: Difficulty;
  facts: readonly Fact[];
  explanation: string;
  /** The objects the key rests on, for their own quotes. */
  objects?: readonly ObjectValue[];
}

/**
 * A one-key question from a key and distractors, or the flaw of this draw. Unless
 * `lastTry`, a draw where the key is the single longest option, or the one sharing the
 * most words with the stem, is redrawn too: long labels and labels echoing the question
 * would otherwise make "pick the longest" or "pick the most alike" pay (rules: no length cue, test-wise solvers fail).
 */
function single(index: PackIndex, parts: SingleParts, key: Choice, distractors: Choice[], random: Random, lastTry: boolean): Question | Flaw {
  const options = arrange(random, disambiguated(index, [key, ...distractors]));
  const keyAt = options.findIndex((o) => o.value === key.value);
  const flaw = optionFlaw(parts.stem, options.map((o) => o.text), [keyAt]);
  if (flaw !== undefined) return redraw(flaw);
  const keyText = options[keyAt]?.text ?? key.text;
  // The quiz shows the pack's title: "Which rover landed at Jezero?" under "Perseverance lands on Mars".
  if (containsWords(index.pack.title, keyText)) return giveUp('the key is named in the title of the pack, which the quiz shows');
  const others = options.filter((_, i) => i !== keyAt).map((o) => o.text);
  // Sorted numbers and dates are left as drawn: their length follows their size, and a
  // redraw would move the key away from the top place, a cue of its own.
  const sorted = key.sortKey !== undefined;
  if (!lastTry && !sorted && others.every((d) => d.length < keyText.length)) return redraw('the key is the longest option');
  // Likewise a key that alone shares the most words with the stem ("de", "à" count too):
  // "pick the option most like the question" would otherwise pay (rule: test-wise solvers fail).
  if (!lastTry && sharesMostWords(parts.stem, keyText, others)) return redraw('the key shares the most words with the stem');
  const withId = withIds(options);
  return {
    id: parts.id,
    kind: 'single',
    stem: parts.stem,
    options: withId,
    answer: [withId[keyAt]?.id ?? ''],
    explanation: parts.explanation,
    sources: sourcesOf(index, parts.facts, parts.objects),
    facts: parts.facts.map((f) => f.id),
    difficulty: parts.difficulty,
  };
}

/** Tries `make` a few times: a draw with a flaw is redrawn, not shipped; a final flaw gives up at once. */
function retry(make: (lastTry: boolean) => Question | Flaw): Question | string {
  let reason = '';
  for (let i = 0; i < TRIES; i++) {
    const result = make(i === TRIES - 1);
    if (!isFlaw(result)) return result;
    if (result.final) return result.reason;
    reason = result.reason;
  }
  return `every draw broke a rule (last: ${reason})`;
}

function isFlaw(result: Question | Flaw): result is Flaw {
  return 'reason' in result;
}

/** Why a fact's relation can't give `wanted` wrong answers. */
function shortfall(found: number, wanted: number, relation?: Relation): Flaw {
  if (found === 0 && (relation?.object.type === 'number' || relation?.object.type === 'date')) {
    // A key that can't take every place among sorted options would be found by its place.
    return giveUp(`the key can't have ${String(wanted)} wrong values on each side of it (a bound, the start of a count, or the year when none is shown stops them), so its place would give it away`);
  }
  return giveUp(`only ${String(found)} of the ${String(wanted)} wrong answers needed are provably false here (the relation is not one-valued or closed for them, or they are excluded)`);
}

function forward(index: PackIndex, id: string, words: FactWords, object: ObjectValue, difficulty: Difficulty, random: Random, size: number): Question | string {
  const { fact, relation, stem, explanation } = words;
  const key = words.choice(object);
  return retry((lastTry) => {
    const distractors = distractorsFor(index, fact, relation, object, difficulty, size - 1, random);
    if (distractors === undefined) return redraw('one option alone in its month or year would stand out');
    if (distractors.length < size - 1) return shortfall(distractors.length, size - 1, relation);
    return single(index, { id, stem, difficulty, facts: [fact], explanation, objects: [object] }, key, distractors, random, lastTry);
  });
}

function reverse(index: PackIndex, id: string, words: FactWords, object: ObjectValue, difficulty: Difficulty, random: Random, size: number): Question | string {
  const { fact, relation, explanation } = words;
  const subject = index.entity(fact.subject);
  const objectText = relation.object.type === 'date' ? index.verbaliser.date(spanOf(object as DateValue)) : words.choice(object).text;
  const stem = index.verbaliser.fill(relation.templates.reverse ?? '', { object: objectText });
  return retry((lastTry) => {
    const pool = entityPool(index, subject, difficulty, relation.subjectClass);
    const others = drawEntities(random, pool, size - 1, (e) => e.id !== subject.id && index.isFalseSubject(e.id, relation, object));
    if (others.length < size - 1) return shortfall(others.length, size - 1);
    const distractors = others.map((e) => ({ text: e.label, value: e.id }));
    return single(index, { id, stem, difficulty, facts: [fact], explanation, objects: [object] }, { text: subject.label, value: subject.id }, distractors, random, lastTry);
  });
}

function selectAll(index: PackIndex, fact: Fact, relation: Relation, difficulty: Difficulty, random: Random, size: number): Question | string {
  const trueIds = objectsOf(fact) as string[];
  const stem = index.verbaliser.fill(relation.templates.multiple ?? '', { subject: index.entity(fact.subject).label });
  return retry(() => {
    // At least one distractor; when there are more true objects than room, show some of them.
    const keys = sample(random, trueIds, Math.min(trueIds.length, size - 1));
    const pool = entityPool(index, index.entity(keys[0] ?? ''), difficulty, relation.object.type === 'entity' ? relation.object.class : undefined);
    const isFalse = index.falseObjectTest(fact.subject, relation);
    const wrong = drawEntities(random, pool, size - keys.length, (e) => !trueIds.includes(e.id) && isFalse(e.id));
    if (wrong.length < size - keys.length) return shortfall(wrong.length, size - keys.length);
    const options = disambiguated(index, shuffled(random, [...keys.map((id) => index.entity(id)), ...wrong]).map((e) => ({ text: e.label, value: e.id })));
    const keyPlaces = options.flatMap((o, i) => (keys.includes(o.value as string) ? [i] : []));
    const flaw = optionFlaw(stem, options.map((o) => o.text), keyPlaces);
    if (flaw !== undefined) return redraw(flaw);
    const withId = withIds(options);
    return {
      id: `multiple/${fact.id}/${difficulty}`,
      kind: 'multiple',
      stem,
      options: withId,
      answer: keyPlaces.map((i) => withId[i]?.id ?? ''),
      // The objects shown, not every true one: the explanation and quotes speak of these options.
      explanation: statement(index, fact, relation, keys),
      sources: sourcesOf(index, [fact], keys),
      facts: [fact.id],
      difficulty,
    };
  });
}

function trueOrFalse(index: PackIndex, words: FactWords, objects: readonly ObjectValue[], truth: boolean, random: Random): Question | string {
  const { fact, relation } = words;
  const candidates = truth ? objects : objects.filter((o) => !oneSided(relation, o));
  const object = candidates[Math.floor(random() * candidates.length)] as ObjectValue;
  let shown: ObjectValue = object;
  if (!truth) {
    // A statement made false by a swapped object, never by a "not"; and by one that reads
    // unlike every true object ("elan" for "Élan", "Olympique de Marseille" for
    // "Marseille" would make a false statement that reads as true).
    const truths = words.truthTexts;
    const draw = (n: number): Choice[] => distractorsFor(index, fact, relation, object, 'medium', n, random, false) ?? [];
    const usable = (c: Choice): boolean => truths.every((t) => !overlaps(t, c.text));
    const [first] = draw(1);
    if (first === undefined) return 'no wrong object is provably false for a false statement';
    const swap = usable(first) ? first : draw(SWAP_CANDIDATES).find(usable);
    if (swap === undefined) return 'every provably false object reads like a true one';
    shown = swap.value;
  }
  const terms = index.verbaliser.terms;
  // The true statement of a one-object fact is its explanation, already worded.
  const shownStatement = truth && objectsOf(fact).length === 1 ? words.explanation : statement(index, fact, relation, [shown]);
  return {
    id: `true-false/${fact.id}/${truth ? 'true' : 'false'}`,
    kind: 'true-false',
    stem: terms.trueOrFalse(shownStatement),
    options: [
      { id: 'a', text: terms.true },
      { id: 'b', text: terms.false },
    ],
    answer: [truth ? 'a' : 'b'],
    explanation: words.explanation,
    // A false statement is answered by the fact's main quote, not by the swapped object's.
    sources: sourcesOf(index, [fact], truth ? [object] : undefined),
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

/**
 * Whether the pack's bounds put one fact before another, directly or through others
 * ("the first step after the launch", "the splashdown after the first step").
 */
function boundOrder(index: PackIndex): (earlier: string, later: string) => boolean {
  const reach = new Map<string, Set<string>>();
  const laterThan = (id: string): Set<string> => {
    let found = reach.get(id);
    if (found !== undefined) return found;
    found = new Set();
    reach.set(id, found);
    const successors = (of: string): string[] => {
      const before = index.boundsOf(of)?.before;
      return [...index.followedBy(of), ...(before === undefined ? [] : [before])];
    };
    const stack = successors(id);
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (found.has(next)) continue;
      found.add(next);
      stack.push(...successors(next));
    }
    return found;
  };
  return (earlier, later) => laterThan(earlier).has(later);
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
  const ordered = boundOrder(index);
  for (const stride of [1, 2, 3]) {
    for (let first = 0; first < events.length; first++) {
      const group = [events[first] as TimelineEvent];
      for (let next = first + stride; next < events.length && group.length < size; next += stride) {
        while (next < events.length && (events[next] as TimelineEvent).start <= (group.at(-1) as TimelineEvent).end) next++;
        if (next < events.length) group.push(events[next] as TimelineEvent);
      }
      if (group.length < size || optionFlaw('', group.map((e) => e.label), []) !== undefined) continue;
      // Events the pack itself puts in order ("after the launch") make an order the reader can reason out.
      if (group.some((a) => group.some((b) => ordered(a.fact.id, b.fact.id)))) continue;
      const ids = group.map((e) => e.fact.id).join('+');
      if (seen.has(ids)) continue;
      seen.add(ids);
      const difficulty = timelineDifficulty(group);
      const facts = group.map((e) => e.fact.id);
      plans.push(new TimelinePlan(`order/${ids}`, 'order', difficulty, facts, index, group));
      plans.push(new TimelinePlan(`single/${ids}/first`, 'single', difficulty, facts, index, group));
    }
  }
}

/** A plan on a group of events: put them in order, or pick the first. */
class TimelinePlan implements Plan {
  readonly topic = 'timeline';

  constructor(
    readonly id: string,
    readonly kind: 'order' | 'single',
    readonly difficulty: Difficulty,
    readonly facts: readonly string[],
    private readonly index: PackIndex,
    private readonly group: readonly TimelineEvent[],
  ) {}

  truths(): readonly string[] {
    return [];
  }

  build(random: Random): Question | string {
    return this.kind === 'order' ? timeline(this.index, this.group, this.difficulty, random) : earliest(this.index, this.group, this.difficulty, random);
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

function earliest(index: PackIndex, group: readonly TimelineEvent[], difficulty: Difficulty, random: Random): Question | string {
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
