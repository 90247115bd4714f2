/**
 * A Map that forgets its older half when full, so a cache stays bounded on endless input (a
 * million-line CSV through the CLI). Maps iterate in insertion order, so the first keys are the
 * oldest. A limit of 0 turns the cache off: nothing is stored.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(public limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.limit <= 0) return this;
    if (this.size >= this.limit && !this.has(key)) {
      let drop = Math.ceil(this.limit / 2);
      for (const old of this.keys()) {
        if (drop-- <= 0) break;
        this.delete(old);
      }
    }
    return super.set(key, value);
  }
}
