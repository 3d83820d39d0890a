/**
 * Which events were already handled. Slack re-sends an event it thinks we missed, and with several replicas
 * (or Socket Mode connections) the retry can reach another process: the claim must be shared to be exactly once.
 */
import type { Logger } from "@slack/bolt";
import type { Redis } from "ioredis";
import { TtlCache } from "../ttl-cache.js";

export type EventDedupe = {
  /** True for the first claim of an event id, false for every later one (a duplicate to drop). */
  claim(eventId: string): Promise<boolean>;
  readonly store: "redis" | "memory";
};

// Slack retries within minutes; an hour is ample and bounds what is kept.
const TTL_SECONDS = 60 * 60;

/**
 * One process's memory: right for a single replica.
 * @example const dedupe = createMemoryDedupe(); await dedupe.claim("Ev1") // true, then false
 */
export function createMemoryDedupe(max = 10_000): EventDedupe {
  const seen = new TtlCache<string, true>({ max, ttlMs: TTL_SECONDS * 1000 });
  return {
    store: "memory",
    async claim(eventId) {
      if (seen.get(eventId)) return false;
      seen.set(eventId, true);
      return true;
    },
  };
}

/**
 * SET key NX EX in Redis: atomic, so of two replicas claiming at once exactly one wins. While Redis is
 * unreachable the process falls back to its own memory (degraded: a retry reaching another replica may be
 * answered twice), which beats dropping or delaying answers.
 * @example const dedupe = createRedisDedupe(redis, logger); await dedupe.claim("Ev1") // true, then false
 */
export function createRedisDedupe(redis: Redis, logger: Logger): EventDedupe {
  const local = createMemoryDedupe();
  return {
    store: "redis",
    async claim(eventId) {
      // A copy this process already saw needs no round trip; the local claim is also the fallback.
      const firstHere = await local.claim(eventId);
      if (!firstHere) return false;
      try {
        return (await redis.set(`sangaku:event:${eventId}`, "1", "EX", TTL_SECONDS, "NX")) === "OK";
      } catch (error) {
        logger.warn("dedupe degraded: Redis unreachable, using this process's memory", {
          event_id: eventId,
          message: (error as Error).message,
        });
        return firstHere;
      }
    },
  };
}
