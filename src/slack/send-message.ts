/**
 * Sending, with failures logged instead of thrown: one answer that cannot be delivered (channel_not_found,
 * not_in_channel, an expired response_url) must not take the listener, or other answers, down with it.
 * chat.* calls are retried by the Web API client (429, 5xx, timeouts; see create-app.ts); response_url
 * posts, which Bolt's respond() tries once, are retried here. What finally fails is logged as not delivered.
 */
import type { Logger, RespondArguments, RespondFn, webApi } from "@slack/bolt";
import { describeSlackError } from "./describe-slack-error.js";
import type { SlackDeps } from "./deps.js";
import type { SlackMessage } from "./render/blocks.js";

/** Where a message goes; eventId (when an event asked) is logged with a failure so it can be traced. */
export type PostTarget = { channel: string; threadTs?: string | undefined; eventId?: string | undefined };
type Delivery = Pick<SlackDeps, "logger" | "metrics">;

/**
 * chat.postMessage without link previews (answers cite documents; an unfurled URL would only add noise).
 * @example await postMessage(client, deps, { channel: "C1", threadTs: "1.2" }, renderAnswer(answer, opts)) // true
 */
export async function postMessage(client: webApi.WebClient, deps: Delivery, target: PostTarget, message: SlackMessage): Promise<boolean> {
  try {
    await client.chat.postMessage({
      channel: target.channel,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    return true;
  } catch (error) {
    const described = describeSlackError(error);
    deps.metrics.webApiErrors.inc({ method: "chat.postMessage", code: described.slackError ?? described.code ?? "unknown" });
    deps.logger.error("chat.postMessage failed", {
      channel: target.channel,
      thread_ts: target.threadTs,
      event_id: target.eventId,
      ...described,
    });
    return false;
  }
}

/**
 * respond() (the response_url), retried after each of `respondDelaysMs` on 429, 5xx and network errors (the
 * URL stays valid for 30 minutes); a permanent failure (404: expired) is not retried. Resolves whether it was delivered.
 * @example await respondSafely(respond, deps, { response_type: "ephemeral", ...renderHelp(overview) })
 */
export async function respondSafely(
  respond: RespondFn,
  deps: Delivery & Pick<SlackDeps, "respondDelaysMs">,
  message: RespondArguments,
  about: Record<string, unknown> = {},
): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await respond(message);
      return true;
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      deps.metrics.webApiErrors.inc({ method: "response_url", code: typeof status === "number" ? String(status) : "network" });
      const waitMs = isTransient(status) ? deps.respondDelaysMs[attempt] : undefined;
      if (waitMs === undefined) return logUndelivered(deps.logger, error, { ...about, attempts: attempt + 1, statusCode: status });
      deps.logger.warn("respond (response_url) failed; retrying", {
        ...about,
        attempt: attempt + 1,
        retry_in_ms: waitMs,
        statusCode: status,
      });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

// No status: the request never got an answer (DNS, reset, timeout), worth another try like a 5xx.
function isTransient(status: unknown): boolean {
  return typeof status !== "number" || status === 429 || status >= 500;
}

function logUndelivered(logger: Logger, error: unknown, fields: Record<string, unknown>): false {
  logger.error("respond (response_url) failed", { ...fields, ...describeSlackError(error) });
  return false;
}
