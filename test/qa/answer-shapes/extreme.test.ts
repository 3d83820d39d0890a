import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

describe("a ranking asked within a scope only guessed (地域科学技術関係で…いちばん大きい事業)", () => {
  it("ranks the subjects of that kind that have the asked figures, when nothing of the scope has them", () => {
    const answer = createAnswerer().answer("地域科学技術関係でH20予算案がいちばん大きい事業ってどれ");
    expect(answer.summary).toContain("110億円");
  });
});
