/**
 * `npm run ask -- "質問"` prints the answer as a person reads it; `--chart out.png` also writes its chart.
 * `npm run --silent ask -- --json` reads one question per stdin line and writes one JSON object per line.
 */
import { createInterface } from "node:readline";
import { createAnswerer } from "../qa/index.js";
import { KnowledgeError } from "../knowledge/knowledge-error.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const chartAt = args.indexOf("--chart");
const chartFile = chartAt >= 0 ? args[chartAt + 1] : undefined;
if (chartAt >= 0 && !chartFile) {
  console.error('--chart needs a file name: npm run ask -- --chart out.png "…の推移"');
  process.exit(1);
}
const question = args.filter((a, i) => a !== "--json" && (chartAt < 0 || (i !== chartAt && i !== chartAt + 1))).join(" ");

// A function, not top-level await: the build also makes this entry one CommonJS script (see scripts/run.mjs).
async function main(): Promise<void> {
  const qa = createAnswerer();
  if (question) {
    const answer = qa.answer(question);
    process.stdout.write(json ? JSON.stringify(answer) + "\n" : answer.text + "\n");
    if (chartFile) {
      // Loaded only when asked: the renderer is a native module that every other start would pay for.
      const { writeChartFile } = await import("../chart/write-chart-file.js");
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

main().catch((error: unknown) => {
  if (error instanceof KnowledgeError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
