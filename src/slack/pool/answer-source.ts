/**
 * What the Slack listeners ask for answers: the worker pool in production, the core itself (or a fake) in
 * tests and in the console. `answer` may return the Answer or a promise of it; callers always await.
 */
import type { Answer, AskOptions, KnowledgeOverview } from "../../qa/index.js";

export type AnswerSource = {
  answer(question: string, options?: AskOptions): Answer | Promise<Answer>;
  overview(): KnowledgeOverview;
};
