import { describe, expect, it } from "vitest";
import { inCorpus } from "../../../src/qa/query/in-corpus.js";

describe("inCorpus", () => {
  it("tells whether the text holds the word, for each text asked of", () => {
    expect(inCorpus("知的クラスター創成事業", "クラスター")).toBe(true);
    expect(inCorpus("知的クラスター創成事業", "ギャップ")).toBe(false);
    expect(inCorpus("大学と企業のギャップ", "ギャップ")).toBe(true);
    expect(inCorpus("知的クラスター創成事業", "ギャップ")).toBe(false);
  });
});
