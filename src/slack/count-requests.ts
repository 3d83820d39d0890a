/**
 * Counts every request Bolt hands to the app, by type (the event type, "command", or the interaction type),
 * before dedupe: a rise in retries shows here and in sangaku_dedupe_hits_total.
 */
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { SlackMetrics } from "./service/metrics.js";

/**
 * @example app.use(countRequests(metrics))
 * @example requestType({ event: { type: "app_mention" } }) // "app_mention"
 */
export function countRequests(metrics: SlackMetrics): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    metrics.eventsReceived.inc({ type: requestType(body as Record<string, unknown>) });
    await next();
  };
}

/** @example requestType({ command: "/sangaku" }) // "command" */
export function requestType(body: Record<string, unknown>): string {
  const event = body.event as { type?: unknown } | undefined;
  if (typeof event?.type === "string") return event.type;
  if (typeof body.command === "string") return "command";
  return typeof body.type === "string" ? body.type : "unknown";
}
