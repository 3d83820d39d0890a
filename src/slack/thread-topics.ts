/**
 * Threads as conversations: the last Topic answered in each thread, so that a follow-up
 * (じゃあ2010年は？) is passed to the core as `previous`.
 */
import type { Topic } from "../qa/index.js";
import { TtlCache } from "./ttl-cache.js";

export type ThreadTopics = TtlCache<string, Topic>;

/**
 * The store with the bot's limits: 1,000 threads, one hour since the last answer.
 * @example const topics = createThreadTopics(); topics.set(threadKey("C1", "1.2"), answer.topic)
 */
export function createThreadTopics(options: { max?: number; ttlMs?: number; now?: () => number } = {}): ThreadTopics {
  return new TtlCache<string, Topic>({ max: options.max ?? 1000, ttlMs: options.ttlMs ?? 60 * 60 * 1000, ...(options.now ? { now: options.now } : {}) });
}

/**
 * The key of a conversation: channel plus thread; a DM's top level (no thread) is one conversation.
 * @example threadKey("D1", undefined) // "D1:"
 * @example threadKey("C1", "1700000000.000100") // "C1:1700000000.000100"
 */
export function threadKey(channel: string, threadTs: string | undefined): string {
  return `${channel}:${threadTs ?? ""}`;
}
