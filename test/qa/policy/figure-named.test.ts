import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a figure the asker quotes back", () => {
  it("says when the quoted figure is from, with its fact cited", () => {
    const answer = qa.answer("コーディネーターが82大学等に1～2名っていう規模、いつ時点の数字？");
    expect(answer.intent).toBe("figure-named");
    expect(answer.summary).toContain("平成16年7月時点");
    expect(answer.citations).toHaveLength(1);
  });
  it("leaves a number without a counter, or a question that asks no date, to the other rules", () => {
    expect(qa.answer("2011年の共同研究件数").intent).not.toBe("figure-named");
    expect(qa.answer("5,264件の内訳は？").intent).not.toBe("figure-named");
  });
});
