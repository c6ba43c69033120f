/**
 * A binary min-heap of numbers (indexes into the caller's tables) under the caller's
 * order: a quiz takes its ten questions from the front of a hundred thousand ranked
 * facts without sorting them all.
 */
export class IndexHeap {
  private readonly items: number[];

  /** `items` become the heap's (the array is reordered in place). */
  constructor(
    items: number[],
    private readonly before: (a: number, b: number) => boolean,
  ) {
    this.items = items;
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.sink(i);
  }

  /** The first item, or undefined when the heap is empty. */
  peek(): number | undefined {
    return this.items[0];
  }

  /** Takes the first item away. */
  pop(): void {
    const last = this.items.pop();
    if (last === undefined || this.items.length === 0) return;
    this.items[0] = last;
    this.sink(0);
  }

  private sink(from: number): void {
    const items = this.items;
    const item = items[from] as number;
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && this.before(items[right] as number, items[left] as number) ? right : left;
      if (!this.before(items[child] as number, item)) break;
      items[at] = items[child] as number;
      at = child;
    }
    items[at] = item;
  }
}
