/**
 * The Redis connection replicas share (REDIS_URL). Built to degrade, never to stall or crash: commands fail
 * fast while Redis is away (no offline queue, a short timeout), the client keeps reconnecting in the
 * background, and each loss and recovery is logged once.
 */
import type { Logger } from "@slack/bolt";
import { Redis } from "ioredis";

// A Redis call sits between an event and its answer: past this, answering without it is better.
const COMMAND_TIMEOUT_MS = 500;
const FIRST_CONNECT_WAIT_MS = 2000;

/**
 * Connects (waiting up to 2 s so the first events are deduped across replicas) and resolves either way.
 * @example const redis = await connectRedis("redis://localhost:6379", logger); await redis.set("k", "v")
 */
export async function connectRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  const where = describeRedis(url);
  let up: boolean | undefined;
  redis.on("ready", () => {
    if (up !== true) logger.info("Redis connected: dedupe and thread topics are shared by replicas", { redis: where });
    up = true;
  });
  const markDown = (fields: Record<string, unknown>) => {
    if (up === false) return;
    up = false;
    logger.warn("Redis unreachable: dedupe and thread topics are per process until it is back (REDIS_URL)", { redis: where, ...fields });
  };
  // A refused connection arrives as "error"; a server that went away as "close" (ioredis then reconnects).
  redis.on("error", (error: Error & { code?: string }) => markDown({ code: error.code, message: error.message }));
  redis.on("close", () => markDown({ message: "connection closed" }));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FIRST_CONNECT_WAIT_MS);
    redis.once("ready", () => (clearTimeout(timer), resolve()));
  });
  return redis;
}

/**
 * host:port of a Redis URL, without its password, for logs.
 * @example describeRedis("redis://:secret@cache:6380/0") // "cache:6380"
 */
export function describeRedis(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || "6379"}`;
}
