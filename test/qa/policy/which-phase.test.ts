import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a program given in phases, its money asked with no year, phase or kind", () => {
  it("asks which phase, or the budget over the years, each option a whole question", () => {
    const answer = qa.answer("知的クラスターの予算は？");
    expect(answer.status).toBe("clarify");
    expect(answer.options.map((o) => o.question)).toEqual([
      "知的クラスター創成事業（第I期）の予算は？",
      "知的クラスター創成事業（第II期）の予算は？",
      "知的クラスター創成事業の予算の推移は？",
    ]);
  });
  it("answers when a year, a phase or the latest is said", () => {
    for (const q of ["知的クラスターの平成20年度の予算は？", "知的クラスター第II期の予算は？", "知的クラスターの最新の予算は？"])
      expect(qa.answer(q).status).toBe("answered");
  });
  it("answers a program given in one piece (都市エリアの予算は?)", () => {
    expect(qa.answer("都市エリアの予算は?").status).toBe("answered");
  });
});
