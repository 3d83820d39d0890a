/**
 * The one flow behind mentions, DMs, the assistant panel and clarify buttons in threads: read the thread's
 * topic, ask the core, post the rendered answer, remember the new topic.
 */
import type { webApi } from "@slack/bolt";
import type { Topic } from "../qa/index.js";
import { askCore } from "./ask-core.js";
import type { SlackDeps } from "./deps.js";
import { guessLang, labelsFor } from "./render/labels.js";
import { renderAnswer } from "./render/render-answer.js";
import { renderNotice } from "./render/render-notice.js";
import { postMessage } from "./send-message.js";
import { threadKey } from "./thread-topics.js";

export type Conversation = { channel: string; threadTs?: string | undefined };

/**
 * Answers `question` in `where` (in its thread when threadTs is set) and returns whether a message was posted.
 * @example await answerInConversation(deps, client, { channel: "C1", threadTs: "1.2" }, "じゃあ2010年は？")
 */
export async function answerInConversation(deps: SlackDeps, client: webApi.WebClient, where: Conversation, question: string, fallback?: Topic): Promise<boolean> {
  const key = threadKey(where.channel, where.threadTs);
  // A button carries the topic it was rendered with: used when the thread's entry has expired.
  const previous = deps.topics.get(key) ?? fallback;
  const answer = askCore(deps.qa, deps.logger, question, previous);
  if (!answer) return postMessage(client, deps.logger, where, renderNotice(labelsFor(guessLang(question)).apology));
  // Only an answer sets the topic: a clarify question or a miss keeps the thread on its previous subject.
  if (answer.status === "answered") deps.topics.set(key, answer.topic);
  const posted = await postMessage(client, deps.logger, where, renderAnswer(answer, { ask: { question, ...(previous ? { previous } : {}) } }));
  deps.logger.info("answered", { channel: where.channel, thread_ts: where.threadTs, status: answer.status, intent: answer.intent, posted });
  return posted;
}
