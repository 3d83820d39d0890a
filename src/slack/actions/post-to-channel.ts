/**
 * "Post to channel" on an ephemeral /sangaku answer → the same answer for everyone in the channel
 * (through the response_url, so the bot need not be a member), then the ephemeral copy is removed.
 */
import { randomUUID } from "node:crypto";
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../action-ids.js";
import { decodeAskValue } from "../action-value.js";
import { askCore } from "../ask-core.js";
import type { SlackDeps } from "../deps.js";
import { guessLang, labelsFor } from "../render/labels.js";
import { renderAnswer } from "../render/render-answer.js";
import { renderNotice } from "../render/render-notice.js";
import { respondSafely } from "../send-message.js";

/** @example registerPostToChannel(app, deps) */
export function registerPostToChannel(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.postToChannel, async ({ ack, action, body, respond }) => {
    await ack();
    const ask = decodeAskValue(action.value);
    const answer = ask && (await askCore(deps, ask.question, ask.previous));
    if (!ask || !answer) {
      await respondSafely(respond, deps, {
        response_type: "ephemeral",
        replace_original: false,
        ...renderNotice(labelsFor(guessLang(ask?.question ?? ""))[ask ? "apology" : "expired"]),
      });
      return;
    }
    // A new delivery, for everyone in the channel: its feedback is its own.
    const questionId = randomUUID();
    const posted = await respondSafely(respond, deps, {
      response_type: "in_channel",
      replace_original: false,
      ...renderAnswer(answer, { ask, questionId }),
    });
    if (posted) await respondSafely(respond, deps, { delete_original: true });
    deps.logger.info("posted to channel", { user: body.user.id, channel: body.channel?.id, question_id: questionId, posted });
  });
}
