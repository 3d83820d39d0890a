/**
 * Rankings across programs on the real knowledge base.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("rankings across programs", () => {
  it("rank every program named, an abbreviated long name beside exact ones included (地域イノベ創出総合支援)", () => {
    const answer = qa.answer("2008年度予算案で、知的クラスター・都市エリア・JSTの地域イノベ創出総合支援のうち一番大きいのはどれ？");
    expect(answer.summary).toContain("地域イノベーション創出総合支援事業(JST)");
    expect(answer.summary).toContain("110億円");
  });
  it("rank programs by one measure in one year and kind, largest first, saying what was compared", () => {
    const answer = qa.answer("一番予算が多い事業は？");
    expect(answer.status).toBe("answered");
    const figures = answer.table!.rows.map(([, figure]) => Number(figure.replace(/,/g, "").match(/^\d+/)![0]));
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    expect(answer.summary).toMatch(/年度（\d{4}年度）の.+で比べると、最も多いのは/);
  });

  it("rank smallest first when the smallest is asked", () => {
    const answer = qa.answer("予算が最も少ないプログラムは？");
    expect(answer.summary).toContain("最も少ない");
    expect(answer.intent).toBe("min");
  });

  it("never reads a category noun (プログラム) as part of a program's name", () => {
    expect(qa.answer("予算が最も少ないプログラムは？").lines.join("")).not.toContain("と解釈しました");
  });

  it("leaves out a policy ranked beside the programs it is made of", () => {
    const answer = qa.answer("平成20年度で一番予算が多い事業は？");
    expect(answer.table!.rows.map(([name]) => name).join()).not.toContain("地域イノベーション・システムの強化");
  });

  it("ranks the subjects a question names against each other", () => {
    const answer = qa.answer("20年度予算案で、知的クラスター・都市エリア・地域イノベーション創出総合支援事業のうち一番大きいのはどれ？");
    expect(answer.summary).toContain("地域イノベーション創出総合支援事業");
  });
});
