import { describe, expect, it } from "vitest";
import { formatTick, scaleValues } from "../../src/chart/value-scale.js";

describe("scaleValues", () => {
  it("shows yen in 億円 for Japanese and billions for English, from zero in round steps", () => {
    expect(scaleValues(6_900_000_000, "円", "ja")).toEqual({ divisor: 1e8, unitLabel: "億円", ticks: [0, 20, 40, 60, 80], max: 80 });
    expect(scaleValues(6_900_000_000, "円", "en")).toMatchObject({ divisor: 1e9, unitLabel: "billion yen", max: 8 });
  });

  it("keeps other units as they are, covering the largest value", () => {
    const scale = scaleValues(16_302, "件", "ja");
    expect(scale).toMatchObject({ divisor: 1, unitLabel: "件", max: 20_000 });
    expect(scaleValues(16_302, "件", "en").unitLabel).toBe("cases");
  });
});

describe("formatTick", () => {
  it("separates thousands and keeps fractions short", () => {
    expect(formatTick(16000)).toBe("16,000");
    expect(formatTick(0.30000000000000004)).toBe("0.3");
  });
});
