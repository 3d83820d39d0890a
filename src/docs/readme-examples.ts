/**
 * The README's sample answers, made from the bot's real output: `npm run docs:examples` writes them between the
 * README's example markers, and a test fails when the README and the bot disagree, so the samples cannot drift.
 */
import type { Answerer } from "../qa/index.js";

/** The questions the README shows: a figure, a change over years, a question asked back, a name the documents lack. */
export const EXAMPLE_QUESTIONS = ["2011年の共同研究件数", "平成20年度から23年度で共同研究件数は何件増えた？", "予算は？", "理研の予算は？"];

const START = "<!-- examples: written by `npm run docs:examples` from real answers; do not edit by hand -->";
const END = "<!-- /examples -->";

/**
 * The examples block: each question and its answer as the console prints it.
 * @example renderExamples(createAnswerer()).startsWith("<!-- examples") // true
 */
export function renderExamples(qa: Answerer, questions = EXAMPLE_QUESTIONS): string {
  const answers = questions.map((q) => `> ${q}\n${qa.answer(q).text}`);
  return [START, "```text", answers.join("\n\n"), "```", END].join("\n");
}

/**
 * The README with its examples block replaced (or undefined when the README has no markers).
 * @example withExamples("a\n<!-- examples: … -->\nold\n<!-- /examples -->\nb", block) // "a\n" + block + "\nb"
 */
export function withExamples(readme: string, block: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}
