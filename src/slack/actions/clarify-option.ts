/**
 * A clarify option (or a help example) clicked → the answer to that option's question: in the thread when the
 * buttons were in one, or replacing the ephemeral question when they came from /sangaku.
 */
import { randomUUID } from "node:crypto";
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../action-ids.js";
import { decodeAskValue } from "../action-value.js";
import { answerInConversation } from "../answer-in-conversation.js";
import { askCore } from "../ask-core.js";
import type { SlackDeps } from "../deps.js";
import { logQuestion } from "../question-log.js";
import { guessLang, labelsFor } from "../render/labels.js";
import { renderAnswer } from "../render/render-answer.js";
import { renderNotice } from "../render/render-notice.js";
import { respondSafely } from "../send-message.js";
import { locateClickedMessage } from "./clicked-message.js";

/** @example registerClarifyOption(app, deps) */
export function registerClarifyOption(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.clarifyOptionPattern, async ({ ack, action, body, client, respond }) => {
    await ack();
    const ask = decodeAskValue(action.value);
    if (!ask) {
      deps.logger.warn("unreadable button value", { action_id: action.action_id });
      await respondSafely(respond, deps, { response_type: "ephemeral", replace_original: false, ...renderNotice(labelsFor("ja").expired) });
      return;
    }
    const where = locateClickedMessage(body);
    if (!where.ephemeral) {
      await answerInConversation(
        deps,
        client,
        { channel: where.channel, threadTs: where.threadTs, user: body.user.id, team: body.team?.id },
        ask.question,
        ask.previous,
      );
      return;
    }
    const started = performance.now();
    const answer = await askCore(deps, ask.question, ask.previous);
    const latencyMs = performance.now() - started;
    const questionId = randomUUID();
    const message = answer
      ? renderAnswer(answer, { ask, questionId, ephemeral: true })
      : renderNotice(labelsFor(guessLang(ask.question)).apology);
    const posted = await respondSafely(respond, deps, { response_type: "ephemeral", replace_original: true, ...message });
    if (posted)
      await logQuestion(deps, {
        questionId,
        question: ask.question,
        answer,
        latencyMs,
        channel: body.channel?.id,
        user: body.user.id,
        team: body.team?.id,
      });
  });
}
