/**
 * A cache that keeps what was used lately: when a generation is full, a new one starts
 * and the last is kept to draw on. What recurs (a label in thousands of options) stays;
 * what served once (a stem, the axes of a fact already asked) gives way, and a cache
 * that was cleared whole made a large pack redo its recurring work again and again.
 */
export class RecentMemo<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly generation: number) {}

  get(key: K, make: (key: K) => V): V {
    let value = this.recent.get(key);
    if (value === undefined) {
      value = this.older.get(key) ?? make(key);
      if (this.recent.size >= this.generation) {
        this.older = this.recent;
        this.recent = new Map();
      }
      this.recent.set(key, value);
    }
    return value;
  }
}
