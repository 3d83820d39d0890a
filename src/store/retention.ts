/**
 * RETENTION_DAYS: rows older than that are deleted at start-up and then once a day, so the log never keeps
 * more than the owner chose. A failed run is reported and retried the next day.
 */
import type { Store } from "./types.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionOptions = { days: number; onDeleted?: (rows: number) => void; onError?: (error: Error) => void; now?: () => number };

/**
 * Deletes what is older than `days` now; resolves how many rows went.
 * @example await applyRetention(store, 90) // 12
 */
export async function applyRetention(store: Store, days: number, now = Date.now()): Promise<number> {
  return store.deleteOlderThan(new Date(now - days * DAY_MS));
}

/**
 * Runs applyRetention now and every 24 hours; the timer does not keep the process alive. Returns a stop function.
 * @example const stop = scheduleRetention(store, { days: 90, onError: (e) => logger.error("retention failed", e) })
 */
export function scheduleRetention(store: Store, options: RetentionOptions): () => void {
  const run = () => {
    applyRetention(store, options.days, options.now?.()).then(
      (rows) => options.onDeleted?.(rows),
      (error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error))),
    );
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
