/**
 * The answering threads: the TypeScript worker loads under vitest (plain Node threads) through its .mjs
 * entry, answers with the real core, and a flood beyond the queue bound is refused instead of queued.
 */
import { readdirSync, readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";
import { createJsonLogger } from "../../../src/slack/logger.js";
import { createAnswerPool, type AnswerPool } from "../../../src/slack/pool/answer-pool.js";
import { createMetrics } from "../../../src/slack/service/metrics.js";

const logger = createJsonLogger({ write: () => {} });
const core = createAnswerer();
let pool: AnswerPool;
beforeAll(async () => {
  pool = createAnswerPool({ threads: 1, maxQueue: 100, logger });
  await pool.start();
}, 30_000);
afterAll(async () => pool.close());

describe("answer pool", () => {
  it("answers in a worker thread exactly as the core does in this one, follow-up topic included", async () => {
    const first = await pool.answer("2011年の共同研究件数");
    expect(first).toEqual(core.answer("2011年の共同研究件数"));
    const followUp = await pool.answer("じゃあ2010年は？", { previous: first.topic });
    expect(followUp).toEqual(core.answer("じゃあ2010年は？", { previous: first.topic }));
  });

  it("serves the knowledge overview loaded by the threads, without loading the core here", () => {
    expect(pool.overview()).toEqual(core.overview());
  });

  it.runIf(process.platform === "linux")("runs the answering threads at a lower priority than the thread that acks", () => {
    // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value; the name before it may hold spaces.
    const nices = readdirSync("/proc/self/task").map((tid) =>
      Number(readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]),
    );
    expect(nices).toContain(10);
    expect(getPriority()).toBe(0);
  });

  it("refuses questions beyond the queue bound instead of holding them all, and counts the queue", async () => {
    const metrics = createMetrics();
    const small = createAnswerPool({ threads: 1, maxQueue: 1, logger, metrics });
    await small.start();
    try {
      const settled = await Promise.allSettled(Array.from({ length: 6 }, () => small.answer("共同研究件数の推移")));
      const refused = settled.filter((s) => s.status === "rejected");
      expect(refused.length).toBeGreaterThan(0);
      expect(settled.filter((s) => s.status === "fulfilled").map((s) => s.value.status)).toContain("answered");
      expect(small.queueDepth()).toBe(0);
      expect((await metrics.queueDepth.get()).values[0]?.value).toBe(0);
    } finally {
      await small.close();
    }
  }, 30_000);
});
