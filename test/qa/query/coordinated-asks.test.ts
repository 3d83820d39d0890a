import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("two kinds of thing asked of one subject, joined by と", () => {
  it("are both answered (a budget and the owner division)", () => {
    const answer = qa.answer("総合的産学官連携推進事業のH17概算要求額と主管課は？");
    expect(answer.intent).toBe("budget+owner");
    expect(answer.text).toContain("4,548百万円");
    expect(answer.text).toContain("研究環境・産業連携課");
  });
  it("stay one question when と joins what one question compares or names together", () => {
    expect(qa.answer("平成20年度と23年度の共同研究件数の差は？").intent).toBe("difference");
    expect(qa.answer("知的クラスターと都市エリアの20年度予算案は？").intent).toBe("budget");
  });
  it("answer a later part that names nothing (どんな事業か簡単に) about the first part's subject", () => {
    const answer = qa.answer("大学発新産業創出拠点プロジェクトの25年度予算と、どんな事業か簡単に");
    expect(answer.text).toContain("2,032,222千円");
    expect(answer.text).toContain("事業化ノウハウ");
  });
  it("are two attributes asked together (主管課と達成年度)", () => {
    const answer = qa.answer("総合的産学官連携推進事業の主管課と達成年度って？");
    expect(answer.intent).toBe("owner+goal");
    expect(answer.text).toContain("研究環境・産業連携課");
  });
});
