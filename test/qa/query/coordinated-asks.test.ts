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
  it("are two kinds of figure of different groups, each with its own year (23年度実績と25年度の目標値)", () => {
    const answer = qa.answer("共同研究件数の23年度実績と25年度の目標値");
    expect(answer.text).toContain("16,302件");
    expect(answer.text).toContain("17,000件");
  });
  it("are an actual figure and a target asked of one year (23年度実績と目標値)", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムの参加機関数、23年度実績と目標値は？");
    expect(answer.text).toContain("338機関");
    expect(answer.text).toContain("540機関");
  });
  it("stay one question when the kinds are of one group (予算案と概算要求額)", () => {
    expect(qa.answer("知的クラスター創成事業の20年度予算案と概算要求額").intent).toBe("budget");
  });
  it("are two figures each asked with its own year (24年度のポートフォリオ数と25年度当初予算), the later one of the program", () => {
    const answer = qa.answer("大学発新産業創出拠点プロジェクトの24年度のポートフォリオ数と25年度当初予算");
    expect(answer.text).toContain("7件");
    expect(answer.text).toContain("2,032,222千円");
  });
  it("stay one question when the two years are compared (24年度補正後と25年度当初でどう違う)", () => {
    expect(qa.answer("A-STEPの予算 24年度補正後と25年度当初でどう違う").intent).toBe("difference");
  });
  it("are a figure and an attribute though a describe word comes between (…について、…の概算要求額と主管課)", () => {
    expect(qa.answer("総合的産学官連携推進事業について、平成17年度の概算要求額と主管課をご教示ください。").intent).toBe("budget+owner");
  });
  it("are two attributes asked together (主管課と達成年度)", () => {
    const answer = qa.answer("総合的産学官連携推進事業の主管課と達成年度って？");
    expect(answer.intent).toBe("owner+goal");
    expect(answer.text).toContain("研究環境・産業連携課");
  });
});

describe("two figures of different measures, or a year that belongs to one of them", () => {
  it("answers both a budget and a count joined by と (予算と実施地域数)", () => {
    const answer = qa.answer("都市エリアの予算と実施地域数");
    expect(answer.text).toContain("46億円");
    expect(answer.text).toContain("19地域");
  });
  it("keeps a year written after the と for the second ask only (実施地域数と平成15年度予算)", () => {
    const answer = qa.answer("都市エリア事業の実施地域数と平成15年度予算をセットで知りたいです");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("31億円");
  });
  it("keeps the documents the whole question named for each part (H15資料の…)", () => {
    expect(qa.answer("H15資料の知的クラスター、実施地域数と1地域あたりの年間予算は？").text).toContain("15地域");
  });
});

describe("a comparison whose operands are joined by と", () => {
  it("is one question, answered with both sides' figures (本格実施地域と試行地域の支援額の差)", () => {
    const answer = qa.answer("知的クラスターの本格実施地域と試行地域、1地域あたりの年間支援額の差は？");
    expect(answer.intent).not.toContain("+");
    expect(answer.text).toContain("年間5億円程度");
    expect(answer.text).toContain("年間1億円");
  });
});
