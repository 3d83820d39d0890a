import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";
import { withSameYear } from "../../../src/qa/query/same-year.js";

const cues = ["同じ年度", "同じ年", "the same year"];

describe("withSameYear", () => {
  it("gives a later part the year the part before named", () => {
    expect(withSameYear(["2011年度の共同研究件数と、", "同じ年の整備状況"], cues)).toEqual([
      "2011年度の共同研究件数と、",
      "2011年度の整備状況",
    ]);
  });
  it("replaces the longest cue, leaving no 度 behind", () => {
    expect(withSameYear(["H20の予算と", "同じ年度の地域数"], cues)[1]).toBe("H20の地域数");
  });
  it("leaves a part with its own year as typed", () => {
    expect(withSameYear(["2011年度の件数と", "2008年度の件数"], cues)[1]).toBe("2008年度の件数");
  });
  it("leaves the words when no part before named a year", () => {
    expect(withSameYear(["共同研究件数と", "同じ年の整備状況"], cues)[1]).toBe("同じ年の整備状況");
  });
});

describe("a two-part question whose second part asks of the same year", () => {
  it("answers both parts for the year of the first", () => {
    const answer = createAnswerer().answer("2011年度の共同研究件数と、同じ年の産学官連携本部等の整備状況");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("16,302件");
    expect(answer.text).toContain("245機関");
  });
});
