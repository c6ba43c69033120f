/**
 * Peak memory of the engine on one synthetic pack, in a process of its own so nothing
 * else shares its heap: `node --expose-gc --import tsx test/bench/memory.ts <facts>`
 * prints one JSON line (MemoryFigures). The process makes the pack, validates it, banks
 * it and makes a quiz from it, as the engine benchmark does; `process.resourceUsage()`
 * gives the peak resident set size, the heap is read after a full collection.
 */
import { generateQuiz, questionBank, validatePack } from '../../src/engine/index.js';
import { syntheticPack } from '../packs/synthetic.js';

export interface MemoryFigures {
  facts: number;
  questions: number;
  /** RSS once the modules are loaded, before the pack exists. */
  baselineRssMb: number;
  /** Peak RSS of the whole process (process.resourceUsage().maxRSS). */
  peakRssMb: number;
  /** Live heap holding the pack, then the pack and its bank (after a full GC). */
  packHeapMb: number;
  bankHeapMb: number;
}

const MB = 2 ** 20;

function collect(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with --expose-gc.');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export function memoryFigures(size: number): MemoryFigures {
  const heap0 = collect();
  const baselineRss = process.memoryUsage().rss;
  const pack = syntheticPack({ facts: size });
  const heapPack = collect();
  validatePack(pack);
  const bank = questionBank(pack);
  generateQuiz(pack, { seed: 'memory', count: 10 });
  const heapBank = collect();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return {
    facts: pack.facts.length,
    questions: bank.questions.length,
    baselineRssMb: baselineRss / MB,
    peakRssMb: peakRss / MB,
    packHeapMb: (heapPack - heap0) / MB,
    bankHeapMb: (heapBank - heap0) / MB,
  };
}

if (process.argv[1]?.endsWith('memory.ts') === true) {
  const size = Number(process.argv[2]);
  if (!Number.isInteger(size) || size <= 0) {
    console.error('usage: node --expose-gc --import tsx test/bench/memory.ts <facts>');
    process.exit(2);
  }
  console.log(JSON.stringify(memoryFigures(size)));
}
