/**
 * The core's entry points: an answerer warmed for a start-up snapshot answers as a fresh one does.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer, createWarmAnswerer } from "../../src/qa/index.js";

describe("createWarmAnswerer", () => {
  it("answers exactly as a fresh answerer, after every intent's examples (what it keeps is only what it would compute again)", () => {
    const warm = createWarmAnswerer();
    const fresh = createAnswerer();
    // A figure, a definition (section units), a question that segments words, an English one, one out of scope.
    for (const question of [
      "都市エリアの予算は?",
      "知的クラスター創成事業とは？",
      "2012年度のあっせん・実施許諾の対象特許件数",
      "What was the budget of the City Area Program?",
      "今日の天気は？",
    ])
      expect(warm.answer(question)).toEqual(fresh.answer(question));
  }, 60_000);
});
