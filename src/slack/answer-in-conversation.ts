/**
 * The one flow behind mentions, DMs, the assistant panel and clarify buttons in threads: read the thread's
 * topic, ask the core, remember the new topic, deliver the answer.
 */
import type { webApi } from "@slack/bolt";
import type { Topic } from "../qa/index.js";
import { nextTopic } from "../qa/follow-up.js";
import { askCore } from "./ask-core.js";
import { deliverInConversation } from "./deliver-answer.js";
import type { SlackDeps } from "./deps.js";
import type { Asker } from "./question-log.js";
import type { PostTarget } from "./send-message.js";
import { threadKey } from "./state/topic-store.js";

/** Where to answer, and who asked (Slack ids, kept in the question log). */
export type Conversation = PostTarget & Asker;

/**
 * Answers `question` in `where` (in its thread when threadTs is set) and returns whether a message was posted.
 * @example await answerInConversation(deps, client, { channel: "C1", threadTs: "1.2" }, "じゃあ2010年は？")
 */
export async function answerInConversation(
  deps: SlackDeps,
  client: webApi.WebClient,
  where: Conversation,
  question: string,
  fallback?: Topic,
): Promise<boolean> {
  const started = performance.now();
  const key = threadKey(where.channel, where.threadTs);
  // A button carries the topic it was rendered with: used when the thread's entry has expired.
  const previous = (await deps.topics.get(key)) ?? fallback;
  const answer = await askCore(deps, question, previous);
  // An answer sets the topic; a clarify question adds its options (a number typed next picks one); a miss keeps it.
  const topic = answer ? nextTopic(previous, answer) : previous;
  if (topic && topic !== previous) await deps.topics.set(key, topic);
  const latencyMs = performance.now() - started;
  return deliverInConversation(deps, client, where, {
    question,
    previous,
    answer,
    latencyMs,
    asker: { user: where.user, team: where.team },
  });
}
