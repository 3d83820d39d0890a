import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("money asked of one region", () => {
  it("is its program's support per region, said as the program's, not the region's own budget", () => {
    const answer = qa.answer("札幌クラスターには毎年いくら出る？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("札幌クラスターだけの額は資料にありません");
    expect(answer.text).toContain("年間5億円");
    expect(answer.text).not.toContain("年間1億円");
  });
  it("is the trial regions' support for a trial region", () => {
    const answer = qa.answer("宇部地域は年間いくらもらえる？");
    expect(answer.text).toContain("年間1億円");
    expect(answer.text).not.toContain("年間5億円");
  });
  it("is not the program's support when someone else's money is asked (a prefecture's own budget)", () => {
    const answer = qa.answer("福岡県が福岡クラスターに出している独自予算は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toContain("5億円");
  });
  it("is answered in English too", () => {
    const answer = qa.answer("how much does the Sapporo cluster get per year?");
    expect(answer.text).toContain("supports each region");
  });
});

describe("a region's own budget asked by its noun or for a year", () => {
  it("is not in the documents, never the program's support per region (配分された予算額, 単体の年間予算, FY2004 specifically)", () => {
    const qa = createAnswerer();
    for (const q of [
      "浜松クラスターに配分された予算額は？",
      "札幌クラスター単体の年間予算はいくら？",
      "how much did the Kobe cluster get in FY2004 specifically?",
    ])
      expect(qa.answer(q).status).toBe("not_found");
  });
  it("keeps answering the support a region gets, asked in general words (年間いくらくらいの支援)", () => {
    expect(createAnswerer().answer("富山・高岡クラスターは年間いくらくらいの支援ですか").status).toBe("answered");
  });
});
