/**
 * A message in an assistant thread → status "thinking" while answering, then the answer in the thread.
 * Bolt's Assistant takes every threaded DM message (not only the assistant panel's), so this is also the
 * path for follow-ups in DM threads.
 */
import type { AssistantUserMessageMiddleware } from "@slack/bolt";
import { answerInConversation } from "../answer-in-conversation.js";
import type { SlackDeps } from "../deps.js";
import { readQuestion } from "../read-question.js";
import { labelsFor } from "../render/labels.js";

/** @example new Assistant({ userMessage: createUserMessage(deps), … }) */
export function createUserMessage(deps: SlackDeps): AssistantUserMessageMiddleware {
  return async ({ message, client, context, setStatus }) => {
    const read = readQuestion(message as Parameters<typeof readQuestion>[0], context.botUserId);
    if ("ignored" in read) {
      deps.logger.debug("assistant message ignored", { reason: read.ignored });
      return;
    }
    try {
      await setStatus(labelsFor("en").thinking);
    } catch (error) {
      // A plain DM thread (not the assistant panel) has no status to set; answering matters more.
      deps.logger.debug("assistant.threads.setStatus failed", error instanceof Error ? error : new Error(String(error)));
    }
    const threadTs = "thread_ts" in message ? message.thread_ts : undefined;
    const user = "user" in message ? message.user : undefined;
    await answerInConversation(deps, client, { channel: message.channel, threadTs, user, team: context.teamId }, read.question);
  };
}
