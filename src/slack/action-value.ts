/**
 * What a button carries: the question to (re-)ask, the thread's previous topic, and for feedback the summary
 * the user saw. The core is deterministic, so "show source" and "post to channel" ask again instead of
 * storing answers on the server: buttons keep working after a restart.
 */
import { z } from "zod";
import type { Topic } from "../qa/index.js";
import { LIMITS } from "./render/limits.js";

const TopicSchema = z.object({
  intent: z.string().optional(),
  subject: z.string().optional(),
  indicatorOrMeasure: z.string().optional(),
  fiscalYear: z.number().optional(),
});
const AskValueSchema = z.object({ q: z.string().min(1), p: TopicSchema.optional(), s: z.string().optional() });

export type AskValue = { question: string; previous?: Topic; summary?: string };

/**
 * Encodes an ask into a button value of at most 2,000 characters (the summary, then the question, is shortened).
 * @example encodeAskValue({ question: "予算は?" }) // '{"q":"予算は?"}'
 */
export function encodeAskValue(ask: AskValue): string {
  let summary = ask.summary;
  let question = ask.question;
  for (;;) {
    const value = JSON.stringify({
      q: question,
      ...(ask.previous ? { p: ask.previous } : {}),
      ...(summary !== undefined ? { s: summary } : {}),
    });
    if (value.length <= LIMITS.buttonValue) return value;
    // Quotes and backslashes double in JSON, so shorten by what is over, at least by one character.
    const over = value.length - LIMITS.buttonValue;
    if (summary) summary = summary.slice(0, Math.max(0, summary.length - over));
    else if (question.length > 1) question = question.slice(0, Math.max(1, question.length - over));
    else return JSON.stringify({ q: question });
  }
}

/**
 * Decodes a button value; undefined when it is not one of ours (an old or tampered button).
 * @example decodeAskValue('{"q":"予算は?"}') // { question: "予算は?" }
 */
export function decodeAskValue(value: string | undefined): AskValue | undefined {
  try {
    const parsed = AskValueSchema.safeParse(JSON.parse(value ?? ""));
    if (!parsed.success) return undefined;
    const { q, p, s } = parsed.data;
    return { question: q, ...(p ? { previous: stripUndefined(p) } : {}), ...(s !== undefined ? { summary: s } : {}) };
  } catch {
    return undefined;
  }
}

function stripUndefined(topic: z.infer<typeof TopicSchema>): Topic {
  return Object.fromEntries(Object.entries(topic).filter(([, v]) => v !== undefined)) as Topic;
}
