import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("answerPlaces", () => {
  it("sets each named country's figure side by side, the home country's from the same table", () => {
    const answer = qa.answer("日本の大学発ベンチャー数を米英と比べるとどう？");
    expect(answer.intent).toBe("places");
    expect(answer.lines.map((l) => l.split(":")[0])).toEqual(["・日本", "・アメリカ", "・イギリス"]);
    expect(answer.citations).toHaveLength(3);
    // Japan's is a cumulative count and the others are per year: the answer says they do not compare directly.
    expect(answer.text).toContain("そのままは比べられません");
  });
  it("says a country the documents give no figure for is not there, and offers the ones they give", () => {
    const answer = qa.answer("ドイツの大学発ベンチャーの年間設立件数は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("ドイツ");
    expect(answer.options?.[0]?.question).toContain("アメリカ");
  });
  it("names the countries in English in an English answer", () => {
    const answer = qa.answer("Compare university spin-offs in Japan, the US and the UK");
    expect(answer.lines[0]).toMatch(/^・Japan \(日本\)/);
  });
  it("leaves a subject with no figures per country to its own answer", () => {
    expect(qa.answer("日本とアメリカの共同研究件数を比べて").intent).not.toBe("places");
  });
});

describe("one foreign country asked of a subject given per country", () => {
  it("is that country's figure, not the home country's (UK university spinouts per year)", () => {
    const answer = qa.answer("UK university spinouts per year, what's the number in the doc?");
    expect(answer.intent).toBe("places");
    expect(answer.text).toContain("46");
    expect(answer.text).not.toContain("424");
  });
});

describe("a country's figure asked for a year the documents do not give it for", () => {
  const qa = createAnswerer();
  it("is not in the documents, with the years they give (UK spinouts in 2005: 1996's only)", () => {
    const answer = qa.answer("how many UK university spinouts were set up in 2005?");
    expect(answer.status).toBe("not_found");
    expect(answer.summary).toContain("FY1996");
  });
  it("leaves a year another part asks of (大学発ベンチャーの累計（H14.8まで）とアメリカの年間設立数)", () => {
    expect(qa.answer("大学発ベンチャーの累計（H14.8まで）とアメリカの年間設立数").status).toBe("answered");
  });
});

describe("a comparison with a country the documents give no figure for", () => {
  it("cannot be made: said so, with the one country's figure there is (ドイツ vs 日本)", () => {
    const a = qa.answer("ドイツの大学発ベンチャー設立件数 vs 日本で比較したい");
    expect(a.status).toBe("not_found");
    expect(a.summary).toContain("ドイツ");
    expect(a.text).toContain("424社");
    expect(a.text).not.toContain("アメリカ");
  });
});
