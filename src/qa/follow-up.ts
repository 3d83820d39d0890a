/**
 * Follow-ups that only make sense after the previous answer: a number typed after a clarify question.
 */
import type { Topic } from "./types.js";

/**
 * The option a bare number picks ("2", "2番", "２つ目"), when the previous answer offered options.
 * @example pickedOption("2", { options: ["A?", "B?"] }) // "B?"
 */
export function pickedOption(text: string, previous?: Topic): string | undefined {
  const n = text.match(/^\s*(\d{1,2})\s*(?:番目?|つ目|個目|で|です|を|\.|。|!|！)?\s*$/)?.[1];
  if (!n || !previous?.options?.length) return undefined;
  return previous.options[Number(n) - 1];
}

/**
 * The conversation's topic after an answer: an answer sets it; a clarify question keeps the previous subject and
 * adds its options, so a number typed next picks one; a miss leaves it as it was.
 * @example nextTopic(undefined, { status: "clarify", topic: { options: ["A?", "B?"] } })?.options // ["A?", "B?"]
 */
export function nextTopic(previous: Topic | undefined, answer: { status: string; topic: Topic }): Topic | undefined {
  if (answer.status === "answered") return answer.topic;
  if (answer.status === "clarify" && answer.topic.options?.length) return { ...previous, options: answer.topic.options };
  return previous;
}
