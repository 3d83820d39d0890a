import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a figure the asker quotes back", () => {
  it("says when the quoted figure is from, with its fact cited", () => {
    const answer = qa.answer("コーディネーターが82大学等に1～2名っていう規模、いつ時点の数字？");
    expect(answer.intent).toBe("figure-named");
    expect(answer.summary).toContain("平成16年7月時点");
    expect(answer.citations).toHaveLength(1);
  });
  it("leaves a number without a counter, or a question that asks no date, to the other rules", () => {
    expect(qa.answer("2011年の共同研究件数").intent).not.toBe("figure-named");
    expect(qa.answer("5,264件の内訳は？").intent).not.toBe("figure-named");
  });
});

describe("when a list of names is asked when or why", () => {
  it("answers from the passage that dates it, not with the list", () => {
    const answer = qa.answer("第I期知的クラスターの4地域が事業を終了したのはいつ？");
    expect(answer.intent).toBe("describe");
    expect(answer.text).toContain("平成19年度末");
  });
  it("never quotes another program's section for words the question shares with it", () => {
    expect(qa.answer("都市エリアの実施地域はいつ決まった？").citations[0]?.section).not.toContain("知的クラスター");
  });
  it("reads いつ only as a word: どれくらいついてる asks an amount", () => {
    expect(qa.answer("経産省の産業クラスター計画って予算どれくらいついてる？").text).not.toContain("時期");
  });
});

describe("a year's figures asked with no subject", () => {
  it("asks which, with whole questions that each answer", () => {
    const answer = qa.answer("H23の数字ください");
    expect(answer.status).toBe("clarify");
    expect(answer.options!.length).toBeGreaterThanOrEqual(2);
    expect(qa.answer(answer.options![0]!.question).status).toBe("answered");
  });
  it("never says a year with figures has none (2011年度のデータある？)", () => {
    expect(qa.answer("2011年度のデータある？").text).not.toContain("数値や記述は資料にありません");
  });
});

describe("names of participants", () => {
  it("are not in the documents, said as such (企業名一覧)", () => {
    const answer = qa.answer("金沢地域の知的クラスターに参加してる企業名一覧");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("名称");
  });
});
