import { describe, expect, it } from "vitest";
import { wordSegments } from "../../src/search/word-segments.js";

describe("wordSegments", () => {
  it("splits Japanese into words as Intl.Segmenter does, on every call", () => {
    const words = (text: string) => [...wordSegments(text)].filter((s) => s.isWordLike).map((s) => s.segment);
    expect(words("共同研究の件数")).toEqual(["共同", "研究", "の", "件数"]);
    expect(words("大学発ベンチャー")).toEqual(words("大学発ベンチャー"));
  });
});
