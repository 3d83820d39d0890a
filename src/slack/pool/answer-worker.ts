/**
 * The body of an answering worker thread: loads the core once (knowledge, intents, index) and answers one
 * question per task. Runs inside piscina; what it returns is plain data, copied back to the main thread.
 */
import { threadId } from "node:worker_threads";
import { KnowledgeError } from "../../knowledge/knowledge-error.js";
import { createAnswerer } from "../../qa/index.js";
import type { Answer, Answerer, KnowledgeOverview, Topic } from "../../qa/index.js";
import { yieldToAcks } from "./yield-to-acks.js";

export type AnswerTask = { kind: "answer"; question: string; previous?: Topic } | { kind: "overview" } | { kind: "warm-up" };
/**
 * A malformed knowledge file comes back as its problems: an Error's class does not survive the copy. A warm-up
 * task returns which thread ran it, so the pool can tell when every thread is warm.
 */
export type AnswerTaskResult = Answer | KnowledgeOverview | { problems: string[] } | { warmThread: number };

// Loading and warming up run at normal priority: nothing is acked before the server listens, and at nice 10 on a
// busy machine the warm-up took seconds longer. The thread yields to acks once warm, or at its first question
// (a thread piscina started to replace one that died).
const loaded = loadCore();
let warm = false;
let yielded = false;
const yieldOnce = () => void (yielded ||= yieldToAcks() || true);

/**
 * @example answerTask({ kind: "answer", question: "2011年の共同研究件数" }) // Answer
 */
export default function answerTask(task: AnswerTask): AnswerTaskResult {
  if ("problems" in loaded) return loaded;
  if (task.kind === "overview") return loaded.overview();
  if (task.kind === "warm-up") {
    // Once per thread: each thread compiles its own copy of the core.
    if (!warm) for (const question of loaded.warmUpQuestions?.() ?? []) loaded.answer(question);
    warm = true;
    yieldOnce();
    return { warmThread: threadId };
  }
  yieldOnce();
  return loaded.answer(task.question, task.previous ? { previous: task.previous } : {});
}

// Loaded once per thread, when the thread starts; the first task (the pool's start) reports a bad file.
function loadCore(): Answerer | { problems: string[] } {
  try {
    return createAnswerer();
  } catch (error) {
    if (error instanceof KnowledgeError) return { problems: error.problems };
    throw error;
  }
}
