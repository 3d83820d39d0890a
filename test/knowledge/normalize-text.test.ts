import { describe, expect, it } from "vitest";
import { mapNormalized, normalizeForMatch } from "../../src/knowledge/normalize-text.js";

describe("normalizeForMatch", () => {
  it("folds full-width forms and variants and drops white space", () => {
    expect(normalizeForMatch("都市エリア产学研官\n連携 ２，３６１", { 产: "産" })).toBe("都市エリア産学研官連携2,361");
  });

  it("gives each variant map its own answer for the same text, however often it is asked", () => {
    for (let i = 0; i < 3; i++) {
      expect(normalizeForMatch("产学", { 产: "産" })).toBe("産学");
      expect(normalizeForMatch("产学", {})).toBe("产学");
    }
  });

  it("agrees with mapNormalized", () => {
    const text = "Ｈ１５ 国立大学法人法（審議中）\n产";
    expect(normalizeForMatch(text, { 产: "産" })).toBe(mapNormalized(text, { 产: "産" }).text);
  });
});

describe("mapNormalized", () => {
  it("traces each output character back to its input character", () => {
    expect(mapNormalized("Ａ Ｂ", {})).toEqual({ text: "AB", origin: [0, 2] });
  });
});
