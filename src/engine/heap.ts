/**
 * A binary min-heap of indexes into the caller's tables, under the caller's order, kept
 * in a stretch of a shared Int32Array: a quiz takes its ten questions from the front of a
 * hundred thousand ranked facts without sorting them, nor allocating for each.
 */
export class IndexHeap {
  /**
   * The heap of `items[start]`…`items[start + length - 1]`, which it reorders in place
   * and owns from now on.
   */
  constructor(
    private readonly items: Int32Array,
    private readonly start: number,
    private length: number,
    private readonly before: (a: number, b: number) => boolean,
  ) {
    for (let i = (length >> 1) - 1; i >= 0; i--) this.sink(i);
  }

  /** The first item, or undefined when the heap is empty. */
  peek(): number | undefined {
    return this.length > 0 ? this.items[this.start] : undefined;
  }

  /** Takes the first item away. */
  pop(): void {
    if (this.length === 0) return;
    this.length--;
    this.items[this.start] = this.items[this.start + this.length] as number;
    this.sink(0);
  }

  private sink(from: number): void {
    const { items, start, length, before } = this;
    const item = items[start + from] as number;
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && before(items[start + right] as number, items[start + left] as number) ? right : left;
      const childItem = items[start + child] as number;
      if (!before(childItem, item)) break;
      items[start + at] = childItem;
      at = child;
    }
    items[start + at] = item;
  }
}
