/**
 * `npm run ask -- "質問"` prints the answer as a person reads it; `--chart out.png` also writes its chart.
 * `npm run --silent ask -- --json` reads one question per stdin line and writes one JSON object per line.
 * `npm run ask` starts from the start-up snapshot when it is current (scripts/ask.sh, src/cli/ask-snapshot.ts);
 * this entry is what runs otherwise, and what `node scripts/run.mjs src/cli/ask.ts` runs.
 */
import { createAnswerer } from "../qa/index.js";
import { KnowledgeError } from "../knowledge/knowledge-error.js";
import { askArgs, runAsk } from "./ask/run-ask.js";

const args = askArgs(process.argv.slice(2));
if (args.chartMissing) {
  console.error('--chart needs a file name: npm run ask -- --chart out.png "…の推移"');
  process.exit(1);
}

// A function, not top-level await: the build also makes this entry one CommonJS script (see scripts/run.mjs).
async function main(): Promise<void> {
  await runAsk(createAnswerer(), args);
}

main().catch((error: unknown) => {
  if (error instanceof KnowledgeError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
