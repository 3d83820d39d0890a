import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";
import { countedTerms } from "../../../src/qa/describe/counted-term.js";

const qa = createAnswerer();
const glossary = { 事業: ["program", "programme"], 大学: ["university"] };

describe("countedTerms", () => {
  it("reads a number and the word after it in Japanese, every start of that word (4事業 of 4事業の合計)", () => {
    expect(countedTerms("グラフの4事業の合計", glossary)).toEqual(["4事", "4事業"]);
  });
  it("reads a number and a glossed noun among the three words after it in English", () => {
    expect(countedTerms("which four MEXT programmes are counted?", glossary)).toEqual(["4事業"]);
    expect(countedTerms("the 4 big national programs", glossary)).toEqual(["4事業"]);
  });
  it("reads no year as a count (2008年, in 2008 programmes)", () => {
    expect(countedTerms("2008年の事業", glossary)).toEqual([]);
    expect(countedTerms("the 2008 programmes", glossary)).toEqual([]);
  });
});

describe("a term the documents define with a count in it", () => {
  it("answers the English count and noun (the 4 MEXT programs) with the definition that lists them", () => {
    const answer = qa.answer("What are the 4 MEXT programs whose results are counted in the outcome graphs?");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("技術移転支援センター事業");
  });
  it("answers the Japanese term with no とは after it (グラフの4事業を全部)", () => {
    expect(qa.answer("成果グラフの4事業を全部挙げて").text).toContain("独創的シーズ展開事業");
  });
  it("leaves a figure asked of them (4つの事業の予算) to the figure's reading", () => {
    expect(qa.answer("4つの事業の予算は？").intent).not.toBe("counted-term");
  });
});
