import { describe, expect, it } from "vitest";
import { optionLabel } from "../../src/qa/option-label.js";

describe("optionLabel", () => {
  it("keeps a short option as it is", () => {
    expect(optionLabel("都市エリア産学官連携促進事業の予算は？")).toBe("都市エリア産学官連携促進事業の予算は？");
  });
  it("cuts a long English option at a word's end and says so", () => {
    const label = optionLabel("What figures are given for institutions taking part in joint research in the Knowledge Cluster Initiative?");
    expect(label).toBe("What figures are given for institutions taking part in joint…");
    expect(label.length).toBeLessThanOrEqual(70);
  });
  it("cuts a long Japanese option at 70 characters with an ellipsis", () => {
    const label = optionLabel("地域イノベーション戦略支援プログラム".repeat(5));
    expect(label).toHaveLength(70);
    expect(label.endsWith("…")).toBe(true);
  });
});
