/**
 * The assistant panel opened (the legacy assistant messaging experience, `assistant_view`) → a greeting and up
 * to four suggested prompts made from the knowledge base. Apps on the agent experience get their prompts when
 * the Messages tab opens instead (events/app-home-opened.ts).
 */
import type { AssistantThreadStartedMiddleware } from "@slack/bolt";
import { describeSlackError } from "../describe-slack-error.js";
import type { SlackDeps } from "../deps.js";
import { labelsFor } from "../render/labels.js";
import { renderNotice } from "../render/render-notice.js";
import { renderPrompts } from "../render/render-prompts.js";
import { postMessage } from "../send-message.js";

/**
 * Posted with client.chat.postMessage rather than the assistant's say(): say() first fetches the thread's
 * context with conversations.replies, which this bot does not use.
 * @example new Assistant({ threadStarted: createThreadStarted(deps), … })
 */
export function createThreadStarted(deps: SlackDeps): AssistantThreadStartedMiddleware {
  return async ({ event, client, setSuggestedPrompts }) => {
    const { channel_id: channel, thread_ts: threadTs } = event.assistant_thread;
    await postMessage(client, deps, { channel, threadTs }, renderNotice(labelsFor("ja").greeting));
    const prompts = renderPrompts(deps.qa.overview(), "ja");
    if (!prompts) return;
    try {
      await setSuggestedPrompts(prompts);
    } catch (error) {
      deps.logger.warn("assistant.threads.setSuggestedPrompts failed", describeSlackError(error));
    }
  };
}
