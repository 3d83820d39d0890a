/**
 * Slack re-sends an event it thinks we missed (X-Slack-Retry-Num) and may deliver one twice; with replicas
 * the copies can reach different processes. Each event_id is answered once: the first claim wins (in Redis
 * when replicas share one), later copies are dropped. Retries are not dropped as such: when the first copy
 * never arrived, the retry is the only one and must be answered. Bolt has acked before this runs.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { SlackDeps } from "./deps.js";

/**
 * @example app.use(dedupeEvents(deps))
 */
export function dedupeEvents(deps: Pick<SlackDeps, "dedupe" | "logger" | "metrics">): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await deps.dedupe.claim(eventId))) {
      deps.metrics.dedupeHits.inc({ store: deps.dedupe.store });
      deps.logger.info("duplicate event ignored", { event_id: eventId, retry_num: context.retryNum, retry_reason: context.retryReason });
      return;
    }
    await next();
  };
}
