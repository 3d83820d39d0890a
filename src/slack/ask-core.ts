/**
 * Calling the core from Slack (through the worker pool in production): a failure is logged with its stack
 * and reported to the caller as undefined, so the listener replies with a short apology; the user never
 * sees the error itself. Every answer is counted by status and intent, with its latency (queue included).
 */
import type { Answer, Topic } from "../qa/index.js";
import type { SlackDeps } from "./deps.js";

/**
 * @example await askCore(deps, "2011年の共同研究件数") // Answer, or undefined when the core failed
 */
export async function askCore(
  deps: Pick<SlackDeps, "qa" | "logger" | "metrics">,
  question: string,
  previous?: Topic,
): Promise<Answer | undefined> {
  const started = performance.now();
  const observe = (status: string, intent: string) => {
    deps.metrics.answers.inc({ status, intent });
    deps.metrics.answerSeconds.observe({ status }, (performance.now() - started) / 1000);
  };
  try {
    const answer = await deps.qa.answer(question, previous ? { previous } : {});
    observe(answer.status, answer.intent);
    return answer;
  } catch (error) {
    observe("error", "none");
    deps.logger.error("the core failed to answer", error instanceof Error ? error : new Error(String(error)), { question });
    return undefined;
  }
}
