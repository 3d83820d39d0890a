/**
 * /sangaku 質問 → an answer only the asker sees, through the response_url (so it works in DMs and private
 * channels the bot is not in), with a button to post it for everyone. /sangaku or /sangaku help → usage.
 * Each answer is kept in the question log under the id its feedback buttons carry.
 */
import { randomUUID } from "node:crypto";
import type { App } from "@slack/bolt";
import { askCore } from "../ask-core.js";
import type { SlackDeps } from "../deps.js";
import { logQuestion } from "../question-log.js";
import { guessLang, labelsFor } from "../render/labels.js";
import { renderAnswer } from "../render/render-answer.js";
import { renderHelp } from "../render/render-help.js";
import { renderNotice } from "../render/render-notice.js";
import { respondSafely } from "../send-message.js";

const HELP_WORDS = /^(help|ヘルプ|使い方|\?|？)?$/i;

/** @example registerSangakuCommand(app, deps) */
export function registerSangakuCommand(app: App, deps: SlackDeps): void {
  app.command("/sangaku", async ({ command, ack, respond }) => {
    // Acknowledge first: Slack shows an error to the user when a command is not acked within 3 seconds.
    await ack();
    const question = command.text.trim();
    if (HELP_WORDS.test(question)) {
      await respondSafely(respond, deps, {
        response_type: "ephemeral",
        ...renderHelp(deps.qa.overview(), /^help$/i.test(question) ? "en" : "ja"),
      });
      return;
    }
    const started = performance.now();
    const answer = await askCore(deps, question);
    const latencyMs = performance.now() - started;
    // The id this answer is logged under; its 👍/👎 buttons carry it.
    const questionId = randomUUID();
    const message = answer
      ? renderAnswer(answer, { ask: { question }, questionId, ephemeral: true })
      : renderNotice(labelsFor(guessLang(question)).apology);
    const about = { command: "/sangaku", channel: command.channel_id, user: command.user_id };
    const posted = await respondSafely(respond, deps, { response_type: "ephemeral", ...message }, about);
    deps.logger.info("answered", { ...about, status: answer?.status, intent: answer?.intent, posted, question_id: questionId });
    if (posted)
      await logQuestion(deps, {
        questionId,
        question,
        answer,
        latencyMs,
        channel: command.channel_id,
        user: command.user_id,
        team: command.team_id,
      });
  });
}
