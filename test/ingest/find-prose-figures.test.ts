import { describe, expect, it } from "vitest";
import { findProseFigures } from "../../src/ingest/find-prose-figures.js";
import { readText } from "../../src/ingest/read-text.js";

/** Sentences as the sources write them (knowledge/sources/h15…h17), read for a document of FY2004. */
const read = (text: string) => findProseFigures(readText(text).lines, new Set(), "平成", () => "知的クラスター創成事業", 2004);
const placed = (text: string) => read(text).figures.map((f) => [f.fiscalYear, f.kind, f.figure.display]);

describe("findProseFigures", () => {
  it("places a figure after a fiscal year and a kind of its sentence", () => {
    expect(placed("知的クラスター創成事業の平成１５年度の予算は１５地域で６９億円")).toEqual([[2003, "予算", "69億円"]]);
  });

  it("never gives a budget kind to a count", () => {
    expect(read("知的クラスター創成事業の平成１５年度の予算は１５地域で６９億円").leftOut.map((l) => l.reason)).toEqual([
      "the kind 予算 does not fit a figure in 地域",
    ]);
  });

  it("reads a count of a past year, in a sentence that plans nothing, as that year's 実績", () => {
    expect(placed("産学官連携コーディネーターにより、平成１５年度において、５０００件以上の技術相談を行われた。")).toEqual([
      [2003, "実績", "5000件以上"],
    ]);
  });

  it("reads a date written after a figure as its 時点, in the fiscal year the date falls in", () => {
    expect(
      read("特許出願数 → ２，３６１件 ［平成１４年１２月時点］").figures.map((f) => [f.fiscalYear, f.kind, f.asOf, f.figure.display]),
    ).toEqual([[2002, "時点", "平成14年12月時点", "2,361件"]]);
  });

  it("reads what is to be reached by a year (までに) as that year's target", () => {
    expect(placed("達成目標６－２－１ 平成１８年度までに知的クラスターを１０拠点程度育成する")).toEqual([[2006, "目標値", "10拠点程度"]]);
  });

  it("reads a figure in parentheses after another by the legend that says what they are (※括弧内は19年度予算額)", () => {
    const text = "※括弧内は19年度予算額\n\n#### 都市エリア产学研官連携促進事業\n\n46億円(45億円)\n";
    expect(read(text).figures.map((f) => [f.fiscalYear, f.kind, f.figure.display])).toEqual([[2007, "予算", "45億円"]]);
    expect(read(text).leftOut.map((l) => l.text)).toEqual(["46億円"]);
  });

  it("leaves out a figure whose sentence writes no year", () => {
    expect(read("１５地域及び試行３地域が本部を設置した").leftOut.map((l) => [l.text, l.reason])).toEqual([
      ["15地域", "its sentence writes no fiscal year before it"],
      ["3地域", "its sentence writes no fiscal year before it"],
    ]);
  });

  it("reads a count of now (現在…) as the current 実績 and a goal's figure as its target, both with the year unstated", () => {
    expect(placed("現在１５地域及び試行３地域が本部を設置")).toEqual([
      [null, "実績", "15地域"],
      [null, "実績", "3地域"],
    ]);
    expect(placed("達成目標６－１－１ 大学発特許取得数を１０年間で１５倍に増加する。")).toEqual([[null, "目標値", "15倍"]]);
    expect(placed("達成目標１ 大学、公的研究機関が広く連携する。")).toEqual([]);
  });

  it("gives every figure of a line the date written alone on the line after it, and reads no range's end as a figure", () => {
    expect(
      read("規模：８２大学等に１～２名配置\n（平成１６年７月時点）").figures.map((f) => [f.fiscalYear, f.kind, f.asOf, f.figure.display]),
    ).toEqual([[2004, "時点", "平成16年7月時点", "82大学"]]);
  });

  it("reads the figure before a legend's figure in parentheses as the document's own year, of the kind it writes that year with", () => {
    const text = "平成20年度予算案：26,095 百万円\n※括弧内は19年度予算額\n\n#### 都市エリア产学研官連携促進事業\n\n46億円(45億円)\n";
    const figures = findProseFigures(readText(text).lines, new Set(), "平成", () => "都市エリア", 2008).figures;
    expect(figures.map((f) => [f.fiscalYear, f.kind, f.figure.display])).toEqual([
      [2008, "予算案", "26,095百万円"],
      [2008, "予算案", "46億円"],
      [2007, "予算", "45億円"],
    ]);
  });
});
