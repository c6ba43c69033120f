/**
 * From a validated pack to a quiz: `generateQuiz` picks `count` questions for a seed,
 * `questionBank` makes every question the engine can.
 */
import type { Pack } from './pack.js';
import { DIFFICULTIES, KINDS, type Difficulty, type Question, type QuestionKind, type Quiz } from './quiz.js';
import { letter } from './display.js';
import { indexPack } from './pack-index.js';
import { type Plan, plansOf } from './plans.js';
import { IndexHeap } from './heap.js';
import { type PackedIds, packIds, randomSource, rankOf, ranksOf, shuffled } from './random.js';
import { containsWords } from './rules.js';
import { foldText } from './text.js';
import { GENERATOR } from './version.js';
import { type ProblemData, problemMessage } from '../locales/problem-types.js';
import { problems as english } from '../locales/en/problems.js';

// The kinds and difficulties sit with the Quiz types, so a player can read them without the generator.
export { DIFFICULTIES, KINDS } from './quiz.js';
export const DEFAULT_SEED = 'fact-quiz';

export interface GenerateQuizOptions {
  /** Same seed, pack and version: the same quiz, byte for byte. Default `fact-quiz`. */
  seed?: string;
  /** Number of questions. Default 10. */
  count?: number;
  /** Kinds of question to use. Default: all four. */
  kinds?: readonly QuestionKind[];
  /** Default `mixed`. */
  difficulty?: Difficulty | 'mixed';
  /** Choices per question (events, for `order`), 3 to 5. Default 4. */
  options?: number;
}

export interface QuestionBankOptions {
  /** Seed of the draws of distractors. Default `fact-quiz`. */
  seed?: string;
  /** Choices per question, 3 to 5. Default 4. */
  options?: number;
}

/** What a `QuizError` says, as data: an option out of range or unknown, or a pack too small. */
export type QuizErrorData = Extract<ProblemData, { code: 'option_out_of_range' | 'option_unknown' | 'too_few_questions' }>;

/**
 * A request the pack can't satisfy, or options out of range: `code` and `params` say
 * which, for each language to word (`problemMessage`); `message` is the English sentence.
 */
export class QuizError extends Error {
  override name = 'QuizError';
  readonly code: QuizErrorData['code'];
  readonly params: QuizErrorData['params'];

  constructor(data: QuizErrorData) {
    super(problemMessage(data, english));
    this.code = data.code;
    this.params = data.params;
  }
}

/** A whole number in [minimum, maximum], else a `QuizError` naming the option. */
function checkRange(option: 'count' | 'options' | 'versions', value: number, minimum: number, maximum?: number): void {
  if (Number.isInteger(value) && value >= minimum && (maximum === undefined || value <= maximum)) return;
  throw new QuizError({ code: 'option_out_of_range', params: { option, value: String(value), minimum, ...(maximum === undefined ? {} : { maximum }) } });
}

/**
 * What every quiz of a pack shares, for one number of options: its plans, and the plans
 * grouped by the facts they ask (a group per fact, a group per timeline), in plan order.
 * Built once per pack object and size; a quiz then only ranks the groups for its seed.
 */
interface QuizTable {
  plans: Plan[];
  groups: FactGroup[];
  /** What each group's seeded rank hashes: `facts:` and its facts' ids joined. */
  rankIds: PackedIds;
  /** 1 / each group's weight: the exponent of its weighted rank. */
  exponents: Float64Array;
  /** The kinds and difficulties of each group's plans, a bit each (`planBit`). */
  masks: Int32Array;
  /** Topics of the groups, and the place of each group's topic in that list. */
  topics: string[];
  topicOf: Int32Array;
  /** Where each topic's groups start in `scratch.lines`: room for all of them. */
  topicStarts: Int32Array;
  /**
   * Working space of one quiz, reused by the next (quizzes are made one at a time): a
   * large pack would otherwise allocate megabytes per quiz, and its garbage collections
   * walk every plan.
   */
  scratch: { ranks: Float64Array<ArrayBuffer>; avoided: Uint8Array; lines: Int32Array };
  byId?: Map<string, Plan>;
}

/** The plans of one fact (or of the facts of one timeline), ranked together. */
interface FactGroup {
  facts: readonly string[];
  topic: string;
  weight: number;
  plans: Plan[];
  mask: number;
  /** The folded quotes of its facts, padded for whole-word containment (worked out when first asked). */
  passages?: readonly string[];
}

const planCache = new WeakMap<Pack, Map<number, Plan[]>>();
const tableCache = new WeakMap<Pack, Map<number, QuizTable>>();

/** Kept per pack object and size, built on first use. */
function cached<T>(cache: WeakMap<Pack, Map<number, T>>, pack: Pack, size: number, make: () => T): T {
  let bySize = cache.get(pack);
  if (bySize === undefined) {
    bySize = new Map();
    cache.set(pack, bySize);
  }
  let value = bySize.get(size);
  if (value === undefined) {
    value = make();
    bySize.set(size, value);
  }
  return value;
}

/** Every plan of the pack: a bank needs no more. */
function cachedPlans(pack: Pack, size: number): Plan[] {
  return cached(planCache, pack, size, () => plansOf(indexPack(pack), size));
}

/** The plans grouped for quizzes. */
function quizTable(pack: Pack, size: number): QuizTable {
  return cached(tableCache, pack, size, () => tableOf(pack, cachedPlans(pack, size)));
}

const DIFFICULTY_LEVELS: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** One bit per kind and difficulty, so a group is matched to a quiz's options in one step. */
function planBit(kind: QuestionKind, difficulty: Difficulty): number {
  return 1 << (KINDS.indexOf(kind) * DIFFICULTY_LEVELS.length + DIFFICULTY_LEVELS.indexOf(difficulty));
}

function wantedMask(kinds: readonly QuestionKind[], difficulty: Difficulty | 'mixed'): number {
  let mask = 0;
  for (const kind of kinds) for (const level of DIFFICULTY_LEVELS) if (difficulty === 'mixed' || difficulty === level) mask |= planBit(kind, level);
  return mask;
}

function tableOf(pack: Pack, plans: Plan[]): QuizTable {
  const weights = new Map(pack.facts.flatMap((f) => (f.weight === undefined ? [] : [[f.id, f.weight] as [string, number]])));
  const groups = new Map<string, FactGroup>();
  for (const plan of plans) {
    const key = plan.facts.join('+');
    let group = groups.get(key);
    if (group === undefined) {
      const weight = plan.facts.length === 1 ? (weights.get(plan.facts[0] as string) ?? 1) : 1;
      group = { facts: plan.facts, topic: plan.topic, weight, plans: [], mask: 0 };
      groups.set(key, group);
    }
    group.plans.push(plan);
    group.mask |= planBit(plan.kind, plan.difficulty);
  }
  const list = [...groups.values()];
  const topics = [...new Set(list.map((g) => g.topic))];
  const place = new Map(topics.map((t, i) => [t, i]));
  const topicOf = Int32Array.from(list, (g) => place.get(g.topic) ?? 0);
  const sizes = new Int32Array(topics.length);
  for (const t of topicOf) sizes[t] = (sizes[t] as number) + 1;
  const topicStarts = new Int32Array(topics.length);
  for (let t = 1; t < topics.length; t++) topicStarts[t] = (topicStarts[t - 1] as number) + (sizes[t - 1] as number);
  return {
    plans,
    groups: list,
    rankIds: packIds([...groups.keys()].map((key) => `facts:${key}`)),
    exponents: Float64Array.from(list, (g) => 1 / g.weight),
    masks: Int32Array.from(list, (g) => g.mask),
    topics,
    topicOf,
    topicStarts,
    scratch: { ranks: new Float64Array(list.length), avoided: new Uint8Array(list.length), lines: new Int32Array(list.length) },
  };
}

function checkSize(size: number): void {
  checkRange('options', size, 3, 5);
}

function quizOf(pack: Pack, seed: string, questions: Question[]): Quiz {
  return { format: 'fact-quiz/quiz@1', pack: { id: pack.id, title: pack.title, lang: pack.lang, asOf: pack.asOf }, seed, generator: GENERATOR, questions };
}

/** The random source of one question: from the seed and the question's id only. */
function build(plan: Plan, seed: string, size: number): Question | undefined {
  const result = plan.build(randomSource(seed, plan.id), size);
  return typeof result === 'string' ? undefined : result;
}

/**
 * Every question the engine can make from the pack: all kinds, difficulties and
 * directions, each drawn once with the seed.
 */
export function questionBank(pack: Pack, options: QuestionBankOptions = {}): Quiz {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.options ?? 4;
  checkSize(size);
  const questions: Question[] = [];
  for (const plan of cachedPlans(pack, size)) {
    const question = build(plan, seed, size);
    if (question !== undefined) questions.push(question);
  }
  return quizOf(pack, seed, questions);
}

/**
 * A question as the rest of a quiz sees it: the answers it rests on (its key and the true
 * objects it asks about, a true/false question's too) and what a reader sees of it before
 * the next (its stem, an order question's events, the quotes shown with its feedback:
 * "July 30, 2020" in a launch-site quote). Worked out once, when the question is asked.
 */
interface Asked {
  question: Question;
  keys: readonly string[];
  shown: string;
}

function askedOf(question: Question, truths: readonly string[]): Asked {
  const keys = question.kind === 'true-false' ? truths : [...truths, ...question.options.filter((o) => question.answer.includes(o.id)).map((o) => o.text)];
  const events = question.kind === 'order' ? question.options.map((o) => o.text) : [];
  return { question, keys, shown: [question.stem, ...events, ...question.sources.map((s) => s.quote)].join(' \n ') };
}

/** True when one question's keys show in what a reader sees of the other. */
function givesAway(a: Asked, b: Asked): boolean {
  return a.keys.some((k) => containsWords(b.shown, k)) || b.keys.some((k) => containsWords(a.shown, k));
}

/**
 * A quiz of `count` questions for a seed: no two on the same fact or giving each
 * other away, taken in turn from each kind and, within a kind, from the topic used least.
 * Throws a `QuizError` when the options are out of range or the pack can't make
 * `count` such questions.
 *
 * @example
 * const quiz = generateQuiz(pack, { seed: 'class-7b', count: 5, kinds: ['single', 'true-false'] });
 */
export function generateQuiz(pack: Pack, options: GenerateQuizOptions = {}): Quiz {
  return select(pack, options, new Set());
}

/** `generateQuiz`, passing over plans on the `avoid` facts until nothing else is left. */
function select(pack: Pack, options: GenerateQuizOptions, avoid: ReadonlySet<string>): Quiz {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.count ?? 10;
  const kinds = options.kinds ?? KINDS;
  const difficulty = options.difficulty ?? 'mixed';
  const size = options.options ?? 4;
  checkSize(size);
  checkRange('count', count, 1);
  const unknownKind = kinds.find((k) => !KINDS.includes(k));
  if (unknownKind !== undefined || kinds.length === 0) throw new QuizError({ code: 'option_unknown', params: { option: 'kinds', value: kinds.join(','), options: [...KINDS] } });
  if (!DIFFICULTIES.includes(difficulty)) throw new QuizError({ code: 'option_unknown', params: { option: 'difficulty', value: difficulty, options: [...DIFFICULTIES] } });

  const picked: Picked = { asked: [], passages: [], facts: new Set(), topicUse: new Map(), kindUse: new Map() };
  const queue = new TopicQueue(pack, quizTable(pack, size), { seed, size, wanted: wantedMask(kinds, difficulty), avoid });
  while (picked.asked.length < count) {
    const asked = queue.take(picked);
    if (asked === undefined) break;
    picked.asked.push(asked);
  }
  const chosen = picked.asked.map((a) => a.question);
  if (chosen.length < count) {
    throw new QuizError({ code: 'too_few_questions', params: { pack: pack.id, made: chosen.length, kinds: [...kinds], difficulty, options: size } });
  }
  return quizOf(pack, seed, chosen);
}

interface Picked {
  asked: Asked[];
  /** Quotes of the facts asked, folded and padded. */
  passages: string[];
  facts: Set<string>;
  topicUse: Map<string, number>;
  kindUse: Map<QuestionKind, number>;
}

interface QueueOptions {
  seed: string;
  size: number;
  /** Bits of the kinds and difficulties asked for (`wantedMask`). */
  wanted: number;
  /** Facts an earlier version used: their groups come last. */
  avoid: ReadonlySet<string>;
}

interface TopicLine {
  topic: string;
  groups: IndexHeap;
}

/**
 * Fact groups by topic, each topic in rank order: the least-asked topic goes next.
 * Each group's place comes from the seed, its facts and its weight, so a new fact moves
 * no other group. Facts are drawn first, by weight, then one of their plans: a fact with
 * many objects or kinds (many plans) is no likelier to be asked than another. Only the
 * front of each topic is ever put in order: a quiz takes a few groups of thousands.
 */
class TopicQueue {
  private readonly lines: TopicLine[];
  private readonly groups: readonly FactGroup[];
  private readonly ranks: Float64Array;
  private readonly avoided: Uint8Array;

  constructor(
    private readonly pack: Pack,
    table: QuizTable,
    private readonly options: QueueOptions,
  ) {
    this.groups = table.groups;
    const { ranks, avoided, lines } = table.scratch;
    this.ranks = ranksOf(options.seed, table.rankIds, ranks);
    this.avoided = avoided.fill(0);
    const { exponents, masks, topicOf, topicStarts } = table;
    const lengths = new Int32Array(table.topics.length);
    for (let i = 0; i < masks.length; i++) {
      if (((masks[i] as number) & options.wanted) === 0) continue;
      // Efraimidis and Spirakis: the key u^(1/w) makes a fact of weight 2 come first about twice as often as one of weight 1; smaller first.
      const exponent = exponents[i] as number;
      ranks[i] = 1 - (exponent === 1 ? (ranks[i] as number) : (ranks[i] as number) ** exponent);
      if (options.avoid.size > 0 && this.groups[i]?.facts.some((f) => options.avoid.has(f)) === true) avoided[i] = 1;
      const topic = topicOf[i] as number;
      lines[(topicStarts[topic] as number) + (lengths[topic] as number)] = i;
      lengths[topic] = (lengths[topic] as number) + 1;
    }
    const before = (a: number, b: number): boolean => this.precedes(a, b);
    // Topics in the order of their first group, as a sorted list of every group would have them.
    this.lines = table.topics
      .map((topic, t) => ({ topic, groups: new IndexHeap(lines, topicStarts[t] as number, lengths[t] as number, before) }))
      .filter((line) => line.groups.peek() !== undefined)
      .sort((a, b) => (before(a.groups.peek() as number, b.groups.peek() as number) ? -1 : 1));
  }

  /** The next question: a group not avoided, of the least-used topic, best ranked; its plan of the least-used kind. */
  take(picked: Picked): Asked | undefined {
    for (;;) {
      let best: { head: number; line: TopicLine; use: number } | undefined;
      for (const line of this.lines) {
        // Groups on facts already asked about are passed over for good.
        let head = line.groups.peek();
        while (head !== undefined && (this.groups[head] as FactGroup).facts.some((f) => picked.facts.has(f))) {
          line.groups.pop();
          head = line.groups.peek();
        }
        if (head === undefined) continue;
        const use = picked.topicUse.get(line.topic) ?? 0;
        if (best === undefined || this.isBefore(head, use, best.head, best.use)) best = { head, line, use };
      }
      if (best === undefined) return undefined;
      best.line.groups.pop();
      const group = this.groups[best.head] as FactGroup;
      // Facts quoting one passage are asked once: the quote shown with one answers the other
      // ("293 million miles (472 million kilometers)" for the miles and the kilometres).
      const passages = this.passagesOf(group);
      if (passages.some((p) => picked.passages.some((q) => p.includes(q) || q.includes(p)))) continue;
      const asked = this.ask(group, picked);
      if (asked === undefined) continue;
      for (const f of group.facts) picked.facts.add(f);
      picked.passages.push(...passages);
      picked.topicUse.set(group.topic, best.use + 1);
      picked.kindUse.set(asked.question.kind, (picked.kindUse.get(asked.question.kind) ?? 0) + 1);
      return asked;
    }
  }

  /** Not avoided before avoided, then the smaller rank, then the earlier group: the order of a stable sort. */
  private precedes(a: number, b: number): boolean {
    const avoidedA = this.avoided[a] as number;
    const avoidedB = this.avoided[b] as number;
    if (avoidedA !== avoidedB) return avoidedA < avoidedB;
    const rankA = this.ranks[a] as number;
    const rankB = this.ranks[b] as number;
    return rankA < rankB || (rankA === rankB && a < b);
  }

  /** Heads of two topics: not avoided first, then the less-used topic, then the smaller rank. */
  private isBefore(a: number, aUse: number, b: number, bUse: number): boolean {
    if (this.avoided[a] !== this.avoided[b]) return this.avoided[a] === 0;
    if (aUse !== bUse) return aUse < bUse;
    return (this.ranks[a] as number) < (this.ranks[b] as number);
  }

  /** The folded quotes of a group's facts, padded for whole-word containment. */
  private passagesOf(group: FactGroup): readonly string[] {
    const index = indexPack(this.pack);
    group.passages ??= group.facts.map((id) => ` ${foldText(index.fact(id)?.quote ?? '')} `);
    return group.passages;
  }

  /** The group's first plan that builds and gives nothing away, least-used kinds first. */
  private ask(group: FactGroup, picked: Picked): Asked | undefined {
    const { seed, size, wanted } = this.options;
    const use = (p: Plan): number => picked.kindUse.get(p.kind) ?? 0;
    const plans = group.plans.filter((p) => (planBit(p.kind, p.difficulty) & wanted) !== 0).map((plan) => ({ plan, rank: rankOf(seed, plan.id) }));
    plans.sort((a, b) => use(a.plan) - use(b.plan) || a.rank - b.rank);
    for (const { plan } of plans) {
      const question = build(plan, seed, size);
      if (question === undefined) continue;
      const asked = askedOf(question, plan.truths());
      if (!picked.asked.some((a) => givesAway(a, asked))) return asked;
    }
    return undefined;
  }
}

export interface GenerateVersionsOptions extends GenerateQuizOptions {
  /** Number of versions, A, B, C…: 1 to 26. */
  versions: number;
  /** Different questions in each version where the pack allows; otherwise the same questions reordered. */
  distinct?: boolean;
}

/**
 * Versions A, B, C… of one quiz for a class. Version A is `generateQuiz` with the seed;
 * version B has the seed `<seed>-B`, and so on. Without `distinct` every version asks
 * version A's questions in its own order with its own draw of options; with it each
 * version prefers facts no earlier version used.
 */
export function generateVersions(pack: Pack, options: GenerateVersionsOptions): Quiz[] {
  const { versions, distinct = false, ...quizOptions } = options;
  checkRange('versions', versions, 1, 26);
  const seed = quizOptions.seed ?? DEFAULT_SEED;
  const first = generateQuiz(pack, quizOptions);
  const result = [first];
  const used = new Set(first.questions.flatMap((q) => q.facts));
  const size = quizOptions.options ?? 4;
  const table = quizTable(pack, size);
  const byId = (table.byId ??= new Map(table.plans.map((plan) => [plan.id, plan])));
  for (let v = 1; v < versions; v++) {
    const versionSeed = `${seed}-${letter(v)}`;
    if (distinct) {
      const quiz = select(pack, { ...quizOptions, seed: versionSeed }, used);
      for (const q of quiz.questions) for (const f of q.facts) used.add(f);
      result.push(quiz);
    } else {
      const questions = first.questions.map((q) => build(byId.get(q.id) as Plan, versionSeed, size) ?? q);
      result.push(quizOf(pack, versionSeed, shuffled(randomSource(versionSeed, 'question-order'), questions)));
    }
  }
  return result;
}
