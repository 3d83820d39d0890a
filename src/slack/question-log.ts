/**
 * The Slack edge's writes to the kept log (src/store/). A failed write is logged and swallowed: the log
 * must never stop an answer or a thank-you. Without a store (tests, the bench) nothing is written.
 */
import type { Answer } from "../qa/index.js";
import type { FeedbackRecord, Store, Verdict } from "../store/types.js";
import type { SlackDeps } from "./deps.js";
import { describeSlackError } from "./describe-slack-error.js";

/** Who asked where, as Slack ids only. */
export type Asker = { user?: string | undefined; team?: string | undefined };
export type Delivered = {
  questionId: string;
  question: string;
  answer: Answer | undefined;
  latencyMs: number;
  channel?: string | undefined;
} & Asker;
type LogDeps = Pick<SlackDeps, "store" | "logger">;

/**
 * Records a delivered answer (or an apology, as status "error") under the questionId its buttons carry.
 * @example await logQuestion(deps, { questionId, question, answer, latencyMs: 120, channel: "C1", user: "U1" })
 */
export async function logQuestion(deps: LogDeps, delivered: Delivered): Promise<void> {
  const { answer } = delivered;
  await safely(deps, "question", (store) =>
    store.recordQuestion({
      id: delivered.questionId,
      askedAt: new Date(),
      teamId: delivered.team,
      channelId: delivered.channel,
      userId: delivered.user,
      question: delivered.question,
      status: answer?.status ?? "error",
      intent: answer?.intent ?? "none",
      latencyMs: delivered.latencyMs,
      summary: answer?.summary ?? "",
    }),
  );
}

/**
 * Records a 👍/👎 under `id` (which the 👎 modal's reason names); resolves whether it was kept.
 * @example await logFeedback(deps, { id: randomUUID(), verdict: "down", questionId, user: "U1" }) // true
 */
export async function logFeedback(
  deps: LogDeps,
  given: { id: string; verdict: Verdict; questionId?: string | undefined; user?: string | undefined },
): Promise<boolean> {
  const record: FeedbackRecord = {
    id: given.id,
    questionId: given.questionId,
    verdict: given.verdict,
    userId: given.user,
    givenAt: new Date(),
  };
  return (await safely(deps, "feedback", async (store) => (await store.recordFeedback(record), true))) ?? false;
}

/**
 * Adds the reason typed in the 👎 modal to its feedback.
 * @example await logFeedbackReason(deps, feedbackId, "年度が違う")
 */
export async function logFeedbackReason(deps: LogDeps, feedbackId: string, reason: string): Promise<void> {
  await safely(deps, "feedback reason", (store) => store.addFeedbackReason(feedbackId, reason));
}

/**
 * The question a questionId names, for the language of a thank-you; undefined when unknown or unreadable.
 * @example (await findQuestion(deps, questionId))?.question // "2011年の共同研究件数は？"
 */
export async function findQuestion(deps: LogDeps, questionId: string): Promise<{ question: string } | undefined> {
  return safely(deps, "question lookup", (store) => store.findQuestion(questionId));
}

// What `use` resolves, or undefined when there is no store or it failed (logged without the values involved).
async function safely<T>(deps: LogDeps, what: string, use: (store: Store) => Promise<T>): Promise<T | undefined> {
  if (!deps.store) return undefined;
  try {
    return await use(deps.store);
  } catch (error) {
    deps.logger.error("question log failed", { what, ...describeSlackError(error) });
    return undefined;
  }
}
