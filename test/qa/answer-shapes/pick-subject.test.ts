/**
 * What a question that names no subject gets: the one subject that has the asked kind, a question back with
 * options that keep the asked year and kind, or "not in the documents" for a name the documents lack.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a question without its subject", () => {
  it("is about the only subject that has the asked kind of figure in the asked year", () => {
    const answer = qa.answer("24年度の補正予算額と繰越し等の額を教えて");
    expect(answer.status).toBe("answered");
    expect(answer.topic.subject).toBe("h24-policy");
  });
  it("is asked back, with options that keep its year and kind, when several subjects have that kind", () => {
    const answer = qa.answer("24年度の補正後予算額は？");
    expect(answer.status).toBe("clarify");
    expect(answer.options.length).toBeGreaterThan(1);
    for (const option of answer.options) expect(option.question).toMatch(/の24年度の補正後予算額は/);
  });
  it("is asked back, not refused, when its other words are ones the documents use (達成, 見たい)", () => {
    expect(qa.answer("目標値って達成できてる？").status).toBe("clarify");
    expect(qa.answer("件数の推移が見たいです").status).toBe("clarify");
  });
  it("is refused, naming the word as typed, when a name the documents lack stands in the subject's place", () => {
    const answer = qa.answer("NEDOの2012年度予算は？");
    expect(answer.status).toBe("not_found");
    expect(answer.summary).toContain("「NEDO」");
    for (const option of answer.options) expect(option.question).not.toContain("NEDO");
  });
  it("lists the regions whose names share the question's word, and asks which program when none is named", () => {
    const wide = qa.answer("広域クラスターはどこ？");
    expect(wide.text).toContain("関西広域クラスター");
    expect(wide.text).toContain("九州広域クラスター");
    expect(qa.answer("実施地域はどこ？").status).toBe("clarify");
  });
});

describe("the kinds and indicator a question names", () => {
  it("answers every kind it names, also one outside the intent's kinds (基準値 beside 目標値)", () => {
    const answer = qa.answer("共同研究の実施件数の基準値と目標値を教えて");
    expect(answer.text).toContain("基準値");
    expect(answer.text).toContain("目標値");
  });
  it("keeps to the program's indicator whose own words the question uses", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムの実施地域数、24年度の実績と目標値は？");
    expect(answer.text).toContain("実績");
    expect(answer.text).not.toContain("参加機関数");
  });
  it("reads a verbal noun used as a verb (設定されてる) as no restriction on the figures", () => {
    const answer = qa.answer("共同研究の実施件数の目標値っていくつに設定されてる？");
    expect(answer.status).toBe("answered");
    expect(answer.facts.length).toBeGreaterThan(0);
  });
});

describe("laws of a span of years", () => {
  it("lists the laws enacted from a year onwards, oldest first", () => {
    const answer = qa.answer("H7以降に制定された法律を並べて");
    const at = (name: string) => answer.text.indexOf(name);
    expect(at("科学技術基本法")).toBeGreaterThanOrEqual(0);
    expect(at("知的財産基本法")).toBeGreaterThan(at("産業技術力強化法"));
  });
});
