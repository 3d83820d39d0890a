import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { foldReadings, indexReadings } from "../../src/qa/fold-readings.js";
import { createAnswerer } from "../../src/qa/index.js";

const index = indexReadings(loadKnowledge().readings);

describe("words typed in hiragana", () => {
  it.each([
    ["きょうどう研究って", "共同研究って"],
    ["さんがくかんれんけいほんぶの整備", "産学官連携本部の整備"],
    ["ちいきのよさんはいくら", "地域の予算はいくら"],
  ])("read %s as %s", (typed, read) => {
    expect(foldReadings(typed, index)).toBe(read);
  });
  it.each(["おしえてください", "ありがとうございます", "すみません、いつですか", "それはなんですか"])(
    "leave ordinary hiragana alone: %s",
    (text) => {
      expect(foldReadings(text, index)).toBe(text);
    },
  );
  it("answer like the written words", () => {
    expect(createAnswerer().answer("さんがくかんれんけいほんぶの整備状況 20年度 何機関ですか").summary).toContain("197機関");
  });
});
