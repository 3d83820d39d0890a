/**
 * A quoted table row is shown with the fiscal years above it.
 */
import { describe, expect, it } from "vitest";
import { citeHeader } from "../../src/qa/cite-header.js";
import { createDeps } from "../../src/qa/index.js";

const { kb } = createDeps();
const cite = (quote: string, document = "h24-jigo-hyoka.txt") => ({ document, documentTitle: "t", section: "s", quote });

describe("citeHeader", () => {
  it("finds the fiscal-year header (and the kinds line above it) of a quoted table row", () => {
    expect(citeHeader(kb, cite("の実施件数 7,248 件 14,974 件 14,779 件 15,544 件 16,302 件")).header).toBe(
      "基準値 実績値 目標値\n15 年度 20 年度 21 年度 22 年度 23 年度 24 年度 25 年度",
    );
  });

  it("finds it for a row of targets whose empty cells are dashes", () => {
    expect(citeHeader(kb, cite("年度ごとの目標値  － － － － 17,000 件")).header).toContain("15 年度 20 年度");
  });

  it("serves the rows of a later indicator under the same header", () => {
    expect(citeHeader(kb, cite("119 機関 197 機関 216 機関 230 機関 245 機関")).header).toContain("15 年度 20 年度");
  });

  it("leaves a sentence naming its years, one with one figure, and a quote it cannot find, without a header", () => {
    expect(citeHeader(kb, cite("平成20年度は10件、21年度は12件、22年度は15件")).header).toBeUndefined();
    expect(
      citeHeader(kb, cite("平成１６年度概算要求額：９０００百万円 （平成１５年度６９００百万円）", "h16-chiteki-cluster.txt")).header,
    ).toBeUndefined();
    expect(citeHeader(kb, cite("1 件 2 件 3 件 どこにもない")).header).toBeUndefined();
  });
});
