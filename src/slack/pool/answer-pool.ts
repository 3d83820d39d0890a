/**
 * Answers computed off the request path: a bounded pool of worker threads (piscina), each loading the core
 * once. The main thread only reads requests, acks, renders and posts, so an answer that takes 270 ms of CPU
 * delays no ack. A flood queues up to `maxQueue` questions; beyond that a question is refused at once
 * (the user gets an apology) instead of memory growing without bound.
 */
import type { Logger } from "@slack/bolt";
import { Piscina } from "piscina";
import { KnowledgeError } from "../../knowledge/knowledge-error.js";
import type { Answer, AskOptions, KnowledgeOverview } from "../../qa/index.js";
import type { SlackMetrics } from "../service/metrics.js";
import type { AnswerTask, AnswerTaskResult } from "./answer-worker.js";
import type { AnswerSource } from "./answer-source.js";
import { workerUrl } from "./worker-url.js";

export type AnswerPool = AnswerSource & {
  /** Starts the threads and loads the core in each; rejects with KnowledgeError when a knowledge file is bad. */
  start(): Promise<void>;
  close(): Promise<void>;
  /** Questions waiting for a thread. */
  queueDepth(): number;
};

export type AnswerPoolOptions = { threads: number; maxQueue: number; logger: Logger; metrics?: SlackMetrics };

// A question that waited this long is logged as a warning: the pool is too small for the load.
const SLOW_WAIT_MS = 1000;
const WORKER = workerUrl("answer-worker", import.meta.url);
// Warm-up rounds are cheap once a thread is warm; a pool whose threads keep dying is not waited for forever.
const WARM_UP_ROUNDS_MAX = 8;

/**
 * @example const pool = createAnswerPool({ threads: 1, maxQueue: 1000, logger }); await pool.start();
 * (await pool.answer("2011年の共同研究件数")).status // "answered"
 */
export function createAnswerPool(options: AnswerPoolOptions): AnswerPool {
  const { logger, metrics } = options;
  // Threads start with the pool and stay: loading the core takes about a second, never on a user's time.
  // stricterFIFO: by default piscina puts a task it could not hand out at the back of the queue, which under
  // load left some questions waiting 5–7 s while p50 was 70 ms (measured; see docs/operations.md).
  const piscina = new Piscina<AnswerTask, AnswerTaskResult>({
    filename: WORKER,
    minThreads: options.threads,
    maxThreads: options.threads,
    maxQueue: options.maxQueue,
    idleTimeout: Infinity,
    stricterFIFO: true,
  });
  let overview: KnowledgeOverview | undefined;
  const run = async (task: AnswerTask): Promise<AnswerTaskResult> => {
    const queuedAt = performance.now();
    metrics?.queueDepth.set(piscina.queueSize + 1);
    try {
      return await piscina.run(task);
    } finally {
      const waitMs = Math.round(performance.now() - queuedAt);
      metrics?.queueDepth.set(piscina.queueSize);
      if (waitMs >= SLOW_WAIT_MS) logger.warn("answer queue is slow", { queue_depth: piscina.queueSize, wait_ms: waitMs });
      else logger.debug("answer computed", { queue_depth: piscina.queueSize, wait_ms: waitMs });
    }
  };
  return {
    async start() {
      // Not through run(): this first task waits for the threads to load the core, which is no queue wait.
      const first = await piscina.run({ kind: "overview" });
      if ("problems" in first) throw new KnowledgeError(first.problems);
      overview = first as KnowledgeOverview;
      // Warm-up: each thread answers the core's warm-up questions (every intent's examples and option templates
      // over the programs) before the server listens, so that the first users do not pay for V8 compiling the
      // core (without it, the first answers of a fresh process came after 1.4 s, and the first few hundred
      // questions cost about twice the CPU). piscina cannot address a thread, so rounds of one task per thread
      // run until every thread has reported itself warm (a warm thread answers again at once).
      const warmThreads = new Set<number>();
      for (let round = 0; warmThreads.size < options.threads && round < WARM_UP_ROUNDS_MAX; round += 1) {
        const results = await Promise.all(Array.from({ length: options.threads }, () => piscina.run({ kind: "warm-up" })));
        for (const result of results) if ("warmThread" in result) warmThreads.add(result.warmThread);
      }
    },
    async answer(question: string, ask: AskOptions = {}): Promise<Answer> {
      const result = await run({ kind: "answer", question, ...(ask.previous ? { previous: ask.previous } : {}) });
      if ("problems" in result) throw new KnowledgeError(result.problems);
      return result as Answer;
    },
    overview() {
      if (!overview) throw new Error("the answer pool was not started");
      return overview;
    },
    queueDepth: () => piscina.queueSize,
    close: () => piscina.destroy(),
  };
}
