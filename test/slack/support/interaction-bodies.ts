/**
 * Interaction payloads the feedback flow receives, as Slack posts them (form body, payload=JSON): a click on
 * feedback_buttons and the submission of the 👎 modal. Sent signed with `postSigned`.
 */
import { slackHeaders } from "./slack-request.js";

/** A block_actions body for a click on the answer's feedback_buttons. */
export function feedbackButtonsBody(click: { value: string; responseUrl: string; messageText?: string; ephemeral?: boolean }): string {
  const message = click.ephemeral
    ? {}
    : {
        message: { type: "message", user: "UBOT", ts: "1700000100.000200", thread_ts: "1700000000.000100", text: click.messageText ?? "…" },
      };
  return form({
    type: "block_actions",
    api_app_id: "A1",
    token: "legacy",
    trigger_id: "7.8.feedback",
    response_url: click.responseUrl,
    team: { id: "T1", domain: "t1" },
    user: { id: "U2", username: "reader", team_id: "T1" },
    channel: { id: "C1", name: "general" },
    container: {
      type: "message",
      message_ts: "1700000100.000200",
      channel_id: "C1",
      is_ephemeral: click.ephemeral ?? false,
      thread_ts: "1700000000.000100",
    },
    ...message,
    actions: [
      {
        type: "feedback_buttons",
        action_id: "answer_feedback",
        block_id: "answer_feedback_block",
        value: click.value,
        text: { type: "plain_text", text: "👎" },
        action_ts: "1700000101.000300",
      },
    ],
  });
}

/** A view_submission body for the modal `view` (as opened), with `reason` typed (or nothing). */
export function reasonSubmissionBody(view: { callback_id?: string; private_metadata?: string }, reason: string | null): string {
  return form({
    type: "view_submission",
    api_app_id: "A1",
    token: "legacy",
    trigger_id: "9.9.submit",
    team: { id: "T1", domain: "t1" },
    user: { id: "U2", username: "reader", team_id: "T1" },
    view: {
      id: "V1",
      type: "modal",
      team_id: "T1",
      app_id: "A1",
      bot_id: "BBOT",
      hash: "1.abc",
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      title: { type: "plain_text", text: "x" },
      blocks: [],
      state: { values: { reason: { reason_input: { type: "plain_text_input", value: reason } } } },
    },
  });
}

/** Posts a form body to the app, signed as Slack signs it. */
export function postSigned(url: string, body: string): Promise<Response> {
  return fetch(url, { method: "POST", headers: slackHeaders(body, "application/x-www-form-urlencoded"), body });
}

function form(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
