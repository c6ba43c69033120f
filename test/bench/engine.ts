/**
 * Engine benchmark (`npm run bench:engine`): a script that prints figures, not a
 * timed test. Validate, bank and quiz on the state-visit pack and on synthetic packs
 * of 1k, 10k and 100k facts; medians of several runs.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { generateQuiz, questionBank, validatePack } from '../../src/engine/index.js';
import type { Pack } from '../../src/engine/index.js';
import { syntheticPack } from '../packs/synthetic.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
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

export interface EngineFigures {
  name: string;
  facts: number;
  validateMs: number;
  bankMs: number;
  bankQuestions: number;
  questionsPerSecond: number;
  quizMs: number;
  peakMemoryMb?: number;
}

/** Figures for one pack. The bank is timed on a fresh copy each run, so no cache helps it. */
export function measure(name: string, pack: Pack, runs: number): EngineFigures {
  const validateMs = time(runs, () => validatePack(pack));
  let bankQuestions = 0;
  const bankMs = time(runs, () => {
    bankQuestions = questionBank(structuredClone(pack)).questions.length;
  });
  // A quiz from a loaded pack: the pack's plans are built once, then each seed is a new quiz.
  generateQuiz(pack, { seed: 'warm-up', count: 10 });
  const quizMs = time(Math.max(runs, 20), (i) => generateQuiz(pack, { seed: `bench-${String(i)}`, count: 10 }));
  return { name, facts: pack.facts.length, validateMs, bankMs, bankQuestions, questionsPerSecond: bankQuestions / (bankMs / 1000), quizMs };
}

export function engineFigures(): { rows: EngineFigures[]; ratio: number } {
  const stateVisit = JSON.parse(readFileSync('questions/state-visit.json', 'utf8')) as Pack;
  const rows = [measure('state-visit', stateVisit, 11)];
  for (const [facts, runs] of [[1_000, 7], [10_000, 5], [100_000, 3]] as const) {
    const before = process.memoryUsage().heapUsed;
    const row = measure(`synthetic ${String(facts / 1000)}k`, syntheticPack({ facts }), runs);
    row.peakMemoryMb = Math.max(0, process.memoryUsage().heapUsed - before) / 2 ** 20;
    rows.push(row);
  }
  const ratio = (rows[3]?.bankMs ?? NaN) / (rows[2]?.bankMs ?? NaN);
  return { rows, ratio };
}

if (process.argv[1]?.endsWith('engine.ts') === true) {
  console.log(`fact-quiz engine benchmark on ${cpus()[0]?.model ?? 'unknown CPU'} (${String(cpus().length)} cores), node ${process.version}`);
  const { rows, ratio } = engineFigures();
  console.log('\npack            facts   validate ms   bank ms   questions   questions/s   10-question quiz ms');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(14)} ${String(r.facts).padStart(6)} ${r.validateMs.toFixed(2).padStart(13)} ${r.bankMs.toFixed(1).padStart(9)} ${String(r.bankQuestions).padStart(11)} ${Math.round(r.questionsPerSecond).toString().padStart(13)} ${r.quizMs.toFixed(3).padStart(21)}`,
    );
  }
  console.log(`\nbank time 100k / 10k: ${ratio.toFixed(2)} (linear growth is 10; the limit is 12)`);
  const quiz = rows[0]?.quizMs ?? NaN;
  const bank100k = rows[3]?.bankMs ?? NaN;
  console.log(`10-question quiz from the loaded state-visit pack: ${quiz.toFixed(3)} ms (target < 2 ms: ${quiz < 2 ? 'met' : 'MISSED'})`);
  console.log(`bank of the 100k-fact pack: ${(bank100k / 1000).toFixed(2)} s (target < 2 s: ${bank100k < 2000 ? 'met' : 'MISSED'})`);
}
