/**
 * `npm run docs:examples`: rewrites the README's sample answers from the bot's real output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createAnswerer } from "../qa/index.js";
import { renderExamples, withExamples } from "../docs/readme-examples.js";

const path = "README.md";
const updated = withExamples(readFileSync(path, "utf8"), renderExamples(createAnswerer()));
if (!updated) {
  console.error(`${path} has no examples markers: add "<!-- examples: … -->" and "<!-- /examples -->" where the samples go.`);
  process.exit(1);
}
writeFileSync(path, updated);
console.log(`${path}: sample answers written from real output.`);
