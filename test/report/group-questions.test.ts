import { describe, expect, it } from "vitest";
import { groupQuestions, wordsOf } from "../../src/report/group-questions.js";

describe("wordsOf", () => {
  it("keeps what a question is about, without particles, question words, markup or order", () => {
    expect(wordsOf("<@U1> ２０１１年の共同研究件数は？")).toEqual(wordsOf("共同研究の件数は2011年"));
    expect(wordsOf("What is the budget of City Area?")).toEqual(["area", "budget", "city"]);
  });
});

describe("groupQuestions", () => {
  it("puts wordings of one question together under the wording asked most", () => {
    expect(groupQuestions(["予算はいくら", "予算は？", "予算は？", "特許の数"])).toEqual([
      { words: ["予算"], example: "予算は？", count: 3 },
      { words: ["数", "特許"], example: "特許の数", count: 1 },
    ]);
  });

  it("keeps a question made only of question words as its own group", () => {
    expect(groupQuestions(["何？"])).toEqual([{ words: [], example: "何？", count: 1 }]);
  });
});
