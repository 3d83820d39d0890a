/**
 * A Redis outage degrades, never crashes: with its Redis stopped, a replica still answers (logging that
 * dedupe is degraded); once Redis is back, replicas share dedupe again without a restart.
 */
import type { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { createJsonLogger } from "../../src/slack/logger.js";
import { connectRedis } from "../../src/slack/state/connect-redis.js";
import { createRedisDedupe } from "../../src/slack/state/event-dedupe.js";
import { createRedisTopics } from "../../src/slack/state/topic-store.js";
import { jointResearch2011 } from "../slack/support/answers.js";
import { eventually } from "../slack/support/eventually.js";
import { createFakeAnswerer } from "../slack/support/fake-answerer.js";
import { startTestApp, type TestApp } from "../slack/support/test-app.js";
import { mockApi } from "../slack/support/web-api-mock.js";
import { startRedisServer, type RedisServer } from "./support/redis-server.js";

let server: RedisServer | undefined;
let redis: Redis | undefined;
let replicas: TestApp[] = [];
afterEach(async () => {
  for (const replica of replicas) await replica.stop();
  replicas = [];
  redis?.disconnect();
  await server?.stop();
});

const mention = (ts: string) => ({
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> 2011年の共同研究件数",
  ts,
  channel: "C1",
  event_ts: ts,
});

describe("Redis outage", () => {
  it("keeps answering while Redis is down, and shares dedupe again once it is back", async () => {
    server = await startRedisServer();
    const lines: string[] = [];
    const logger = createJsonLogger({ write: (line) => void lines.push(line) });
    redis = await connectRedis(server.url, logger);
    const shared = { dedupe: createRedisDedupe(redis, logger), topics: createRedisTopics(redis, logger) };
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });
    replicas = [await startTestApp(qa, shared), await startTestApp(qa, shared)];
    const [a, b] = replicas;
    const posts = mockApi("chat.postMessage");

    await server.stop();
    await a!.sendEvent(mention("1700000000.000100"), "EvDown");
    await eventually(() => expect(posts).toHaveLength(1));
    const logged = () => lines.map((line) => JSON.parse(line) as { msg: string });
    expect(logged().map((l) => l.msg)).toContain("dedupe degraded: Redis unreachable, using this process's memory");
    expect(logged().map((l) => l.msg)).toContain(
      "Redis unreachable: dedupe and thread topics are per process until it is back (REDIS_URL)",
    );

    server = await startRedisServer(server.port);
    await eventually(() => expect(redis!.status).toBe("ready"));
    await a!.sendEvent(mention("1700000001.000100"), "EvBack");
    await eventually(() => expect(posts).toHaveLength(2));
    await b!.sendEvent(mention("1700000001.000100"), "EvBack", { retryNum: 1 });
    await eventually(() => expect(b!.logs.some((l) => l.msg === "duplicate event ignored")).toBe(true));
    expect(posts).toHaveLength(2);
  });
});
