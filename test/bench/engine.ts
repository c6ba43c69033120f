/**
 * Engine benchmark (`npm run bench:engine`): a script that prints figures, not a
 * timed test. Validate, index, first and next quizzes, and bank on the state-visit pack
 * and on synthetic packs of 1k, 10k and 100k facts; medians of several runs.
 * `--no-memory` skips the child processes that measure peak memory; `--runs N` sets
 * the least number of timed runs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateQuiz, questionBank, validatePack } from '../../src/engine/index.js';
import type { Pack } from '../../src/engine/index.js';
import { indexPack } from '../../src/engine/pack-index.js';
import { syntheticPack } from '../packs/synthetic.js';
import type { MemoryFigures } from './memory.js';

/** The median of the finite values; NaN when there is none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(runs: number, task: (i: number) => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task(i);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Time the quiz figure may take per pack, past the runs asked for. */
const QUIZ_BUDGET_MS = 5_000;
/** Seeds behind the figure of the next quizzes, when they fit in QUIZ_BUDGET_MS. */
const NEXT_QUIZZES = 20;

export interface EngineFigures {
  name: string;
  facts: number;
  validateMs: number;
  /** `indexPack` on a fresh copy of the pack: the lookups every quiz shares. */
  indexMs: number;
  /** The first 10-question quiz from a fresh, indexed copy: it also plans every question of the pack. */
  firstQuizMs: number;
  bankMs: number;
  bankQuestions: number;
  questionsPerSecond: number;
  /** A 10-question quiz from the loaded pack (indexed and planned), median over seeds. */
  quizMs: number;
  /** Timed quizzes (one seed each) behind quizMs. */
  quizRuns: number;
  /** Peak RSS above the baseline of a process doing only this pack's work (test/bench/memory.ts). */
  peakMemoryMb?: number;
  memory?: MemoryFigures;
}

/** Figures for one pack. The bank is timed on a fresh copy each run, so no cache helps it. */
export function measure(name: string, pack: Pack, runs: number): EngineFigures {
  const validateMs = time(runs, () => validatePack(pack));
  // Index and first quiz on fresh copies, so no cache of an earlier run helps them.
  const copies = Array.from({ length: runs }, () => structuredClone(pack));
  const indexMs = time(runs, (i) => indexPack(copies[i] as Pack));
  const firstQuizMs = time(runs, (i) => generateQuiz(copies[i] as Pack, { seed: 'first', count: 10 }));
  copies.length = 0;
  let bankQuestions = 0;
  const bankMs = time(runs, () => {
    bankQuestions = questionBank(structuredClone(pack)).questions.length;
  });
  // A quiz from a loaded pack: the pack is indexed and planned once, then each seed is a new quiz.
  // 20 seeds, or fewer (never under `runs`) where 20 would take more than QUIZ_BUDGET_MS.
  generateQuiz(pack, { seed: 'warm-up', count: 10 });
  const warmUp = performance.now();
  generateQuiz(pack, { seed: 'warm-up-2', count: 10 });
  const quizRuns = Math.max(runs, Math.min(NEXT_QUIZZES, Math.floor(QUIZ_BUDGET_MS / (performance.now() - warmUp))));
  const quizMs = time(quizRuns, (i) => generateQuiz(pack, { seed: `bench-${String(i)}`, count: 10 }));
  return { name, facts: pack.facts.length, validateMs, indexMs, firstQuizMs, bankMs, bankQuestions, questionsPerSecond: bankQuestions / (bankMs / 1000), quizMs, quizRuns };
}

/**
 * Memory of one synthetic pack's work, measured in a child process: the heap of this
 * one holds the other packs and whatever ran before, and its peak can't be read.
 */
export function memoryOf(facts: number): MemoryFigures {
  const script = fileURLToPath(new URL('memory.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, String(facts)], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '') as MemoryFigures;
}

export interface EngineOptions {
  /** At least this many timed runs of each figure (default: 11, 7, 5, 3 from the smallest pack up). */
  minRuns?: number;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Measure peak memory in child processes (default true). */
  memory?: boolean;
}

export function engineFigures(options: EngineOptions = {}): { rows: EngineFigures[]; ratio: number } {
  const least = options.minRuns ?? 0;
  const stateVisit = JSON.parse(readFileSync('questions/state-visit.json', 'utf8')) as Pack;
  const rows = [measure('state-visit', stateVisit, Math.max(11, least))];
  options.log?.(`  state-visit: 10-question quiz ${(rows[0]?.quizMs ?? NaN).toFixed(3)} ms`);
  for (const [facts, runs] of [[1_000, 7], [10_000, 5], [100_000, 3]] as const) {
    const row = measure(`synthetic ${String(facts / 1000)}k`, syntheticPack({ facts }), Math.max(runs, least));
    if (options.memory !== false) {
      row.memory = memoryOf(facts);
      row.peakMemoryMb = row.memory.peakRssMb - row.memory.baselineRssMb;
    }
    rows.push(row);
    options.log?.(`  ${row.name}: next quiz ${row.quizMs.toFixed(1)} ms, bank ${row.bankMs.toFixed(0)} ms, peak memory +${row.peakMemoryMb?.toFixed(0) ?? '?'} MB`);
  }
  const ratio = (rows[3]?.bankMs ?? NaN) / (rows[2]?.bankMs ?? NaN);
  return { rows, ratio };
}

if (process.argv[1]?.endsWith('engine.ts') === true) {
  console.log(`fact-quiz engine benchmark on ${cpus()[0]?.model ?? 'unknown CPU'} (${String(cpus().length)} cores), node ${process.version}`);
  const runsAt = process.argv.indexOf('--runs');
  const minRuns = runsAt > 0 ? Number(process.argv[runsAt + 1]) : undefined;
  const { rows, ratio } = engineFigures({ memory: !process.argv.includes('--no-memory'), minRuns, log: (line) => {
    console.log(line);
  } });
  console.log('\npack            facts   validate ms   index ms   first quiz ms   next quiz ms (seeds)    bank ms   questions   questions/s   peak memory MB');
  for (const r of rows) {
    const next = `${r.quizMs.toFixed(2)} (${String(r.quizRuns)})`;
    console.log(
      `${r.name.padEnd(14)} ${String(r.facts).padStart(6)} ${r.validateMs.toFixed(2).padStart(13)} ${r.indexMs.toFixed(1).padStart(10)} ${r.firstQuizMs.toFixed(1).padStart(15)} ${next.padStart(22)} ${r.bankMs.toFixed(1).padStart(10)} ${String(r.bankQuestions).padStart(11)} ${Math.round(r.questionsPerSecond).toString().padStart(13)} ${(r.peakMemoryMb === undefined ? '' : r.peakMemoryMb.toFixed(0)).padStart(16)}`,
    );
  }
  console.log('index: indexPack on a fresh copy; first quiz: a 10-question quiz from that indexed copy (it plans the pack); next quiz: median over seeds, pack already indexed and planned');
  console.log('peak memory: peak RSS above the baseline of a process doing only that pack (test/bench/memory.ts)');
  console.log(`\nbank time 100k / 10k: ${ratio.toFixed(2)} (linear growth is 10; the limit is 12)`);
  const quiz = rows[0]?.quizMs ?? NaN;
  const bank100k = rows[3]?.bankMs ?? NaN;
  console.log(`10-question quiz from the loaded state-visit pack: ${quiz.toFixed(3)} ms (target < 2 ms: ${quiz < 2 ? 'met' : 'MISSED'})`);
  console.log(`bank of the 100k-fact pack: ${(bank100k / 1000).toFixed(2)} s (target < 2 s: ${bank100k < 2000 ? 'met' : 'MISSED'})`);
  const next100k = rows[3]?.quizMs ?? NaN;
  console.log(`10-question quiz from the indexed 100k-fact pack: ${next100k.toFixed(2)} ms (target < 20 ms: ${next100k < 20 ? 'met' : 'MISSED'})`);
}
