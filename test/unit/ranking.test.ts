/**
 * The fast paths a quiz from a large pack takes give the numbers and the order of the
 * plain ones: every id ranked at once as `rankOf` ranks it alone, and the heap of a
 * topic giving its groups in the order a stable sort would.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IndexHeap } from '../../src/engine/heap.js';
import { packIds, rankOf, ranksOf } from '../../src/engine/random.js';

describe('ranking many ids at once', () => {
  it('gives rankOf of each id, bit for bit, whatever the seed and the characters', () => {
    const ids = ['', 'facts:f1', 'facts:f1+f2+f3', 'événement-ä', 'emoji 🎉', ...Array.from({ length: 500 }, (_, i) => `facts:f${String(i * 7919)}`)];
    for (const seed of ['fact-quiz', '', 'clé ✓', 'class-7b']) {
      const ranks = ranksOf(seed, packIds(ids));
      assert.equal(ranks.length, ids.length);
      ids.forEach((id, i) => {
        assert.equal(ranks[i], rankOf(seed, id), `${seed} / ${id}`);
      });
    }
  });
});

describe('the heap of a topic', () => {
  it('pops in the order of a stable sort by rank, ties by place, in its own stretch of the array', () => {
    const ranks = Array.from({ length: 300 }, (_, i) => rankOf('heap', String(i % 97)));
    const before = (a: number, b: number): boolean => (ranks[a] as number) < (ranks[b] as number) || (ranks[a] === ranks[b] && a < b);
    const items = new Int32Array(310).fill(-1);
    for (let i = 0; i < 300; i++) items[5 + i] = i;
    const heap = new IndexHeap(items, 5, 300, before);
    const popped: number[] = [];
    for (let head = heap.peek(); head !== undefined; head = heap.peek()) {
      popped.push(head);
      heap.pop();
    }
    const sorted = Array.from({ length: 300 }, (_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
    assert.deepEqual(popped, sorted);
    assert.deepEqual([...items.slice(0, 5), ...items.slice(305)], Array(10).fill(-1) as number[]);
  });
});
