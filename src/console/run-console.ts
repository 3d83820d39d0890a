/**
 * The local console: the same core as Slack, rendered as plain text (answer.text). On a terminal it is
 * interactive with a prompt and keeps the conversation's topic for follow-ups; fed from a pipe it answers
 * each line and ends with the input.
 */
import { createInterface } from "node:readline";
import type { Answerer, Topic } from "../qa/index.js";
import { nextTopic } from "../qa/follow-up.js";

export type ConsoleIo = { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean };

/**
 * Answers every line of input until it ends (or "exit"/"quit" on a terminal).
 * @example await runConsole(qa, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true })
 */
export async function runConsole(qa: Answerer, io: ConsoleIo): Promise<void> {
  const lines = createInterface({ input: io.input, ...(io.interactive ? { output: io.output, prompt: "> " } : {}), crlfDelay: Infinity });
  let previous: Topic | undefined;
  if (io.interactive) lines.prompt();
  for await (const line of lines) {
    const question = line.trim();
    if (io.interactive && /^(exit|quit)$/i.test(question)) break;
    if (question) {
      const answer = qa.answer(question, previous ? { previous } : {});
      previous = nextTopic(previous, answer);
      io.output.write(io.interactive ? `${answer.text}\n\n` : `> ${question}\n${answer.text}\n\n`);
    }
    if (io.interactive) lines.prompt();
  }
  lines.close();
}
