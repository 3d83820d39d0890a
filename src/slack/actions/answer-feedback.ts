/**
 * 👍/👎 (the feedback_buttons of an answer) clicked → one structured log line with the verdict and the id of the
 * delivered answer, and a thank-you only the clicker sees. The value is only read, never echoed back to Slack.
 */
import type { App, BlockAction, FeedbackButtonsAction } from "@slack/bolt";
import { ACTION_IDS } from "../action-ids.js";
import type { SlackDeps } from "../deps.js";
import { decodeFeedback } from "../feedback-value.js";
import { guessLang, labelsFor } from "../render/labels.js";
import { renderNotice } from "../render/render-notice.js";
import { respondSafely } from "../send-message.js";
import { locateClickedMessage } from "./clicked-message.js";

/** @example registerAnswerFeedback(app, deps) */
export function registerAnswerFeedback(app: App, deps: SlackDeps): void {
  app.action<BlockAction<FeedbackButtonsAction>>(ACTION_IDS.answerFeedback, async ({ ack, action, body, respond }) => {
    await ack();
    const feedback = decodeFeedback(action.value);
    const where = locateClickedMessage(body);
    if (!feedback) deps.logger.warn("unreadable feedback value", { action_id: action.action_id });
    else deps.logger.info("feedback", { verdict: feedback.verdict, question_id: feedback.questionId, user: body.user.id, channel: where.ephemeral ? undefined : where.channel });
    // The answer's language, from the message the buttons are on (an ephemeral one is not sent back: Japanese).
    const labels = labelsFor(guessLang(String(body.message?.text ?? "")));
    await respondSafely(respond, deps, { response_type: "ephemeral", replace_original: false, ...(where.threadTs ? { thread_ts: where.threadTs } : {}), ...renderNotice(labels.thanksFeedback) });
  });
}
