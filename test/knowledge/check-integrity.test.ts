import { describe, expect, it } from "vitest";
import { valuesAgree } from "../../src/knowledge/check-integrity.js";

describe("valuesAgree", () => {
  it("treats a rounded restatement as the same figure", () => {
    expect(valuesAgree({ value: 4.5e9, display: "45億円" }, { value: 4.548e9, display: "4,548百万円" })).toBe(true);
  });

  it("treats different figures at the same precision as a disagreement", () => {
    expect(valuesAgree({ value: 2.66e9, display: "2,660,000千円" }, { value: 2.8e9, display: "2,800,000千円" })).toBe(false);
  });

  it("allows approximate figures within ten percent", () => {
    expect(valuesAgree({ value: 160, display: "約160件", approx: true }, { value: 158, display: "158件" })).toBe(true);
    expect(valuesAgree({ value: 160, display: "約160件", approx: true }, { value: 200, display: "200件" })).toBe(false);
  });
});
