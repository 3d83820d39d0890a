/**
 * Slack re-sends an event it thinks we missed (X-Slack-Retry-Num) and may deliver one twice. Each event_id is
 * answered once: the first copy that arrives is handled, later copies are dropped. Retries are not dropped as
 * such: when the first copy never arrived, the retry is the only one and must be answered.
 */
import type { Logger, Middleware, AnyMiddlewareArgs } from "@slack/bolt";
import { TtlCache } from "./ttl-cache.js";

/**
 * A global middleware remembering event ids for an hour (Slack retries within minutes), at most 10,000.
 * @example app.use(dedupeEvents(logger))
 */
export function dedupeEvents(logger: Logger, seen = new TtlCache<string, true>({ max: 10_000, ttlMs: 60 * 60 * 1000 })): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string") {
      if (seen.get(eventId)) {
        logger.info("duplicate event ignored", { event_id: eventId, retry_num: context.retryNum, retry_reason: context.retryReason });
        return;
      }
      seen.set(eventId, true);
    }
    await next();
  };
}
