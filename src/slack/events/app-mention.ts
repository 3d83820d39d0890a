/**
 * @sangaku 質問 in a channel → the answer in the thread of the mention (a follow-up mention in that
 * thread continues the conversation).
 */
import type { App } from "@slack/bolt";
import { answerInConversation } from "../answer-in-conversation.js";
import type { SlackDeps } from "../deps.js";
import { readQuestion } from "../read-question.js";
import { renderHelp } from "../render/render-help.js";
import { postMessage } from "../send-message.js";

/** @example registerAppMention(app, deps) */
export function registerAppMention(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, body, client, context }) => {
    const where = {
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      eventId: body.event_id,
      user: event.user,
      team: body.team_id,
    };
    const read = readQuestion(event, context.botUserId);
    if ("ignored" in read) {
      if (read.ignored === "empty") await postMessage(client, deps, where, renderHelp(deps.qa.overview(), "ja"));
      else deps.logger.debug("mention ignored", { reason: read.ignored, channel: event.channel });
      return;
    }
    await answerInConversation(deps, client, where, read.question);
  });
}
