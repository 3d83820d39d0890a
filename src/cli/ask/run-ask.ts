/**
 * What `npm run ask` does with an answerer: one question from the arguments, or one per stdin line.
 * Shared by the entry that loads the knowledge (src/cli/ask.ts) and the start-up snapshot that holds it
 * already loaded (src/cli/ask-snapshot.ts).
 */
import { createInterface } from "node:readline";
import type { Answerer } from "../../qa/index.js";

export type AskArgs = { json: boolean; chartFile?: string; chartMissing: boolean; question: string };

/**
 * Reads the command line (without node and the script).
 * @example askArgs(["--json"]) // { json: true, chartMissing: false, question: "" }
 */
export function askArgs(args: string[]): AskArgs {
  const chartAt = args.indexOf("--chart");
  const chartFile = chartAt >= 0 ? args[chartAt + 1] : undefined;
  const question = args.filter((a, i) => a !== "--json" && (chartAt < 0 || (i !== chartAt && i !== chartAt + 1))).join(" ");
  return { json: args.includes("--json"), ...(chartFile ? { chartFile } : {}), chartMissing: chartAt >= 0 && !chartFile, question };
}

/**
 * Answers the question of the arguments, else every stdin line; with --json one JSON object a line.
 * @example await runAsk(createAnswerer(), askArgs(["都市エリアの予算は?"])) // prints the answer's text
 */
export async function runAsk(qa: Answerer, { json, chartFile, question }: AskArgs): Promise<void> {
  if (question) {
    const answer = qa.answer(question);
    process.stdout.write(json ? JSON.stringify(answer) + "\n" : answer.text + "\n");
    if (chartFile) {
      // Loaded only when asked: the renderer is a native module that every other start would pay for.
      const { writeChartFile } = await import("../../chart/write-chart-file.js");
      const { written, message } = await writeChartFile(answer, chartFile);
      (written && !json ? process.stdout : process.stderr).write(message + "\n");
      if (!written) process.exitCode = 1;
    }
  } else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const answer = qa.answer(line);
      process.stdout.write(json ? JSON.stringify(answer) + "\n" : `> ${line}\n${answer.text}\n\n`);
    }
  }
}
