/**
 * Bolt's Assistant (the AI-app side panel) wired to the same core as mentions and DMs.
 */
import { Assistant } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { createThreadStarted } from "./thread-started.js";
import { createUserMessage } from "./user-message.js";

/**
 * The context-changed handler only logs: the default one would call conversations.replies and chat.update
 * to store the channel the user is viewing, which the answers do not depend on.
 * @example app.assistant(createAssistant(deps))
 */
export function createAssistant(deps: SlackDeps): Assistant {
  return new Assistant({
    threadStarted: createThreadStarted(deps),
    threadContextChanged: async ({ event }) =>
      deps.logger.debug("assistant thread context changed", { channel: event.assistant_thread.channel_id }),
    userMessage: createUserMessage(deps),
  });
}
