import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

describe("a section that opens with its own numbered title", () => {
  it("reads on past the first sentence (⑥必要性 … そのためには…が必要): the numbered title is no list item", () => {
    const answer = createAnswerer().answer("知的クラスター創成事業はなぜ必要だとされてるの？");
    expect(answer.text).toContain("知的クラスターの形成が必要");
  });
});
