/**
 * Requests as Slack sends them: signed with v0 HMAC-SHA256 over "v0:timestamp:body".
 */
import { eventBody, slackHeaders as signedHeaders, type Signing as BaseSigning } from "../../../src/cli/bench-slack/signed-request.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

export type Signing = Partial<BaseSigning>;

/** The headers Slack adds; `signing` forges, omits or ages them for the rejection tests. */
export function slackHeaders(body: string, contentType: string, signing: Signing = {}): Record<string, string> {
  return signedHeaders(body, contentType, { secret: SIGNING_SECRET, ...signing });
}

export { eventBody };

/** A slash command's form body. */
export function commandBody(text: string, responseUrl: string): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: "T1",
    team_domain: "t1",
    channel_id: "C1",
    channel_name: "general",
    user_id: "U1",
    user_name: "asker",
    command: "/sangaku",
    text,
    api_app_id: "A1",
    response_url: responseUrl,
    trigger_id: "1.2.abc",
  }).toString();
}

/** A block_actions form body (payload=JSON) for one clicked button. */
export function actionBody(click: {
  actionId: string;
  value: string;
  responseUrl: string;
  ephemeral?: boolean;
  threadTs?: string;
}): string {
  const message = click.ephemeral
    ? {}
    : {
        message: {
          type: "message",
          user: "UBOT",
          ts: "1700000100.000200",
          text: "…",
          ...(click.threadTs ? { thread_ts: click.threadTs } : {}),
        },
      };
  const payload = {
    type: "block_actions",
    api_app_id: "A1",
    token: "legacy",
    trigger_id: "1.2.abc",
    response_url: click.responseUrl,
    team: { id: "T1", domain: "t1" },
    user: { id: "U1", username: "asker", team_id: "T1" },
    channel: { id: "C1", name: "general" },
    container: {
      type: "message",
      message_ts: "1700000100.000200",
      channel_id: "C1",
      is_ephemeral: click.ephemeral ?? false,
      ...(click.threadTs ? { thread_ts: click.threadTs } : {}),
    },
    ...message,
    actions: [
      {
        type: "button",
        action_id: click.actionId,
        block_id: "answer_actions",
        value: click.value,
        text: { type: "plain_text", text: "x" },
        action_ts: "1700000101.000300",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
