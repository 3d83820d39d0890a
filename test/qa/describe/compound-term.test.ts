import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a name joined to a noun the documents write as one term", () => {
  it("answers about the term (知的クラスター本部) from the sentence that holds it, not about the program", () => {
    const answer = qa.answer("知的クラスター本部はどういう位置づけ？");
    expect(answer.intent).toBe("compound-term");
    expect(answer.text).toContain("司令塔");
  });
  it("reads a short name many names share joined to a noun (クラスター形成) as a phrase, not a term", () => {
    expect(qa.answer("クラスター形成に向けた課題って何が指摘されてる？").intent).not.toBe("compound-term");
  });
  it("leaves a name followed by a question word (都市エリアの予算, 都市エリア予算) to its figures", () => {
    expect(qa.answer("都市エリア予算は？").intent).not.toBe("compound-term");
  });
});

describe("an aspect no figure answers asked beside a figure's word", () => {
  it("goes to the passages (…目標割合が低めなのはなぜ)", () => {
    expect(qa.answer("大学発新産業創出拠点でs評価の目標割合が低めなのはなぜ？").text).toContain("リスクが高く");
  });
});
