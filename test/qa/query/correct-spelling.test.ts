import { describe, expect, it } from "vitest";
import { buildSpellingWords, correctSpelling } from "../../../src/qa/query/correct-spelling.js";

const words = buildSpellingWords(["概算要求額", "予算額", "予算案", "budget", "institutions", "クラスター"]);
const corpus = "知的クラスター創成事業の概算要求額\n予算額\n創成\nbudget request\n";

describe("correctSpelling", () => {
  it("reads a word one character from exactly one lexicon word as that word", () => {
    const { text, corrections } = correctSpelling("概算要球額は？", words, corpus);
    expect(corrections).toEqual([{ typed: "概算要球額", read: "概算要求額" }]);
    // Read in the normal form the rest of the pipeline reads (NFKC, lower case).
    expect(text).toBe("概算要求額は?");
  });

  it("reads a Latin word one edit away (a letter dropped or added) as the lexicon word", () => {
    expect(correctSpelling("FY2008 buget?", words, corpus).corrections).toEqual([{ typed: "buget", read: "budget" }]);
    expect(correctSpelling("number of institutons", words, corpus).corrections).toEqual([{ typed: "institutons", read: "institutions" }]);
  });

  it("leaves a stretch alone when its differing character starts a word of the documents (クラスタ創成)", () => {
    expect(correctSpelling("知的クラスタ創成事業", words, corpus).corrections).toEqual([]);
  });

  it("reads a whole katakana word one character off as the name's word (コーディネーダー)", () => {
    const loan = buildSpellingWords(["コーディネーター"]);
    expect(correctSpelling("コーディネーダーの件数", loan, "リーダー\n").corrections).toEqual([
      { typed: "コーディネーダー", read: "コーディネーター" },
    ]);
  });

  it("leaves a word alone when it is one character from two lexicon words", () => {
    expect(correctSpelling("予算額案の件", buildSpellingWords(["予算額", "予算案"]), "").corrections).toEqual([]);
    expect(correctSpelling("予算某は", buildSpellingWords(["予算額", "予算案"]), "").corrections).toEqual([]);
  });

  it("changes nothing in a question the documents' words already cover", () => {
    expect(correctSpelling("知的クラスター創成事業の予算額", words, corpus)).toEqual({
      text: "知的クラスター創成事業の予算額",
      corrections: [],
    });
  });
});
