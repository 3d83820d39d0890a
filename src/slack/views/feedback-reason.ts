/**
 * The 👎 modal sent → its reason added to the feedback kept at the click, and the modal turned into a
 * thank-you in the question's language. The reason is the user's text: stored as typed, never logged.
 */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { decodeReasonMetadata } from "../feedback-metadata.js";
import { logFeedbackReason } from "../question-log.js";
import { FEEDBACK_REASON, renderFeedbackThanks } from "../render/render-feedback-modal.js";

/** @example registerFeedbackReason(app, deps) */
export function registerFeedbackReason(app: App, deps: SlackDeps): void {
  app.view(FEEDBACK_REASON.callbackId, async ({ ack, view, body }) => {
    const metadata = decodeReasonMetadata(view.private_metadata);
    // Acknowledged first (Slack waits 3 seconds for it); the store is written after.
    await ack({ response_action: "update", view: renderFeedbackThanks(metadata?.lang ?? "ja") });
    const reason = view.state.values[FEEDBACK_REASON.blockId]?.[FEEDBACK_REASON.actionId]?.value
      ?.trim()
      .slice(0, FEEDBACK_REASON.maxLength);
    deps.logger.info("feedback reason", { question_id: metadata?.questionId, user: body.user.id, given: Boolean(reason) });
    if (metadata && reason) await logFeedbackReason(deps, metadata.feedbackId, reason);
  });
}
