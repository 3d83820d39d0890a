/**
 * 役に立った / 違う on answers posted before the 👍/👎 feedback_buttons (see answer-feedback.ts) clicked → one structured log line (question, the summary the user saw, verdict) and a
 * thank-you only the clicker sees. The user's text is a JSON string value in the log, never markup.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../action-ids.js";
import { decodeAskValue } from "../action-value.js";
import type { SlackDeps } from "../deps.js";
import { guessLang, labelsFor } from "../render/labels.js";
import { renderNotice } from "../render/render-notice.js";
import { respondSafely } from "../send-message.js";
import { locateClickedMessage } from "./clicked-message.js";

/** @example registerFeedback(app, deps) */
export function registerFeedback(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackPattern, async ({ ack, action, body, respond }) => {
    await ack();
    const ask = decodeAskValue(action.value);
    const verdict = action.action_id === ACTION_IDS.feedback("helpful") ? "helpful" : "wrong";
    const where = locateClickedMessage(body);
    deps.logger.info("feedback", { verdict, question: ask?.question, summary: ask?.summary, user: body.user.id, channel: where.ephemeral ? undefined : where.channel });
    const labels = labelsFor(guessLang(ask?.summary ?? ask?.question ?? ""));
    await respondSafely(respond, deps, { response_type: "ephemeral", replace_original: false, ...(where.threadTs ? { thread_ts: where.threadTs } : {}), ...renderNotice(labels.thanks) });
  });
}
