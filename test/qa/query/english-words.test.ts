import { describe, expect, it } from "vitest";
import { isEnglishWord } from "../../../src/qa/query/english-words.js";

describe("isEnglishWord", () => {
  it("knows ordinary English words in any case", () => {
    expect(isEnglishWord("urban")).toBe(true);
    expect(isEnglishWord("Created")).toBe(true);
  });
  it("does not know names of countries and organizations", () => {
    expect(isEnglishWord("germany")).toBe(false);
    expect(isEnglishWord("NEDO")).toBe(false);
  });
});
