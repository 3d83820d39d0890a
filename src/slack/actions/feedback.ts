/**
 * 役に立った / 違う (the older buttons, on answers posted before feedback_buttons) clicked → one structured
 * log line (question, the summary the user saw, verdict), the verdict kept without a questionId (these
 * buttons carry none), and the same thank-you or reason modal as the newer buttons (take-feedback.ts).
 * The user's text is a JSON string value in the log, never markup.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../action-ids.js";
import { decodeAskValue } from "../action-value.js";
import type { SlackDeps } from "../deps.js";
import { guessLang } from "../render/labels.js";
import { takeFeedback } from "../take-feedback.js";
import { locateClickedMessage } from "./clicked-message.js";

/** @example registerFeedback(app, deps) */
export function registerFeedback(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.feedbackPattern, async ({ ack, action, body, client, respond }) => {
    await ack();
    const ask = decodeAskValue(action.value);
    const verdict = action.action_id === ACTION_IDS.feedback("helpful") ? "helpful" : "wrong";
    const where = locateClickedMessage(body);
    deps.logger.info("feedback", {
      verdict,
      question: ask?.question,
      summary: ask?.summary,
      user: body.user.id,
      channel: where.ephemeral ? undefined : where.channel,
    });
    const lang = guessLang(ask?.summary ?? ask?.question ?? "");
    await takeFeedback(deps, client, respond, {
      verdict: verdict === "helpful" ? "up" : "down",
      user: body.user.id,
      triggerId: body.trigger_id,
      lang,
      threadTs: where.threadTs,
    });
  });
}
