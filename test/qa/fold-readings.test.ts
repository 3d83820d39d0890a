import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { foldReadings, foldWholeRuns, indexReadings } from "../../src/qa/fold-readings.js";
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

describe("a short question word typed in hiragana as a run of its own", () => {
  const { readings, wholeReadings } = createDeps().words;
  it.each([
    ["地域イノベーション・システム強化の はいけい", "地域イノベーション・システム強化の 背景"],
    ["強化のはいけい", "強化の背景"],
  ])("reads %s as %s, a particle before or after it kept", (typed, read) => {
    expect(foldReadings(typed, readings, wholeReadings)).toBe(read);
  });
  it("leaves the reading alone inside a longer run of grammar (それはいけいけ)", () => {
    expect(foldWholeRuns("それはいけいけ", wholeReadings)).toBe("それはいけいけ");
  });
});
