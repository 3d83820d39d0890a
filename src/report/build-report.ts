/**
 * The owner's report for the last N days, from the kept log: how questions ended, what could not be
 * answered (grouped by words), the answers marked 👎 with their reasons, and the slowest answers.
 * This is how the owner learns which documents or synonyms to add.
 */
import type { QuestionStatus, Store } from "../store/types.js";
import { groupQuestions, type QuestionGroup } from "./group-questions.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const STATUSES: readonly QuestionStatus[] = ["answered", "clarify", "not_found", "error"];

export type Downvote = { question?: string | undefined; summary?: string | undefined; reason?: string | undefined; givenAt: Date };
export type SlowAnswer = { question: string; status: QuestionStatus; latencyMs: number; askedAt: Date };

export type OwnerReport = {
  days: number;
  since: Date;
  total: number;
  byStatus: Record<QuestionStatus, number>;
  notFound: QuestionGroup[];
  clarify: QuestionGroup[];
  feedback: { up: number; down: number };
  /** Newest first. */
  downvotes: Downvote[];
  /** Slowest first, at most `slowest` of them. */
  slowest: SlowAnswer[];
};

export type ReportOptions = { days: number; now?: number; slowest?: number };

/**
 * Reads the last `days` days from the store and summarizes them.
 * @example const report = await buildReport(store, { days: 7 }); report.byStatus.not_found // 4
 */
export async function buildReport(store: Pick<Store, "listQuestions" | "listFeedback">, options: ReportOptions): Promise<OwnerReport> {
  const since = new Date((options.now ?? Date.now()) - options.days * DAY_MS);
  const [questions, feedback] = await Promise.all([store.listQuestions(since), store.listFeedback(since)]);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<QuestionStatus, number>;
  for (const q of questions) byStatus[q.status] = (byStatus[q.status] ?? 0) + 1;
  const asked = (status: QuestionStatus) => questions.filter((q) => q.status === status).map((q) => q.question);
  const downs = feedback.filter((f) => f.verdict === "down");
  return {
    days: options.days,
    since,
    total: questions.length,
    byStatus,
    notFound: groupQuestions(asked("not_found")),
    clarify: groupQuestions(asked("clarify")),
    feedback: { up: feedback.length - downs.length, down: downs.length },
    downvotes: downs.reverse().map((f) => ({ question: f.question, summary: f.summary, reason: f.reason, givenAt: f.givenAt })),
    slowest: [...questions]
      .sort((a, b) => b.latencyMs - a.latencyMs)
      .slice(0, options.slowest ?? 5)
      .map((q) => ({ question: q.question, status: q.status, latencyMs: q.latencyMs, askedAt: q.askedAt })),
  };
}
