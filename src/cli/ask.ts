/**
 * `npm run ask -- "質問"` prints the answer as a person reads it.
 * `npm run --silent ask -- --json` reads one question per stdin line and writes one JSON object per line.
 */
import { createInterface } from "node:readline";
import { createAnswerer } from "../qa/index.js";
import { KnowledgeError } from "../knowledge/knowledge-error.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const question = args.filter((a) => a !== "--json").join(" ");

try {
  const qa = createAnswerer();
  if (question) {
    const answer = qa.answer(question);
    process.stdout.write(json ? JSON.stringify(answer) + "\n" : answer.text + "\n");
  } else {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const answer = qa.answer(line);
      process.stdout.write(json ? JSON.stringify(answer) + "\n" : `> ${line}\n${answer.text}\n\n`);
    }
  }
} catch (error) {
  if (error instanceof KnowledgeError) { console.error(error.message); process.exit(1); }
  throw error;
}
