/**
 * A message in a DM with the bot (message.im) → the answer in the DM, in the thread when the question was in
 * one, with the "is thinking…" status meanwhile. Threaded DMs usually reach the assistant listener first (see
 * assistant/user-message.ts).
 */
import type { App } from "@slack/bolt";
import { answerInConversation } from "../answer-in-conversation.js";
import { setThinkingStatus } from "../assistant/thinking-status.js";
import type { SlackDeps } from "../deps.js";
import { readQuestion } from "../read-question.js";
import { renderHelp } from "../render/render-help.js";
import { postMessage } from "../send-message.js";

/** @example registerDirectMessage(app, deps) */
export function registerDirectMessage(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, body, client, context }) => {
    if (event.channel_type !== "im") return;
    const where = {
      channel: event.channel,
      threadTs: "thread_ts" in event ? event.thread_ts : undefined,
      eventId: body.event_id,
      user: "user" in event ? event.user : undefined,
      team: body.team_id,
    };
    const read = readQuestion(event as Parameters<typeof readQuestion>[0], context.botUserId);
    if ("ignored" in read) {
      if (read.ignored === "empty") await postMessage(client, deps, where, renderHelp(deps.qa.overview(), "ja"));
      else deps.logger.debug("message ignored", { reason: read.ignored, channel: event.channel });
      return;
    }
    // The status sits under the question; a reply in its thread clears it, a top-level reply (a plain DM) does not.
    const status = { channel: event.channel, threadTs: where.threadTs ?? event.ts };
    const shown = await setThinkingStatus(client, deps, status);
    await answerInConversation(deps, client, where, read.question);
    if (shown && !where.threadTs) await setThinkingStatus(client, deps, status, "");
  });
}
