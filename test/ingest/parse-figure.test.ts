import { describe, expect, it } from "vitest";
import { figuresIn, isFigureCell, isPlaceholderCell, parseFigure } from "../../src/ingest/parse-figure.js";

describe("figures as documents write them", () => {
  it.each([
    ["7,248 件", undefined, 7248, "7,248件", "件"],
    ["△359,976", "千円", -359976000, "△359,976千円", "円"],
    ["３１億円", undefined, 3100000000, "31億円", "円"],
    ["12.5%", undefined, 12.5, "12.5%", "%"],
    // Counters of any kind are units: a row in 団体 was left out whole before.
    ["192団体", undefined, 192, "192団体", "団体"],
    ["12か所", undefined, 12, "12か所", "か所"],
  ])("reads %s (table unit %s)", (text, unit, value, display, base) => {
    expect(parseFigure(text, unit)).toEqual({ value, display, unit: base, approx: false });
  });

  it("marks 約 as approximate", () => {
    expect(parseFigure("約１６０件")).toMatchObject({ value: 160, approx: true, display: "約160件" });
  });

  it("tells figure cells and placeholders from words", () => {
    expect(["14,974件", "1,982,194", "△129,465"].every(isFigureCell)).toBe(true);
    expect(isFigureCell("調査中")).toBe(false);
    expect(["－", "―", "調査中"].every(isPlaceholderCell)).toBe(true);
  });

  it("finds the figures of a sentence with their units only", () => {
    expect(figuresIn("平成１５年度の予算は１５地域で６９億円").map((f) => f.figure.display)).toEqual(["15地域", "69億円"]);
  });
});
