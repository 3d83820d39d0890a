/**
 * The Slack service as `npm start` runs it: the answering threads, the shared state (Redis when REDIS_URL is
 * set), the question log (DATA_DIR or DATABASE_URL) with its daily retention, the app and its HTTP server or
 * socket, and a clean stop on SIGTERM/SIGINT.
 */
import type { SlackConfig } from "../config/env.js";
import { openStore, scheduleRetention } from "../store/index.js";
import { createSlackApp, startSlackApp } from "./index.js";
import { createJsonLogger } from "./logger.js";
import { createChartRenderer } from "./chart-renderer.js";
import { createAnswerPool } from "./pool/answer-pool.js";
import { createChartPool } from "./pool/chart-pool.js";
import { cacheAnswers } from "./pool/cache-answers.js";
import { guardProcess } from "./service/guard-process.js";
import type { Health } from "./service/health.js";
import { createMetrics } from "./service/metrics.js";
import { connectRedis } from "./state/connect-redis.js";
import { createRedisDedupe } from "./state/event-dedupe.js";
import { createRedisTopics } from "./state/topic-store.js";
import { warmUpRequests } from "./warm-up-requests.js";

// Charts waiting for the chart thread beyond this are skipped (the text answer is already posted).
const CHARTS_WAITING_MAX = 4;
// The main thread's warm-up (warm-up-requests.ts): 600 mentions, ~1 s of CPU, before the server listens. The
// third pass of 600 mentions through one app cost no less than the second: fewer left code unoptimized.
const WARM_UP = { events: 600, concurrency: 25, timeoutMs: 20_000 };

/**
 * Starts everything; rejects with ConfigError or KnowledgeError (the operator's to fix) before serving.
 * @example await runSlack(loadConfig() as SlackConfig)
 */
export async function runSlack(config: SlackConfig): Promise<void> {
  const logger = createJsonLogger({ level: config.logLevel, secrets: secretsOf(config) });
  guardProcess(logger);
  const metrics = createMetrics({ processMetrics: true });
  // Opened first: an unwritable DATA_DIR or an unreachable database stops the start with its fix (ConfigError).
  const store = await openStore(config.store);
  const stopRetention = scheduleRetention(store, {
    days: config.store.retentionDays,
    onDeleted: (rows) => logger.info("question log retention applied", { deleted_rows: rows, retention_days: config.store.retentionDays }),
    onError: (error) => logger.error("question log retention failed", error),
  });
  const pool = createAnswerPool({ threads: config.answerThreads, maxQueue: config.answerQueueMax, logger, metrics });
  const chartPool = createChartPool();
  // Charts are extras: a chart thread that cannot draw is logged (each chart's failure is, too), never fatal.
  await Promise.all([pool.start(), chartPool.start().catch((error: Error) => logger.warn("chart thread warm-up failed", error))]);
  const charts = createChartRenderer({ maxWaiting: CHARTS_WAITING_MAX, draw: chartPool.draw });
  // Like the answering threads' warm-up, a failure is logged and the start goes on: it only costs speed.
  const warmUpStarted = performance.now();
  if (config.mode === "http")
    await warmUpRequests(config, pool, { ...WARM_UP, logger }).then(
      (answered) =>
        logger.info("request path warmed up", { events: WARM_UP.events, answered, ms: Math.round(performance.now() - warmUpStarted) }),
      (error: Error) => logger.warn("request path warm-up failed", error),
    );
  const redis = config.redisUrl ? await connectRedis(config.redisUrl, logger) : undefined;
  const shared = redis ? { dedupe: createRedisDedupe(redis, logger), topics: createRedisTopics(redis, logger) } : {};
  const health: Health = { slack: "starting", queueDepth: pool.queueDepth, ...(redis ? { redis: () => redis.status } : {}) };
  const slack = createSlackApp(config, {
    qa: cacheAnswers(pool, config.answerCacheMax),
    logger,
    metrics,
    health,
    store,
    charts,
    ...shared,
  });
  const running = await startSlackApp(slack, config);
  logger.info("answering threads ready", {
    threads: config.answerThreads,
    queue_max: config.answerQueueMax,
    cache_max: config.answerCacheMax,
    shared_state: redis ? "redis" : "memory",
    question_log: config.store.databaseUrl ? "postgres" : "sqlite",
  });
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    try {
      await running.stop();
      await pool.close();
      await chartPool.close();
      stopRetention();
      await store.close();
      redis?.disconnect();
      process.exit(0);
    } catch (error) {
      logger.error("shutdown failed", error instanceof Error ? error : new Error(String(error)));
      process.exit(1);
    }
  };
  process.once("SIGTERM", (signal) => void stop(signal));
  process.once("SIGINT", (signal) => void stop(signal));
}

function secretsOf(config: SlackConfig): string[] {
  return [
    config.botToken,
    config.mode === "http" ? config.signingSecret : config.appToken,
    ...(config.mode === "socket" && config.signingSecret ? [config.signingSecret] : []),
  ];
}
