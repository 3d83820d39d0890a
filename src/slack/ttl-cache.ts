/**
 * A small in-memory map bounded in size (least recently used entries go first) and in age (entries expire).
 * Used for per-thread topics and for the event ids already handled. Hand-written: Map keeps insertion
 * order, so re-inserting on read makes the first key the least recently used one.
 */
export type TtlCacheOptions = { max: number; ttlMs: number; now?: () => number };

export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private readonly now: () => number;

  /** @example new TtlCache<string, number>({ max: 1000, ttlMs: 60 * 60 * 1000 }) */
  constructor(private readonly options: TtlCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The value, or undefined when absent or expired; a hit counts as a use. @example cache.get("C1:1.2") */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores the value for ttlMs from now, evicting the least recently used entries beyond max. @example cache.set("C1:1.2", topic) */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + this.options.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.max) break;
      this.entries.delete(oldest);
    }
  }

  /** Forgets the key. @example cache.delete("C1:1.2") */
  delete(key: K): void {
    this.entries.delete(key);
  }

  /** How many entries are held (expired ones included until they are read or evicted). @example cache.size */
  get size(): number {
    return this.entries.size;
  }
}
