/**
 * From a validated pack to a quiz: `generateQuiz` picks `count` questions for a seed,
 * `questionBank` makes every question the engine can.
 */
import type { Pack } from './pack.js';
import { DIFFICULTIES, KINDS, type Difficulty, type Question, type QuestionKind, type Quiz } from './quiz.js';
import { letter } from './display.js';
import { indexPack } from './pack-index.js';
import { type Plan, plansOf } from './plans.js';
import { randomSource, rankOf, shuffled } from './random.js';
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

const planCache = new WeakMap<Pack, Map<number, Plan[]>>();

function cachedPlans(pack: Pack, size: number): Plan[] {
  let bySize = planCache.get(pack);
  if (bySize === undefined) {
    bySize = new Map();
    planCache.set(pack, bySize);
  }
  let plans = bySize.get(size);
  if (plans === undefined) {
    plans = plansOf(indexPack(pack), size);
    bySize.set(size, plans);
  }
  return plans;
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

  // Each plan's place comes from the seed, its facts and its own id, so a new fact moves
  // no other plan. Facts are drawn first, by weight, then one of their plans: a fact
  // with many objects or kinds (many plans) is no likelier to be asked than another.
  const weights = factWeights(pack);
  const groups = new Map<string, FactGroup>();
  for (const plan of cachedPlans(pack, size)) {
    if (!kinds.includes(plan.kind) || (difficulty !== 'mixed' && plan.difficulty !== difficulty)) continue;
    const key = plan.facts.join('+');
    let group = groups.get(key);
    if (group === undefined) {
      group = { facts: plan.facts, topic: plan.topic, rank: factsRank(seed, plan.facts, weights), avoided: plan.facts.some((f) => avoid.has(f)), plans: [] };
      groups.set(key, group);
    }
    group.plans.push({ plan, rank: rankOf(seed, plan.id) });
  }
  const queue = new TopicQueue(pack, [...groups.values()].sort((a, b) => Number(a.avoided) - Number(b.avoided) || a.rank - b.rank));

  const picked: Picked = { asked: [], passages: [], facts: new Set(), topicUse: new Map(), kindUse: new Map() };
  while (picked.asked.length < count) {
    const asked = queue.take(seed, size, picked);
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

/** The plans of one fact (or of the facts of one timeline), ranked together. */
interface FactGroup {
  facts: readonly string[];
  topic: string;
  /** The weighted place of the facts: smaller is asked first. */
  rank: number;
  /** On a fact an earlier version used: taken only when nothing else is left. */
  avoided: boolean;
  plans: { plan: Plan; rank: number }[];
}

interface TopicLine {
  groups: FactGroup[];
  next: number;
}

/** Fact groups by topic, each topic in rank order: the least-asked topic goes next. */
class TopicQueue {
  private readonly topics = new Map<string, TopicLine>();

  constructor(
    private readonly pack: Pack,
    groups: readonly FactGroup[],
  ) {
    for (const group of groups) {
      let line = this.topics.get(group.topic);
      if (line === undefined) {
        line = { groups: [], next: 0 };
        this.topics.set(group.topic, line);
      }
      line.groups.push(group);
    }
  }

  /** The next question: a group not avoided, of the least-used topic, best ranked; its plan of the least-used kind. */
  take(seed: string, size: number, picked: Picked): Asked | undefined {
    for (;;) {
      let best: { head: FactGroup; line: TopicLine; use: number } | undefined;
      for (const line of this.topics.values()) {
        // Groups on facts already asked about are passed over for good.
        while (line.next < line.groups.length && (line.groups[line.next] as FactGroup).facts.some((f) => picked.facts.has(f))) line.next++;
        const head = line.groups[line.next];
        if (head === undefined) continue;
        const use = picked.topicUse.get(head.topic) ?? 0;
        if (best === undefined || isBefore(head, use, best.head, best.use)) best = { head, line, use };
      }
      if (best === undefined) return undefined;
      best.line.next++;
      // Facts quoting one passage are asked once: the quote shown with one answers the other
      // ("293 million miles (472 million kilometers)" for the miles and the kilometres).
      const passages = this.passagesOf(best.head);
      if (passages.some((p) => picked.passages.some((q) => p.includes(q) || q.includes(p)))) continue;
      const asked = this.ask(best.head, seed, size, picked);
      if (asked === undefined) continue;
      for (const f of best.head.facts) picked.facts.add(f);
      picked.passages.push(...passages);
      picked.topicUse.set(best.head.topic, best.use + 1);
      picked.kindUse.set(asked.question.kind, (picked.kindUse.get(asked.question.kind) ?? 0) + 1);
      return asked;
    }
  }

  /** The folded quotes of a group's facts, padded for whole-word containment. */
  private passagesOf(group: FactGroup): string[] {
    const index = indexPack(this.pack);
    return group.facts.map((id) => ` ${foldText(index.fact(id)?.quote ?? '')} `);
  }

  /** The group's first plan that builds and gives nothing away, least-used kinds first. */
  private ask(group: FactGroup, seed: string, size: number, picked: Picked): Asked | undefined {
    const use = (p: Plan): number => picked.kindUse.get(p.kind) ?? 0;
    const plans = [...group.plans].sort((a, b) => use(a.plan) - use(b.plan) || a.rank - b.rank);
    for (const { plan } of plans) {
      const question = build(plan, seed, size);
      if (question === undefined) continue;
      const asked = askedOf(question, plan.truths());
      if (!picked.asked.some((a) => givesAway(a, asked))) return asked;
    }
    return undefined;
  }
}

function isBefore(a: FactGroup, aUse: number, b: FactGroup, bUse: number): boolean {
  if (a.avoided !== b.avoided) return !a.avoided;
  if (aUse !== bUse) return aUse < bUse;
  return a.rank < b.rank;
}

const weightCache = new WeakMap<Pack, Map<string, number>>();

/** Each fact's weight (1 unless the pack says otherwise), kept per pack. */
function factWeights(pack: Pack): Map<string, number> {
  let weights = weightCache.get(pack);
  if (weights === undefined) {
    weights = new Map(pack.facts.flatMap((f) => (f.weight === undefined ? [] : [[f.id, f.weight] as [string, number]])));
    weightCache.set(pack, weights);
  }
  return weights;
}

/**
 * A weighted random place for a group of facts (Efraimidis and Spirakis: the key u^(1/w)
 * makes a fact of weight 2 come first about twice as often as one of weight 1); smaller first.
 */
function factsRank(seed: string, facts: readonly string[], weights: Map<string, number>): number {
  const weight = facts.length === 1 ? (weights.get(facts[0] as string) ?? 1) : 1;
  return 1 - rankOf(seed, `facts:${facts.join('+')}`) ** (1 / weight);
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
  const byId = new Map(cachedPlans(pack, size).map((plan) => [plan.id, plan]));
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
