/**
 * What a question that names no subject gets: the one subject that has the asked kind, a question back with
 * options that keep the asked year and kind, or "not in the documents" for a name the documents lack.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a question without its subject", () => {
  it("words an English question's options as English questions, not joined with の", () => {
    const answer = qa.answer("What was the budget after supplementary in FY2012?");
    for (const option of answer.options) expect(option.question).not.toMatch(/のWhat/);
  });
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

describe("options asked back for a question with words of its own for the subject", () => {
  it("are the reading's own questions, not another name glued to the asker's words", () => {
    const answer = createAnswerer().answer("HQ things - latest actual vs the target? how close are they");
    for (const option of answer.options ?? []) expect(option.question).not.toContain("HQ things");
  });
});

describe("a guess of a kind the reading cannot take", () => {
  it("is its alternative of a kind it takes (the hubs program's budget, not its indicator's)", () => {
    const answer = createAnswerer().answer("FY2013 budget of the advanced interdisciplinary innovation hubs program?");
    expect(answer.text).toContain("6,636,550");
  });
});

describe("sure guesses joined as a list", () => {
  it("are each asked (知クラと総合的産学官の主管課)", () => {
    const answer = qa.answer("知クラと総合的産学官の主管課");
    expect(answer.text).toContain("地域科学技術振興室");
    expect(answer.text).toContain("研究環境・産業連携課");
  });
});
