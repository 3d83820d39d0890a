import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/qa/index.js";
import { withOtherYears } from "../../src/qa/other-years.js";
import type { KnowledgeBase } from "../../src/knowledge/load-knowledge.js";
import type { Citation } from "../../src/qa/types.js";

const qa = createAnswerer();

describe("quotes cited for one year's figure", () => {
  it("elide the other year's figure the same quote states, keeping its year words", () => {
    const answer = qa.answer("知的クラスター創成事業の平成16年度概算要求額は？");
    const [citation] = answer.citations;
    expect(citation?.otherYears).toContain("6900百万円");
    expect(answer.text).toContain("９０００百万円");
    expect(answer.text).not.toMatch(/６９００|6900/);
  });
  it("show both figures when both years are asked (前年度も): each is an answer then", () => {
    const answer = qa.answer("都市エリアの20年度予算案と前年度の予算額");
    expect(answer.text).toContain("46億円");
    expect(answer.text).toContain("45億円");
  });
  it("answer each asked year with its own kind (20年度予算案と19年度予算額)", () => {
    const answer = qa.answer("知的クラスター第I期の20年度予算案と19年度予算額はそれぞれいくら？");
    expect(answer.text).toContain("1,566百万円");
    expect(answer.text).toContain("3,420百万円");
  });
  it("elide another subject's figure stated in the same line (第I期 beside 第II期)", () => {
    const answer = qa.answer("知的クラスター第Ⅱ期、20年度の予算案は？");
    expect(answer.text).toContain("75億円");
    expect(answer.text).not.toContain("16億円");
  });
  it("list the other kinds of the same year the quote states (当初予算額 beside 執行額 in one budget row)", () => {
    const quote = "ハブ形成事業 令和2年度 6,842,150 7,486,920 7,302,118";
    const fact = (id: string, qualifier: string, display: string) => ({
      id,
      qualifier,
      display,
      fiscalYear: 2024,
      evidence: { document: "new.txt", quote },
    });
    const kb = { facts: [fact("a", "当初予算額", "7,486,920千円"), fact("b", "執行額", "7,302,118千円")] } as unknown as KnowledgeBase;
    const [cited] = withOtherYears(kb, [{ document: "new.txt", quote, figure: "7,302,118千円" } as Citation]);
    expect(cited!.otherYears).toEqual(["7,486,920千円"]);
  });
  it("keep figures of another measure, and every year's number, as context (平成１５年度の予算は１５地域で６９億円)", () => {
    const answer = qa.answer("知的クラスター創成事業の平成15年度予算は何地域でいくら？");
    expect(answer.text).toContain("平成１５年度の予算は１５地域で６９億円");
  });
});
