/**
 * The assistant panel opened → a greeting and up to four example questions as suggested prompts.
 */
import type { AssistantThreadStartedMiddleware } from "@slack/bolt";
import { describeSlackError } from "../describe-slack-error.js";
import type { SlackDeps } from "../deps.js";
import { cutLabel } from "../render/cut-text.js";
import { renderNotice } from "../render/render-notice.js";
import { postMessage } from "../send-message.js";

const GREETING = "こんにちは。産学官連携・地域科学技術政策について、数値と出典つきで答えます。";

/**
 * Posted with client.chat.postMessage rather than the assistant's say(): say() first fetches the thread's
 * context with conversations.replies, which this bot does not use.
 * @example new Assistant({ threadStarted: createThreadStarted(deps), … })
 */
export function createThreadStarted(deps: SlackDeps): AssistantThreadStartedMiddleware {
  return async ({ event, client, setSuggestedPrompts }) => {
    const { channel_id: channel, thread_ts: threadTs } = event.assistant_thread;
    await postMessage(client, deps, { channel, threadTs }, renderNotice(GREETING));
    const prompts = deps.qa.overview().examples.slice(0, 4).map((q) => ({ title: cutLabel(q, 75), message: q }));
    if (!prompts.length) return;
    try {
      await setSuggestedPrompts({ title: "質問の例", prompts });
    } catch (error) {
      deps.logger.warn("assistant.threads.setSuggestedPrompts failed", describeSlackError(error));
    }
  };
}
