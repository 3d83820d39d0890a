/**
 * Recent answers kept in the main thread: the core answers the same question with the same thread topic
 * the same way (its knowledge is loaded once at start-up), and questions repeat (popular ones, and the
 * "show quote" and "post to channel" buttons ask again). A repeat skips the queue and the worker, also while
 * the first ask is still being answered (the pending answer is shared: a burst of the same question costs
 * one computation). Bounded in count, expiring after an hour, so nothing that depends on the date lives long.
 */
import type { Answer, AskOptions } from "../../qa/index.js";
import { TtlCache } from "../ttl-cache.js";
import type { AnswerSource } from "./answer-source.js";

const TTL_MS = 60 * 60 * 1000;

/**
 * The same source with a cache of `max` answers in front; max 0 returns the source itself.
 * @example const qa = cacheAnswers(pool, 1000); await qa.answer("2011年の共同研究件数") // computed, then cached
 */
export function cacheAnswers(source: AnswerSource, max: number): AnswerSource {
  if (max === 0) return source;
  const cache = new TtlCache<string, Promise<Answer>>({ max, ttlMs: TTL_MS });
  return {
    overview: () => source.overview(),
    async answer(question: string, options: AskOptions = {}) {
      const key = JSON.stringify([question, options.previous ?? null]);
      let pending = cache.get(key);
      if (!pending) {
        pending = Promise.resolve(source.answer(question, options));
        cache.set(key, pending);
        // Failures are not kept: the next ask tries the core again.
        pending.catch(() => cache.delete(key));
      }
      // Each caller gets its own copy: no caller can change what the next one is given.
      return structuredClone(await pending);
    },
  };
}
