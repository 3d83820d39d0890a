/**
 * Requests as Slack sends them: an Events API envelope, signed with v0 HMAC-SHA256 over "v0:timestamp:body".
 * Shared by the load benchmark and the tests.
 */
import { createHmac } from "node:crypto";

export type Signing = { secret: string; timestamp?: number; unsigned?: boolean; retryNum?: number };

/**
 * The headers Slack adds; `signing` can forge, omit or age them, or mark a retry.
 * @example slackHeaders(body, "application/json", { secret, retryNum: 1 })["x-slack-retry-num"] // "1"
 */
export function slackHeaders(body: string, contentType: string, signing: Signing): Record<string, string> {
  const timestamp = signing.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", signing.secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return {
    "content-type": contentType,
    ...(signing.unsigned ? {} : { "x-slack-signature": signature, "x-slack-request-timestamp": String(timestamp) }),
    ...(signing.retryNum ? { "x-slack-retry-num": String(signing.retryNum), "x-slack-retry-reason": "http_timeout" } : {}),
  };
}

/**
 * An Events API envelope around one event.
 * @example eventBody({ type: "app_mention", text: "<@UBOT> 予算は?", … }, "Ev1")
 */
export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: "T1", user_id: "UBOT", is_bot: true }],
    event,
  });
}
