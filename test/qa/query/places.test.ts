import { describe, expect, it } from "vitest";
import { findPlaces } from "../../../src/qa/query/places.js";
import { loadIntents } from "../../../src/qa/load-intents.js";

const { lexicon } = loadIntents();

describe("findPlaces", () => {
  it("reads runs of initials as countries, in the order typed", () => {
    expect(findPlaces("日本の大学発ベンチャー数を米英と比べる", lexicon)).toEqual(["日本", "アメリカ", "イギリス"]);
  });
  it("does not read a lone initial inside another word (英語, 米国産)", () => {
    expect(findPlaces("英語の資料はある？", lexicon)).toEqual([]);
  });
  it("reads capitalized abbreviations only as written: the pronoun us is no country", () => {
    expect(findPlaces("tell us about the US and UK", lexicon)).toEqual(["アメリカ", "イギリス"]);
    expect(findPlaces("let us know", lexicon)).toEqual([]);
  });
});
