/**
 * The question log and the feedback on its answers, as kept by the store. Nothing personal is kept beyond
 * Slack's ids (user, channel, team): no names, no e-mail addresses, no message text other than the question.
 */
export type QuestionStatus = "answered" | "clarify" | "not_found" | "error";
export type Verdict = "up" | "down";

/** One delivered answer: `id` is the questionId its feedback buttons carry. */
export type QuestionRecord = {
  id: string;
  askedAt: Date;
  teamId?: string | undefined;
  channelId?: string | undefined;
  userId?: string | undefined;
  question: string;
  status: QuestionStatus;
  intent: string;
  latencyMs: number;
  /** The answer's first line, as the user saw it. */
  summary: string;
};

/** One 👍/👎; `questionId` is missing for the older buttons (feedback_helpful/feedback_wrong), which carry none. */
export type FeedbackRecord = {
  id: string;
  questionId?: string | undefined;
  verdict: Verdict;
  reason?: string | undefined;
  userId?: string | undefined;
  givenAt: Date;
};

/** A feedback with the question and summary it is about, when that question is still in the log. */
export type FeedbackWithQuestion = FeedbackRecord & { question?: string | undefined; summary?: string | undefined };

/** The kept log; every method may reject (disk full, database down): callers decide what a failure means. */
export type Store = {
  recordQuestion(record: QuestionRecord): Promise<void>;
  recordFeedback(record: FeedbackRecord): Promise<void>;
  /** Adds the reason typed in the 👎 modal to a feedback already recorded; false when that feedback is gone. */
  addFeedbackReason(feedbackId: string, reason: string): Promise<boolean>;
  findQuestion(id: string): Promise<QuestionRecord | undefined>;
  listQuestions(since: Date): Promise<QuestionRecord[]>;
  listFeedback(since: Date): Promise<FeedbackWithQuestion[]>;
  /** Deletes questions and feedback older than `cutoff`; resolves how many rows went. */
  deleteOlderThan(cutoff: Date): Promise<number>;
  close(): Promise<void>;
};
