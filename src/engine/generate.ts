/**
 * From a validated pack to a quiz: `generateQuiz` picks `count` questions for a seed,
 * `questionBank` makes every question the engine can.
 */
import type { Pack } from './pack.js';
import type { Difficulty, Question, QuestionKind, Quiz } from './quiz.js';
import { indexOf } from './pack-index.js';
import { type Plan, plansOf } from './questions.js';
import { randomSource, rankOf, shuffled } from './random.js';
import { containsWords } from './rules.js';
import { GENERATOR } from './version.js';

export const KINDS: readonly QuestionKind[] = ['single', 'multiple', 'true-false', 'order'];
export const DIFFICULTIES: readonly (Difficulty | 'mixed')[] = ['easy', 'medium', 'hard', 'mixed'];
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

/** A request the pack can't satisfy, or options out of range: the message says which. */
export class QuizError extends Error {
  override name = 'QuizError';
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
    plans = plansOf(indexOf(pack), size);
    bySize.set(size, plans);
  }
  return plans;
}

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 3 || size > 5) throw new QuizError(`options must be a whole number from 3 to 5, not ${String(size)}.`);
}

function quizOf(pack: Pack, seed: string, questions: Question[]): Quiz {
  return { format: 'fact-quiz/quiz@1', pack: { id: pack.id, title: pack.title, lang: pack.lang }, seed, generator: GENERATOR, questions };
}

/** The random source of one question: from the seed and the question's id only. */
function build(plan: Plan, seed: string, size: number): Question | undefined {
  return plan.build(randomSource(seed, plan.id), size);
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

/** True when one question's key shows in the other's stem. */
function givesAway(a: Question, b: Question): boolean {
  const keys = (q: Question): string[] => (q.kind === 'true-false' ? [] : q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text));
  return keys(a).some((k) => containsWords(b.stem, k)) || keys(b).some((k) => containsWords(a.stem, k));
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
  if (!Number.isInteger(count) || count < 1) throw new QuizError(`count must be a whole number of at least 1, not ${String(count)}.`);
  const unknownKind = kinds.find((k) => !KINDS.includes(k));
  if (unknownKind !== undefined || kinds.length === 0) throw new QuizError(`kinds must be some of ${KINDS.join(', ')}, not "${kinds.join(',')}".`);
  if (!DIFFICULTIES.includes(difficulty)) throw new QuizError(`difficulty must be one of ${DIFFICULTIES.join(', ')}, not "${difficulty}".`);

  // Each plan's place comes from the seed and its own id, so a new fact moves no other plan.
  const ranked = cachedPlans(pack, size)
    .filter((p) => kinds.includes(p.kind) && (difficulty === 'mixed' || p.difficulty === difficulty))
    .map((plan) => ({ plan, rank: rankOf(seed, plan.id), avoided: plan.facts.some((f) => avoid.has(f)) }))
    .sort((a, b) => Number(a.avoided) - Number(b.avoided) || a.rank - b.rank);
  // One queue per kind asked for, in KINDS order, each keeping the ranked order.
  const queues = new Map(KINDS.filter((k) => kinds.includes(k)).map((kind) => [kind, new KindQueue()]));
  for (const r of ranked) queues.get(r.plan.kind)?.add(r);
  const turns = [...queues.values()];

  const picked: Picked = { questions: [], facts: new Set(), topicUse: new Map() };
  let progress = true;
  while (picked.questions.length < count && progress) {
    progress = false;
    for (const queue of turns) {
      if (picked.questions.length === count) break;
      const question = queue.take(seed, size, picked);
      if (question !== undefined) {
        picked.questions.push(question);
        progress = true;
      }
    }
  }
  const chosen = picked.questions;
  if (chosen.length < count) {
    throw new QuizError(
      `The pack "${pack.id}" can make only ${String(chosen.length)} independent questions of the kinds ${kinds.join(', ')} at difficulty ${difficulty} with ${String(size)} options; ask for ${String(chosen.length)} or fewer, or allow more kinds.`,
    );
  }
  return quizOf(pack, seed, chosen);
}

interface Picked {
  questions: Question[];
  facts: Set<string>;
  topicUse: Map<string, number>;
}

interface Ranked {
  plan: Plan;
  rank: number;
  /** On a fact an earlier version used: taken only when nothing else is left. */
  avoided: boolean;
}

interface TopicQueue {
  plans: Ranked[];
  next: number;
}

/** The plans of one kind, by topic, each topic in rank order. */
class KindQueue {
  private readonly topics = new Map<string, TopicQueue>();

  /** Adds the next plan in rank order. */
  add(r: Ranked): void {
    let topic = this.topics.get(r.plan.topic);
    if (topic === undefined) {
      topic = { plans: [], next: 0 };
      this.topics.set(r.plan.topic, topic);
    }
    topic.plans.push(r);
  }

  /** The plan to ask next: not avoided, then of the least-used topic, then best ranked; built. */
  take(seed: string, size: number, picked: Picked): Question | undefined {
    for (;;) {
      let best: { head: Ranked; topic: TopicQueue; use: number } | undefined;
      for (const topic of this.topics.values()) {
        // Plans on facts already asked about are passed over for good.
        while (topic.next < topic.plans.length && (topic.plans[topic.next] as Ranked).plan.facts.some((f) => picked.facts.has(f))) topic.next++;
        const head = topic.plans[topic.next];
        if (head === undefined) continue;
        const use = picked.topicUse.get(head.plan.topic) ?? 0;
        if (best === undefined || isBefore(head, use, best.head, best.use)) best = { head, topic, use };
      }
      if (best === undefined) return undefined;
      best.topic.next++;
      const plan = best.head.plan;
      const question = build(plan, seed, size);
      if (question === undefined || picked.questions.some((q) => givesAway(q, question))) continue;
      for (const f of plan.facts) picked.facts.add(f);
      picked.topicUse.set(plan.topic, best.use + 1);
      return question;
    }
  }
}

function isBefore(a: Ranked, aUse: number, b: Ranked, bUse: number): boolean {
  if (a.avoided !== b.avoided) return !a.avoided;
  if (aUse !== bUse) return aUse < bUse;
  return a.rank < b.rank;
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
  if (!Number.isInteger(versions) || versions < 1 || versions > 26) throw new QuizError(`versions must be a whole number from 1 to 26, not ${String(versions)}.`);
  const seed = quizOptions.seed ?? DEFAULT_SEED;
  const first = generateQuiz(pack, quizOptions);
  const result = [first];
  const used = new Set(first.questions.flatMap((q) => q.facts));
  const size = quizOptions.options ?? 4;
  const byId = new Map(cachedPlans(pack, size).map((plan) => [plan.id, plan]));
  for (let v = 1; v < versions; v++) {
    const versionSeed = `${seed}-${String.fromCharCode(65 + v)}`;
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
