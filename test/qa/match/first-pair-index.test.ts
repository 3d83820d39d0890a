import { describe, expect, it } from "vitest";
import { indexByFirstPair, wordsIn } from "../../../src/qa/match/first-pair-index.js";

describe("wordsIn", () => {
  const index = indexByFirstPair(["都市エリア", "都市", "エリア", "知的クラスター", "x", "", "リア"]);

  it("finds every indexed word that occurs, in list order, each once", () => {
    expect(wordsIn(index, "都市エリアと都市エリアの予算")).toEqual([0, 1, 2, 6]);
  });

  it("finds a word that shares its first two characters with a longer one only when it occurs", () => {
    expect(wordsIn(index, "都市の予算")).toEqual([1]);
    expect(wordsIn(index, "知的クラスの予算")).toEqual([]);
  });

  it("never finds a word shorter than two characters, and reads characters outside the BMP as two code units", () => {
    expect(wordsIn(index, "x")).toEqual([]);
    expect(wordsIn(indexByFirstPair(["𠮷野", "野家"]), "𠮷野家")).toEqual([0, 1]);
  });
});
