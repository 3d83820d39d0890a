/**
 * Threads as conversations: the last Topic answered in each thread, so that a follow-up (じゃあ2010年は？)
 * is passed to the core as `previous`. In Redis when replicas share one, else in this process's memory.
 */
import type { Logger } from "@slack/bolt";
import type { Redis } from "ioredis";
import type { Topic } from "../../qa/index.js";
import { TtlCache } from "../ttl-cache.js";

export type TopicStore = {
  get(key: string): Promise<Topic | undefined>;
  set(key: string, topic: Topic): Promise<void>;
};

// One hour since the last answer: a thread picked up the next day starts afresh.
const TTL_SECONDS = 60 * 60;

/**
 * The store with the bot's limits: 1,000 threads, one hour since the last answer.
 * @example const topics = createMemoryTopics(); await topics.set(threadKey("C1", "1.2"), answer.topic)
 */
export function createMemoryTopics(options: { max?: number; ttlMs?: number; now?: () => number } = {}): TopicStore {
  const cache = new TtlCache<string, Topic>({
    max: options.max ?? 1000,
    ttlMs: options.ttlMs ?? TTL_SECONDS * 1000,
    ...(options.now ? { now: options.now } : {}),
  });
  return { get: async (key) => cache.get(key), set: async (key, topic) => cache.set(key, topic) };
}

/**
 * Topics as JSON under sangaku:topic:<thread>, expiring an hour after the last answer. A Redis failure
 * falls back to this process's memory: the follow-up may lose its context, the answer is still given.
 * @example const topics = createRedisTopics(redis, logger); await topics.get(threadKey("C1", "1.2"))
 */
export function createRedisTopics(redis: Redis, logger: Logger): TopicStore {
  const local = createMemoryTopics();
  const redisKey = (key: string) => `sangaku:topic:${key}`;
  return {
    async get(key) {
      try {
        const stored = await redis.get(redisKey(key));
        return stored ? (JSON.parse(stored) as Topic) : undefined;
      } catch (error) {
        logger.warn("thread topics degraded: Redis unreachable, using this process's memory", {
          thread: key,
          message: (error as Error).message,
        });
        return local.get(key);
      }
    },
    async set(key, topic) {
      await local.set(key, topic);
      try {
        await redis.set(redisKey(key), JSON.stringify(topic), "EX", TTL_SECONDS);
      } catch (error) {
        logger.warn("thread topics degraded: Redis unreachable, using this process's memory", {
          thread: key,
          message: (error as Error).message,
        });
      }
    },
  };
}

/**
 * The key of a conversation: channel plus thread; a DM's top level (no thread) is one conversation.
 * @example threadKey("D1", undefined) // "D1:"
 * @example threadKey("C1", "1700000000.000100") // "C1:1700000000.000100"
 */
export function threadKey(channel: string, threadTs: string | undefined): string {
  return `${channel}:${threadTs ?? ""}`;
}
