/**
 * Event claims without Redis, and the Redis store's fallback when Redis is unreachable (no server needed:
 * a port nothing listens on). The shared behaviour is tested against a real server in test/services.
 */
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { createJsonLogger } from "../../../src/slack/logger.js";
import { createMemoryDedupe, createRedisDedupe } from "../../../src/slack/state/event-dedupe.js";
import { createRedisTopics } from "../../../src/slack/state/topic-store.js";

describe("memory dedupe", () => {
  it("lets the first claim of an event id through and refuses every later one", async () => {
    const dedupe = createMemoryDedupe();
    expect([await dedupe.claim("Ev1"), await dedupe.claim("Ev1"), await dedupe.claim("Ev2")]).toEqual([true, false, true]);
  });
});

describe("Redis stores while Redis is unreachable", () => {
  it("still answers: claims and topics fall back to this process's memory, with the degradation logged", async () => {
    const lines: string[] = [];
    const logger = createJsonLogger({ write: (line) => void lines.push(line) });
    // Port 1 refuses connections; no offline queue, so each command fails at once instead of waiting.
    const redis = new Redis("redis://127.0.0.1:1", {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    redis.on("error", () => {});
    const dedupe = createRedisDedupe(redis, logger);
    const topics = createRedisTopics(redis, logger);
    expect([await dedupe.claim("Ev1"), await dedupe.claim("Ev1")]).toEqual([true, false]);
    await topics.set("C1:1.2", { subject: "toshi-area" });
    expect(await topics.get("C1:1.2")).toEqual({ subject: "toshi-area" });
    const messages = lines.map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(messages).toContainEqual(
      expect.objectContaining({ level: "warn", msg: "dedupe degraded: Redis unreachable, using this process's memory" }),
    );
    expect(messages).toContainEqual(
      expect.objectContaining({ level: "warn", msg: "thread topics degraded: Redis unreachable, using this process's memory" }),
    );
    redis.disconnect();
  });
});
