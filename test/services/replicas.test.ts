/**
 * Two replicas of the app (real HTTP receivers) sharing one real Redis: an event and its retry, each
 * delivered to a different replica, are answered once; a follow-up on the other replica keeps the topic.
 */
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createJsonLogger } from "../../src/slack/logger.js";
import { connectRedis } from "../../src/slack/state/connect-redis.js";
import { createRedisDedupe } from "../../src/slack/state/event-dedupe.js";
import { createRedisTopics } from "../../src/slack/state/topic-store.js";
import { jointResearch2010, jointResearch2011 } from "../slack/support/answers.js";
import { eventually } from "../slack/support/eventually.js";
import { createFakeAnswerer } from "../slack/support/fake-answerer.js";
import { startTestApp, type TestApp } from "../slack/support/test-app.js";
import { mockApi } from "../slack/support/web-api-mock.js";

let redis: Redis;
let replicas: TestApp[] = [];
const logger = createJsonLogger({ write: () => {} });
beforeAll(async () => {
  redis = await connectRedis(inject("redisUrl"), logger);
});
afterAll(() => redis.disconnect());
afterEach(async () => {
  for (const replica of replicas) await replica.stop();
  replicas = [];
  await redis.flushdb();
});

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "app_mention",
  user: "U1",
  text,
  ts: "1700000000.000100",
  channel: "C1",
  event_ts: "1700000000.000100",
  ...extra,
});
const answers = () =>
  createFakeAnswerer({
    "2011年の共同研究件数": jointResearch2011,
    "じゃあ2010年は？": (previous) => (previous ? jointResearch2010 : jointResearch2011),
  });
const startReplica = async (qa = answers()) => {
  const replica = await startTestApp(qa, { dedupe: createRedisDedupe(redis, logger), topics: createRedisTopics(redis, logger) });
  replicas.push(replica);
  return replica;
};

describe("two replicas sharing Redis", () => {
  it("answer an event once when it and its retry reach different replicas at the same time", async () => {
    const [a, b] = [await startReplica(), await startReplica()];
    const posts = mockApi("chat.postMessage");
    await Promise.all([
      a!.sendEvent(mention("<@UBOT> 2011年の共同研究件数"), "EvBoth"),
      b!.sendEvent(mention("<@UBOT> 2011年の共同研究件数"), "EvBoth", { retryNum: 1 }),
    ]);
    await eventually(() =>
      expect([...a!.logs, ...b!.logs].filter((l) => l.msg === "answered" || l.msg === "duplicate event ignored")).toHaveLength(2),
    );
    expect(posts).toHaveLength(1);
  });

  it("answer a retry that reaches the other replica after the first answer, once", async () => {
    const [a, b] = [await startReplica(), await startReplica()];
    const posts = mockApi("chat.postMessage");
    await a!.sendEvent(mention("<@UBOT> 2011年の共同研究件数"), "EvLater");
    await eventually(() => expect(posts).toHaveLength(1));
    await b!.sendEvent(mention("<@UBOT> 2011年の共同研究件数"), "EvLater", { retryNum: 1 });
    await eventually(() =>
      expect(b!.logs.find((l) => l.msg === "duplicate event ignored")).toMatchObject({ event_id: "EvLater", retry_num: 1 }),
    );
    expect(posts).toHaveLength(1);
  });

  it("keep a thread's topic when the follow-up reaches the other replica", async () => {
    const qaB = answers();
    const [a, b] = [await startReplica(), await startReplica(qaB)];
    const posts = mockApi("chat.postMessage");
    await a!.sendEvent(mention("<@UBOT> 2011年の共同研究件数"), "EvTopic1");
    await eventually(() => expect(posts).toHaveLength(1));
    await b!.sendEvent(mention("<@UBOT> じゃあ2010年は？", { ts: "1700000050.000100", thread_ts: "1700000000.000100" }), "EvTopic2");
    await eventually(() => expect(posts).toHaveLength(2));
    expect(qaB.calls).toEqual([{ question: "じゃあ2010年は？", previous: jointResearch2011.topic }]);
    expect(String(posts[1]!.text)).toContain("15,544件");
  });
});
