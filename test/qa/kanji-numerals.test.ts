import { describe, expect, it } from "vitest";
import { kanjiToNumber, normalizeKanjiNumerals } from "../../src/qa/kanji-numerals.js";

describe("kanjiToNumber", () => {
  it.each([
    ["二〇一一", 2011],
    ["二十三", 23],
    ["十五", 15],
    ["千五百", 1500],
    ["三", 3],
  ])("converts %s to %i", (kanji, n) => {
    expect(kanjiToNumber(kanji)).toBe(n);
  });
});

describe("normalizeKanjiNumerals", () => {
  it("converts numerals before counters and after eras", () => {
    expect(normalizeKanjiNumerals("二〇一一年の件数")).toBe("2011年の件数");
    expect(normalizeKanjiNumerals("平成二十三年度")).toBe("平成23年度");
    expect(normalizeKanjiNumerals("平成元年")).toBe("平成1年");
  });

  it("leaves place names and words that only look like numbers alone", () => {
    expect(normalizeKanjiNumerals("千葉・東葛エリアと八戸エリア、九州広域クラスター、十分")).toBe(
      "千葉・東葛エリアと八戸エリア、九州広域クラスター、十分",
    );
  });
});
