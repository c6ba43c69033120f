/**
 * The yield report: what each fact of a pack gives, so that an author sees the facts that
 * make no question, or only true/false ones, and the rule that dropped each question.
 */
import type { Pack } from './pack.js';
import type { Difficulty, QuestionKind } from './quiz.js';
import { indexPack, objectsOf } from './pack-index.js';
import { plansOf } from './plans.js';
import { randomSource } from './random.js';
import { DEFAULT_SEED } from './generate.js';

export interface QuestionCount {
  kind: QuestionKind;
  difficulty: Difficulty;
  count: number;
}

export interface DroppedQuestion {
  /** The id the question would have had. */
  question: string;
  /** The rule it would have broken, or why it can't be made, in words. */
  reason: string;
}

export interface FactYield {
  fact: string;
  made: QuestionCount[];
  dropped: DroppedQuestion[];
  /** Only true/false questions: a fact the author may want to give more to. */
  onlyTrueFalse: boolean;
}

export interface YieldReport {
  pack: string;
  /** Options per question the report was made with. */
  options: number;
  facts: FactYield[];
  /** "Which came first" and ordering questions, made from several dated facts. */
  timelines: { made: number; dropped: DroppedQuestion[] };
  /** Ids of the facts that make no question at all. */
  barren: string[];
}

export interface YieldReportOptions {
  seed?: string;
  /** Options per question, 3 to 5. Default 4. */
  options?: number;
}

/** Every plan of the pack built once with the seed: what each fact makes, and what it can't. */
export function yieldReport(pack: Pack, options: YieldReportOptions = {}): YieldReport {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.options ?? 4;
  const byFact = new Map<string, FactYield>(pack.facts.map((f) => [f.id, { fact: f.id, made: [], dropped: [], onlyTrueFalse: false }]));
  const timelines = { made: 0, dropped: [] as DroppedQuestion[] };
  for (const plan of plansOf(indexPack(pack), size)) {
    const result = plan.build(randomSource(seed, plan.id), size);
    const entry = plan.facts.length === 1 ? byFact.get(plan.facts[0] as string) : undefined;
    if (typeof result === 'string') {
      (entry?.dropped ?? timelines.dropped).push({ question: plan.id, reason: result });
    } else if (entry === undefined) {
      timelines.made++;
    } else {
      const count = entry.made.find((c) => c.kind === plan.kind && c.difficulty === plan.difficulty);
      if (count === undefined) entry.made.push({ kind: plan.kind, difficulty: plan.difficulty, count: 1 });
      else count.count++;
    }
  }
  for (const fact of pack.facts) {
    const entry = byFact.get(fact.id) as FactYield;
    if (entry.made.length === 0 && entry.dropped.length === 0) {
      // No plan at all: every object is a relative date ("last month"), which can't be asked.
      entry.dropped.push({ question: fact.id, reason: `no question is planned: ${objectsOf(fact).length === 0 ? 'it has no object' : 'its dates are relative ("asWritten"), so they are not asked as dates'}` });
    }
    entry.onlyTrueFalse = entry.made.length > 0 && entry.made.every((c) => c.kind === 'true-false');
  }
  const facts = [...byFact.values()];
  return { pack: pack.id, options: size, facts, timelines, barren: facts.filter((f) => f.made.length === 0).map((f) => f.fact) };
}

/** The report as plain text, a block per fact: what an author reads in a terminal. */
export function formatYieldReport(report: YieldReport): string {
  const lines: string[] = [`Yield of pack "${report.pack}" with ${String(report.options)} options per question:`];
  for (const f of report.facts) {
    const made = f.made.reduce((sum, c) => sum + c.count, 0);
    const flag = made === 0 ? '  NO QUESTION' : f.onlyTrueFalse ? '  only true/false' : '';
    lines.push('', `${f.fact}: ${String(made)} question${made === 1 ? '' : 's'}${flag}`);
    if (f.made.length > 0) lines.push(`  made: ${f.made.map((c) => `${c.kind} ${c.difficulty} ×${String(c.count)}`).join(', ')}`);
    for (const d of f.dropped) lines.push(`  dropped ${d.question}: ${d.reason}`);
  }
  lines.push('', `timelines (order, which came first): ${String(report.timelines.made)} made, ${String(report.timelines.dropped.length)} dropped`);
  for (const d of report.timelines.dropped) lines.push(`  dropped ${d.question}: ${d.reason}`);
  const total = report.facts.length;
  lines.push(
    '',
    `${String(total - report.barren.length)} of ${String(total)} facts make questions; ${String(report.facts.filter((f) => f.onlyTrueFalse).length)} only true/false.`,
    report.barren.length === 0 ? 'Every fact makes at least one question.' : `Facts that make no question: ${report.barren.join(', ')}.`,
  );
  return `${lines.join('\n')}\n`;
}
