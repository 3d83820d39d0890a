/**
 * What a 👍/👎 click does, from either kind of feedback button: the verdict is kept; a 👍 is thanked
 * ephemerally; a 👎 opens the reason modal (thanked when sent), or is thanked at once when the modal cannot
 * open or nothing is kept (a reason would have nowhere to go). The modal opens before the verdict is written:
 * its trigger_id expires 3 seconds after the click, and a slow database must not use them up.
 */
import { randomUUID } from "node:crypto";
import type { RespondFn, webApi } from "@slack/bolt";
import type { Verdict } from "../store/types.js";
import type { SlackDeps } from "./deps.js";
import { describeSlackError } from "./describe-slack-error.js";
import { encodeReasonMetadata } from "./feedback-metadata.js";
import { logFeedback } from "./question-log.js";
import { renderFeedbackModal } from "./render/render-feedback-modal.js";
import { labelsFor, type Lang } from "./render/labels.js";
import { renderNotice } from "./render/render-notice.js";
import { respondSafely } from "./send-message.js";

export type FeedbackClick = {
  verdict: Verdict;
  questionId?: string | undefined;
  user: string;
  triggerId: string;
  lang: Lang;
  threadTs?: string | undefined;
};

/**
 * @example await takeFeedback(deps, client, respond, { verdict: "down", questionId, user: "U1", triggerId, lang: "ja" })
 */
export async function takeFeedback(deps: SlackDeps, client: webApi.WebClient, respond: RespondFn, click: FeedbackClick): Promise<void> {
  const feedbackId = randomUUID();
  const modal = click.verdict === "down" && deps.store !== undefined && (await openReasonModal(deps, client, click, feedbackId));
  await logFeedback(deps, { id: feedbackId, verdict: click.verdict, questionId: click.questionId, user: click.user });
  if (modal) return;
  const thanks = renderNotice(labelsFor(click.lang).thanks);
  await respondSafely(respond, deps, {
    response_type: "ephemeral",
    replace_original: false,
    ...(click.threadTs ? { thread_ts: click.threadTs } : {}),
    ...thanks,
  });
}

async function openReasonModal(deps: SlackDeps, client: webApi.WebClient, click: FeedbackClick, feedbackId: string): Promise<boolean> {
  const metadata = encodeReasonMetadata({ feedbackId, questionId: click.questionId, lang: click.lang });
  try {
    await client.views.open({ trigger_id: click.triggerId, view: renderFeedbackModal(click.lang, metadata) });
    return true;
  } catch (error) {
    // The trigger_id lives 3 seconds: a slow store can outlive it (expired_trigger_id); the verdict is kept anyway.
    const described = describeSlackError(error);
    deps.metrics.webApiErrors.inc({ method: "views.open", code: described.slackError ?? described.code ?? "unknown" });
    deps.logger.warn("views.open failed", { user: click.user, ...described });
    return false;
  }
}
