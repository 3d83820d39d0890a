import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { isEnglishWord } from "../../../src/qa/query/english-words.js";

const listed = readFileSync(join(dirname(createRequire(import.meta.url).resolve("word-list")), "words.txt"), "utf8")
  .split("\n")
  .filter(Boolean);

describe("isEnglishWord", () => {
  it("knows ordinary English words in any case", () => {
    expect(isEnglishWord("urban")).toBe(true);
    expect(isEnglishWord("Created")).toBe(true);
  });
  it("does not know names of countries and organizations", () => {
    expect(isEnglishWord("germany")).toBe(false);
    expect(isEnglishWord("NEDO")).toBe(false);
  });
  it("finds the list's first and last words and words listed out of order", () => {
    const outOfOrder = listed.filter((w, i) => i > 0 && listed[i - 1]! >= w);
    expect(outOfOrder.length).toBeGreaterThan(0);
    for (const word of [listed[0]!, listed.at(-1)!, ...outOfOrder]) expect(isEnglishWord(word), word).toBe(true);
  });
  it("agrees with the whole list on every 97th word and on words one letter off them", () => {
    const all = new Set(listed);
    for (const word of listed.filter((_, i) => i % 97 === 0))
      for (const w of [word, `${word}q`, word.slice(0, -1), `z${word}`]) expect(isEnglishWord(w), w).toBe(all.has(w));
  });
});
