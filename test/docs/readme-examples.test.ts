import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/qa/index.js";
import { renderExamples, withExamples } from "../../src/docs/readme-examples.js";

describe("the README's sample answers", () => {
  it("are the bot's real answers (run `npm run docs:examples` after a change of wording)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(withExamples(readme, renderExamples(createAnswerer()))).toBe(readme);
  });
  it("replace only what lies between the markers", () => {
    const block = renderExamples(createAnswerer(), ["予算は？"]);
    const readme = `top\n${block.replace(/予算/g, "old")}\nbottom`;
    expect(withExamples(readme, block)).toBe(`top\n${block}\nbottom`);
    expect(withExamples("no markers", block)).toBeUndefined();
  });
});
