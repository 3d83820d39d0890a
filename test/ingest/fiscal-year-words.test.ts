import { describe, expect, it } from "vitest";
import { documentEra, findYear, yearsIn } from "../../src/ingest/fiscal-year-words.js";

describe("fiscal years as documents write them", () => {
  it.each([
    ["23 年度", 2011],
    ["平成２３年度", 2011],
    ["H23年度", 2011],
    ["令和5年度", 2023],
    ["令和元年度", 2019],
    ["2011年度", 2011],
  ])("reads %s as FY%i", (text, year) => {
    expect(findYear(text, "平成")?.fiscalYear).toBe(year);
  });

  it("reads a bare two-digit year in the document's own era, and none without one", () => {
    expect(findYear("5年度", "令和")?.fiscalYear).toBe(2023);
    expect(findYear("5年度", undefined)).toBeUndefined();
  });

  it("keeps what follows the year in a header cell", () => {
    expect(findYear("24年度補正後予算額（千円）", "平成")).toMatchObject({ fiscalYear: 2012, label: "24年度", rest: "補正後予算額(千円)" });
  });

  it("finds the document's era and every year of a sentence", () => {
    expect(documentEra("平成２４年度実施施策に係る事後評価書")).toBe("平成");
    expect(yearsIn("平成22年度から23年度まで", "平成")).toEqual([2010, 2011]);
  });
});
