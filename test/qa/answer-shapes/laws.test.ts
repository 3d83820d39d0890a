import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("laws of a span of years", () => {
  it("lists the laws enacted from a year onwards, oldest first", () => {
    const answer = qa.answer("H7以降に制定された法律を並べて");
    const at = (name: string) => answer.text.indexOf(name);
    expect(at("科学技術基本法")).toBeGreaterThanOrEqual(0);
    expect(at("知的財産基本法")).toBeGreaterThan(at("産業技術力強化法"));
  });
});

describe("laws asked as a list with no year", () => {
  it("lists every law the documents date, by year", () => {
    const answer = createAnswerer().answer("産学官連携に関係する法律をひととおり挙げて");
    expect(answer.status).toBe("answered");
    expect(answer.text.indexOf("科学技術基本法")).toBeLessThan(answer.text.indexOf("知的財産基本法"));
  });
  it("reads 'from 1995 on' as a span open to the end", () => {
    expect(createAnswerer().answer("which laws were passed from 1995 on?").text).toContain("TLO");
  });
});

describe("when a plan was adopted", () => {
  it("gives the date as the documents write it, when they give one, in both forms", () => {
    expect(qa.answer("第4期科学技術基本計画はいつ？").text).toContain("平成23年8月19日（2011年8月19日）");
    expect(qa.answer("When did the cabinet adopt the 4th S&T Basic Plan?").text).toContain("on August 19, 2011 (平成23年8月19日)");
  });
  it("gives the year alone when that is all they say (TLO法)", () => {
    expect(qa.answer("TLO法はいつ制定された？").text).toContain("平成10年（1998年）");
  });
});

describe("a law's number asked (法律番号)", () => {
  it("is answered with its enactment, which gives the number", () => {
    const answer = qa.answer("知的財産基本法って法律番号は？");
    expect(answer.intent).toBe("law-year");
    expect(answer.text).toContain("平成14年法律第122号");
  });
});
