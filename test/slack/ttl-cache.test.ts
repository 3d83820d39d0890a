import { describe, expect, it } from "vitest";
import { TtlCache } from "../../src/slack/ttl-cache.js";

describe("TtlCache", () => {
  it("evicts the least recently used entry beyond max", () => {
    const cache = new TtlCache<string, number>({ max: 2, ttlMs: 1000, now: () => 0 });
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // "a" is now the most recently used
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, undefined, 3]);
    expect(cache.size).toBe(2);
  });

  it("forgets entries older than the TTL", () => {
    let now = 0;
    const cache = new TtlCache<string, number>({ max: 10, ttlMs: 1000, now: () => now });
    cache.set("a", 1);
    now = 999;
    expect(cache.get("a")).toBe(1);
    now = 1000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
