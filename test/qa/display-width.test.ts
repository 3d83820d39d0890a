import { describe, expect, it } from "vitest";
import { displayWidth, padToWidth } from "../../src/qa/display-width.js";

describe("displayWidth", () => {
  it("counts kanji, kana and full-width forms as two columns and ASCII as one", () => {
    expect(displayWidth("平成23年度")).toBe(10);
    expect(displayWidth("（2003）")).toBe(8);
  });

  it("pads Japanese and ASCII labels to the same column", () => {
    expect(displayWidth(padToWidth("年度", 12))).toBe(12);
    expect(displayWidth(padToWidth("FY2011", 12))).toBe(12);
  });
});
