import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("which figure", () => {
  it("asks which of a program's figures when they are asked for in general, each option a whole question", () => {
    const answer = qa.answer("都市エリアの数字ください");
    expect(answer.status).toBe("clarify");
    expect(answer.options.map((o) => o.question)).toContain("都市エリア産学官連携促進事業の予算は？");
    expect(answer.options.every((o) => o.question.startsWith("都市エリア産学官連携促進事業"))).toBe(true);
  });
  it("asks which when the request ends in everyday words (数字ちょうだい)", () => {
    expect(qa.answer("知的クラスター創成事業の数字ちょうだい").intent).toBe("which-figure");
  });
  it("asks which in English too, the word for figures being no more than the request", () => {
    const answer = qa.answer("knowledge cluster numbers pls");
    expect(answer.intent).toBe("which-figure");
    // The same questions as in Japanese: none that only repeats the name ("What is the value of X?").
    expect(answer.options.length).toBe(qa.answer("知的クラスターの数字教えて").options.length);
    expect(answer.options.map((o) => o.question).join("\n")).not.toContain("value of");
  });
  it("asks which when the figures are asked about the program (知クラについて数字ください)", () => {
    expect(qa.answer("知クラについて数字ください").intent).toBe("which-figure");
    expect(qa.answer("知クラについて教えて").intent).toBe("describe");
  });
  it("answers when a year or the figure's own name says which (共同研究件数のH22の数字)", () => {
    expect(qa.answer("きょうどう研究件数のH22の数字ください").status).toBe("answered");
  });
});

describe("a year's figures asked with no subject", () => {
  it("asks which, with whole questions that each answer", () => {
    const answer = qa.answer("H23の数字ください");
    expect(answer.status).toBe("clarify");
    expect(answer.options!.length).toBeGreaterThanOrEqual(2);
    expect(qa.answer(answer.options![0]!.question).status).toBe("answered");
  });
  it("asks which when only a general word asks for the figure (23年度の実績っていくつ？, what's the number for 2011?)", () => {
    const ja = qa.answer("23年度の実績っていくつ？");
    expect(ja.status).toBe("clarify");
    expect(ja.text).not.toContain("資料にありません");
    expect(qa.answer("what's the number for 2011?").status).toBe("clarify");
  });
  it("asks which when the question is only a year, with nothing asked before (H20のは？, ok and for 23 nendo?)", () => {
    const ja = qa.answer("H20のは？");
    expect(ja.status).toBe("clarify");
    expect(ja.text).toContain("平成20年度（2008年度）のどの数値ですか");
    expect(qa.answer("ok and for 23 nendo?").text).toContain("Which figure for FY2011 (Heisei 23)?");
  });
  it("answers a year's follow-up of the subject asked before (じゃあH20は？)", () => {
    const before = qa.answer("都市エリアの予算は？");
    expect(qa.answer("じゃあH20は？", { previous: before.topic }).status).not.toBe("clarify");
  });
  it("never says a year with figures has none (2011年度のデータある？)", () => {
    expect(qa.answer("2011年度のデータある？").text).not.toContain("数値や記述は資料にありません");
  });
});

describe("a year's figures asked in English", () => {
  it("asks back with whole English questions", () => {
    const answer = qa.answer("what was the number for 2011?");
    expect(answer.status).toBe("clarify");
    expect(answer.options[0]!.question).toMatch(/^What was the /);
    expect(answer.options.some((o) => o.question.includes("のbudget"))).toBe(false);
  });
});

describe("a program's figures asked for with kana words around (数字ってどうなってます)", () => {
  it("asks which figure, the kana words asking nothing more", () => {
    expect(qa.answer("地域イノベーション戦略支援プログラムの数字ってどうなってる？").status).toBe("clarify");
  });
});

describe("a subject asked with only a general word for an amount (知的クラスターってどのくらい？, how much?)", () => {
  it("asks which of its figures, as 数字ください does", () => {
    expect(qa.answer("知的クラスターってどのくらい？").status).toBe("clarify");
    expect(qa.answer("knowledge cluster - how much?").status).toBe("clarify");
  });
  it("leaves a measure named beside it to that measure (都市エリアの予算ってどのくらい？)", () => {
    expect(qa.answer("都市エリアの予算ってどのくらい？").intent).toBe("budget");
  });
});

describe("a year's figure asked with a description's words", () => {
  it("asks which figure of the year (what is the FY2004 number; whats typed for what's)", () => {
    for (const q of ["what is the FY2004 number?", "whats the FY2004 number again?"]) {
      const answer = qa.answer(q);
      expect(answer.status).toBe("clarify");
      expect(answer.options.length).toBeGreaterThanOrEqual(2);
    }
  });
});
