import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";
import { phasesIn } from "../../../src/qa/policy/phase-asked.js";

const qa = createAnswerer();

describe("phasesIn", () => {
  it("reads a phase's number however it is written (第III期, 第3期, 第三期, phase 3, the third phase)", () => {
    expect(phasesIn("第III期と第3期と第三期")).toEqual([3, 3, 3]);
    expect(phasesIn("phase 3 or the third phase")).toEqual([3, 3]);
  });
  it("reads no phase where none is written (第4回, phases)", () => {
    expect(phasesIn("第4回の会議 and phases")).toEqual([]);
  });
});

describe("a phase the documents do not give", () => {
  it("is said to be missing, with the phases they do give (知クラ第III期)", () => {
    const answer = qa.answer("知クラ第III期の予算ってどうなってます？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("第II期");
    expect(answer.text).not.toContain("75億円");
  });
  it("is said so in English too (knowledge cluster phase 3)", () => {
    expect(qa.answer("budget of the knowledge cluster phase 3?").status).toBe("not_found");
  });
  it("leaves a phase the documents give to its figures (第II期)", () => {
    expect(qa.answer("知的クラスター第II期の予算").text).toContain("75億円");
  });
});
