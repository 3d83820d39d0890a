/**
 * Calling the core from Slack: a failure is logged with its stack and reported to the caller as undefined,
 * so the listener replies with a short apology; the user never sees the error itself.
 */
import type { Logger } from "@slack/bolt";
import type { Answer, Answerer, Topic } from "../qa/index.js";

/**
 * @example askCore(qa, logger, "2011年の共同研究件数") // Answer, or undefined when the core threw
 */
export function askCore(qa: Answerer, logger: Logger, question: string, previous?: Topic): Answer | undefined {
  try {
    return qa.answer(question, previous ? { previous } : {});
  } catch (error) {
    logger.error("the core failed to answer", error instanceof Error ? error : new Error(String(error)), { question });
    return undefined;
  }
}
