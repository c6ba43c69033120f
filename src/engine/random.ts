/**
 * The only module that makes random numbers. Everything else takes a `Random` as an
 * argument, so tests can feed known sequences and a seed gives the same quiz anywhere.
 * Alea (from seedrandom) is small, fast and identical in every JavaScript engine;
 * it neither reads nor replaces the global random generator.
 */
import alea from 'seedrandom/lib/alea.js';

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** A random source for `seed`, refined by `parts` (a question id, say). */
export function randomSource(seed: string, ...parts: string[]): Random {
  const prng = alea([seed, ...parts].join('\u241F'));
  return () => prng();
}

/** An integer in [0, n). */
export function randomIndex(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** A new array with the items of `items` in a random order (Fisher-Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * The items of `items` one by one in a random order, drawn lazily: taking a few from
 * a class of thousands of entities costs a few steps, not a copy of the class.
 */
export function* randomOrder<T>(random: Random, items: readonly T[]): Generator<T> {
  const moved = new Map<number, number>();
  for (let left = items.length; left > 0; left--) {
    const j = randomIndex(random, left);
    const last = left - 1;
    yield items[moved.get(j) ?? j] as T;
    moved.set(j, moved.get(last) ?? last);
  }
}

/** Up to `n` distinct items of `items`, in random order. */
export function sample<T>(random: Random, items: readonly T[], n: number): T[] {
  const result: T[] = [];
  for (const item of randomOrder(random, items)) {
    if (result.length >= n) break;
    result.push(item);
  }
  return result;
}

/**
 * A number in [0, 1) fixed by `seed` and `id` alone: ranks thousands of candidates
 * in a seeded order without making a generator for each (FNV-1a, then a murmur3 finaliser).
 */
export function rankOf(seed: string, id: string): number {
  return rankerOf(seed)(id);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * `rankOf` with the seed fixed: the hash of the seed is worked out once, so ranking every
 * fact of a large pack hashes only the ids (the same numbers as `rankOf`, bit for bit).
 */
export function rankerOf(seed: string): (id: string) => number {
  const start = fnv(FNV_OFFSET, `${seed}\u241F`);
  return (id) => finalised(fnv(start, id));
}

/** Ids laid end to end as UTF-16 codes, for ranking them all at once (`ranksOf`). */
export interface PackedIds {
  codes: Uint16Array;
  /** Where each id ends in `codes`; it starts where the one before ends. */
  ends: Uint32Array;
}

export function packIds(ids: readonly string[]): PackedIds {
  const ends = new Uint32Array(ids.length);
  let length = 0;
  ids.forEach((id, i) => (ends[i] = length += id.length));
  const codes = new Uint16Array(length);
  ids.forEach((id, i) => {
    const start = (ends[i] as number) - id.length;
    for (let c = 0; c < id.length; c++) codes[start + c] = id.charCodeAt(c);
  });
  return { codes, ends };
}

/** `rankOf(seed, id)` of every packed id, bit for bit, in one pass over their codes; into `ranks` when given. */
export function ranksOf(seed: string, ids: PackedIds, ranks: Float64Array<ArrayBuffer> = new Float64Array(ids.ends.length)): Float64Array<ArrayBuffer> {
  const start = fnv(FNV_OFFSET, `${seed}\u241F`);
  const { codes, ends } = ids;
  let c = 0;
  for (let i = 0; i < ends.length; i++) {
    let h = start;
    for (const end = ends[i] as number; c < end; c++) {
      h ^= codes[c] as number;
      h = Math.imul(h, FNV_PRIME);
    }
    ranks[i] = finalised(h);
  }
  return ranks;
}

function fnv(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

function finalised(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
