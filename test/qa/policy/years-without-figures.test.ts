import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a year no document gives figures of the asked kind for", () => {
  it("is said to be missing, with the years the documents do give, not asked back", () => {
    const answer = qa.answer("H26年度の執行額は？");
    expect(answer.status).toBe("not_found");
    expect(answer.intent).toBe("years-without-figures");
    expect(answer.summary).toContain("平成26年度");
    expect(answer.lines.join("")).toMatch(/平成2\d年度（20\d\d年度）〜/);
  });
  it("is said of the subject when one is named (施策の執行額)", () => {
    const answer = qa.answer("H26年度の施策の執行額は？");
    expect(answer.status).toBe("not_found");
    expect(answer.summary).toContain("平成26年度");
  });
  it("does not stop a question whose kind the documents give for that year (目標値, 要求額)", () => {
    expect(qa.answer("先端融合の拠点支援数、24年度の目標値はいくつでしたっけ").status).toBe("answered");
    expect(qa.answer("総合的産学官連携推進事業の17年度要求額と16年度予算額の差は？").status).toBe("answered");
  });
  it("stops a description of a year beyond every document rather than quote a passage of no year", () => {
    const answer = qa.answer("A-STEPの2015年度の事後評価の結果は？");
    expect(answer.status).toBe("not_found");
    expect(answer.citations).toEqual([]);
  });
});
