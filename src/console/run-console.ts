/**
 * The local console: the same core as Slack, rendered as plain text (answer.text). On a terminal it is
 * interactive with a prompt and keeps the conversation's topic for follow-ups; fed from a pipe it answers
 * each line and ends with the input. `:chart FILE` writes the last answer's chart to FILE.
 */
import { createInterface } from "node:readline";
import type { Answer, Answerer, Topic } from "../qa/index.js";
import { nextTopic } from "../qa/follow-up.js";
import { writeChartFile } from "../chart/write-chart-file.js";

export type ConsoleIo = { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean };

/**
 * Answers every line of input until it ends (or "exit"/"quit" on a terminal).
 * @example await runConsole(qa, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true })
 */
export async function runConsole(qa: Answerer, io: ConsoleIo): Promise<void> {
  const lines = createInterface({ input: io.input, ...(io.interactive ? { output: io.output, prompt: "> " } : {}), crlfDelay: Infinity });
  let previous: Topic | undefined;
  let last: Answer | undefined;
  if (io.interactive) lines.prompt();
  for await (const line of lines) {
    const question = line.trim();
    if (io.interactive && /^(exit|quit)$/i.test(question)) break;
    const chartFile = /^:chart(?:\s+(.+))?$/.exec(question);
    if (chartFile) io.output.write(`${await writeLastChart(last, chartFile[1]?.trim())}\n\n`);
    else if (question) {
      const answer = qa.answer(question, previous ? { previous } : {});
      previous = nextTopic(previous, answer);
      last = answer;
      io.output.write(io.interactive ? `${answer.text}\n\n` : `> ${question}\n${answer.text}\n\n`);
    }
    if (io.interactive) lines.prompt();
  }
  lines.close();
}

async function writeLastChart(last: Answer | undefined, file: string | undefined): Promise<string> {
  if (!file) return ":chart FILE — 直前の回答のグラフを FILE（PNG）に書きます。";
  if (!last) return "先に質問してください（:chart FILE は直前の回答のグラフを書きます）。";
  return (await writeChartFile(last, file)).message;
}
