/**
 * Thread topics in one process's memory (the Redis store is tested against a real server in test/services).
 */
import { describe, expect, it } from "vitest";
import { createMemoryTopics, threadKey } from "../../../src/slack/state/topic-store.js";

describe("memory thread topics", () => {
  it("keys conversations by channel and thread, a DM's top level being one conversation", async () => {
    const topics = createMemoryTopics({ max: 1000, ttlMs: 60 * 60 * 1000 });
    await topics.set(threadKey("C1", "1.2"), { subject: "toshi-area" });
    expect(await topics.get(threadKey("C1", "1.2"))).toEqual({ subject: "toshi-area" });
    expect(await topics.get(threadKey("C1", "1.3"))).toBeUndefined();
    expect(threadKey("D1", undefined)).toBe("D1:");
  });

  it("forgets a thread an hour after its last answer", async () => {
    let now = 0;
    const topics = createMemoryTopics({ now: () => now });
    await topics.set("C1:1.2", { subject: "toshi-area" });
    now = 60 * 60 * 1000;
    expect(await topics.get("C1:1.2")).toBeUndefined();
  });
});
