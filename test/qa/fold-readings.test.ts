import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { foldReadings, indexReadings } from "../../src/qa/fold-readings.js";
import { createAnswerer, createDeps } from "../../src/qa/index.js";

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

describe("question words typed in hiragana on a phone", () => {
  const words = createDeps().words.readings;
  it.each([
    ["総合的産学官連携 ひつようせい", "総合的産学官連携 必要性"],
    ["いちばんおおいのは", "一番多いのは"],
  ])("read %s as %s (readings of five kana or more)", (typed, read) => {
    expect(foldReadings(typed, words)).toBe(read);
  });
  it("leave a short question word's reading alone (どれくらいちがう)", () => {
    expect(foldReadings("どれくらいちがう", words)).toBe("どれくらいちがう");
  });
});
