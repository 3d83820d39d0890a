/**
 * 👍/👎 on an answer (the feedback_buttons element, action_id answer_feedback) → the verdict kept under the
 * answer's questionId (feedback-value.ts); a 👎 asks for an optional reason in a modal (take-feedback.ts).
 */
import type { App, BlockAction, FeedbackButtonsAction } from "@slack/bolt";
import { ACTION_IDS } from "../action-ids.js";
import type { SlackDeps } from "../deps.js";
import { decodeFeedback } from "../feedback-value.js";
import { findQuestion } from "../question-log.js";
import { guessLang, labelsFor } from "../render/labels.js";
import { renderNotice } from "../render/render-notice.js";
import { respondSafely } from "../send-message.js";
import { takeFeedback } from "../take-feedback.js";
import { locateClickedMessage } from "./clicked-message.js";

/** @example registerAnswerFeedback(app, deps) */
export function registerAnswerFeedback(app: App, deps: SlackDeps): void {
  app.action<BlockAction<FeedbackButtonsAction>>(ACTION_IDS.answerFeedback, async ({ ack, action, body, client, respond }) => {
    await ack();
    const feedback = decodeFeedback(action.value);
    const where = locateClickedMessage(body);
    if (!feedback) {
      deps.logger.warn("unreadable button value", { action_id: action.action_id });
      await respondSafely(respond, deps, { response_type: "ephemeral", replace_original: false, ...renderNotice(labelsFor("ja").expired) });
      return;
    }
    // The answer's text is in the question's language; an ephemeral answer (/sangaku) comes without it.
    const text = (body.message?.text as string | undefined) ?? (await findQuestion(deps, feedback.questionId))?.question ?? "";
    deps.logger.info("feedback", {
      verdict: feedback.verdict,
      question_id: feedback.questionId,
      user: body.user.id,
      channel: where.ephemeral ? undefined : where.channel,
    });
    await takeFeedback(deps, client, respond, {
      ...feedback,
      user: body.user.id,
      triggerId: body.trigger_id,
      lang: guessLang(text),
      threadTs: where.threadTs,
    });
  });
}
