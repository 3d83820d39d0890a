import { describe, expect, it } from "vitest";
import { createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";
import { undatedMeasure } from "../../../src/qa/answer-shapes/undated-measure.js";

const deps = createDeps();
const read = (q: string) => undatedMeasure(understandQuestion(deps, q), deps);

describe("undatedMeasure", () => {
  it("reads a change of a measure the documents give without years as that measure's figures", () => {
    expect(read("知的クラスターの本格実施地域と試行地域で、1地域あたりの補助額はどれくらい違う？")?.intent?.name).toBe("support");
  });
  it("blanks the trial cue, so both sides' figures are shown", () => {
    expect(read("知的クラスターの本格実施地域と試行地域で、1地域あたりの補助額はどれくらい違う？")?.match).not.toContain("試行地域");
  });
  it("leaves a change over two years to the change", () => {
    expect(read("知的クラスターの予算、19年度と20年度でどれくらい違う？")).toBeUndefined();
  });
});
