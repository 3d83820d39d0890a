import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";

const deps = createDeps();
const qa = createAnswerer();

describe("a span anchored at a dated law (TLO法以降)", () => {
  it("reads the law as its year, the start of the span, and no subject", () => {
    const query = understandQuestion(deps, "TLO法以降、産学連携まわりで制定された法律を順に");
    expect(query.years.span).toEqual({ from: 1998 });
    expect(query.mentions).toEqual([]);
  });
  it("lists the laws from that year on, in English too (passed after the TLO Act)", () => {
    const answer = qa.answer("which laws were passed after the TLO Act?");
    expect(answer.intent).toBe("laws-in-year");
    expect(answer.text).toContain("産業活力再生特別措置法");
  });
  it("is no span when a figure, not laws, is asked (TLO法以降の特許出願数)", () => {
    expect(understandQuestion(deps, "TLO法以降の特許出願数は？").years.span).toBeUndefined();
  });
});
