import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("what a region does, asked with 取組み", () => {
  it("is its stated description, not a diagram's labels under a heading (神戸クラスター)", () => {
    const a = qa.answer("神戸クラスターってどんな取組みしてるとこ？");
    expect(a.text).toContain("再生医療");
  });
});
