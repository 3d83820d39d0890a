import { describe, expect, it } from "vitest";
import { chartDataOf, yearLabel } from "../../src/chart/chart-data.js";
import { createAnswerer, type Answer } from "../../src/qa/index.js";

const qa = createAnswerer();
const point = (fiscalYear: number, value: number, unit: string, extra: Partial<NonNullable<Answer["chart"]>["points"][number]> = {}) => ({
  label: String(fiscalYear),
  value,
  display: `${value}${unit}`,
  kind: "実績",
  fiscalYear,
  unit,
  ...extra,
});
const answerWith = (points: NonNullable<Answer["chart"]>["points"]): Answer => ({
  ...qa.answer("共同研究件数の推移"),
  chart: { title: "テスト", unit: points[0]?.unit ?? "", kind: "line", points, source: "資料" },
});

describe("chartDataOf", () => {
  it("puts a series answer's fiscal years on the x axis as the answer labels them, with one unit, the kinds and the source", () => {
    const data = chartDataOf(qa.answer("共同研究件数の推移"))!;
    expect(data.years.map((y) => y.label)).toEqual(["平成15年度", "平成20年度", "平成21年度", "平成22年度", "平成23年度"]);
    expect(data).toMatchObject({ kind: "line", unit: "件", kinds: ["基準値", "実績"] });
    expect(data.series).toHaveLength(1);
    expect(data.series[0]!.points.map((p) => p.value)).toEqual([7248, 14974, 14779, 15544, 16302]);
    expect(data.sources).toEqual([
      "平成24年度実施施策に係る事後評価書（モニタリング） › 成果指標① 国公私立大学等における民間企業との共同研究の実施件数",
    ]);
  });

  it("labels the years in English for an English question", () => {
    const data = chartDataOf(qa.answer("budget trend of the Knowledge Cluster Initiative"))!;
    expect(data.years.map((y) => y.label)).toEqual(["FY2003", "FY2004", "FY2007", "FY2008"]);
    expect(data.lang).toBe("en");
  });

  it("draws a program's phases as separate series, never one line through all of them", () => {
    const data = chartDataOf(qa.answer("知的クラスター創成事業の予算の推移"))!;
    expect(data.series.map((s) => s.name)).toEqual(["知的クラスター創成事業", "第I期", "第II期"]);
    expect(data.series.map((s) => s.points.map((p) => p.year))).toEqual([
      [2003, 2004],
      [2007, 2008],
      [2007, 2008],
    ]);
  });

  it("charts a comparison of years (the highest year; a change between two years) as bars", () => {
    expect(chartDataOf(qa.answer("共同研究件数が一番多い年度は？"))).toMatchObject({ kind: "bar", unit: "件" });
    const change = chartDataOf(qa.answer("平成20年度から23年度で共同研究件数は何件増えた？"))!;
    expect(change.kind).toBe("bar");
    expect(change.years.map((y) => y.label)).toEqual(["平成20年度", "平成21年度", "平成22年度", "平成23年度"]);
  });

  it("leaves out points of another unit instead of drawing them on the same axis", () => {
    const data = chartDataOf(answerWith([point(2008, 10, "件"), point(2009, 12, "件"), point(2009, 5e8, "円")]))!;
    expect(data.unit).toBe("件");
    expect(data.series.flatMap((s) => s.points.map((p) => p.value))).toEqual([10, 12]);
  });

  it("makes a second figure of the same year and subject (another kind) a series of its own", () => {
    const data = chartDataOf(answerWith([point(2008, 10, "件"), point(2008, 11, "件", { kind: "目標" }), point(2009, 12, "件")]))!;
    expect(data.series.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
      ["テスト", [10, 12]],
      ["テスト（目標）", [11]],
    ]);
  });

  it("gives no chart for fewer than two points of one unit, or for an answer without chart points", () => {
    expect(chartDataOf(answerWith([point(2008, 10, "件"), point(2009, 5e8, "円")]))).toBeUndefined();
    expect(chartDataOf(qa.answer("2011年の共同研究件数"))).toBeUndefined();
  });
});

describe("yearLabel", () => {
  it("names a fiscal year without the other calendar", () => {
    expect(yearLabel(2011, "ja")).toBe("平成23年度");
    expect(yearLabel(2019, "ja")).toBe("令和元年度");
    expect(yearLabel(2011, "en")).toBe("FY2011");
  });
});
