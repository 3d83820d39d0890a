import { describe, expect, it } from "vitest";
import { expandShorthands } from "../../../src/qa/query/shorthands.js";
import { createAnswerer } from "../../../src/qa/index.js";

const shorthands = { VB: "ベンチャー", P: "プログラム", コーディ: "コーディネーター", univ: "university" };

describe("expandShorthands", () => {
  it("writes out a shorthand as the documents write it (大学発VB, 戦略P)", () => {
    expect(expandShorthands("大学発VBの数", shorthands)).toBe("大学発ベンチャーの数");
    expect(expandShorthands("地域イノベ戦略P", shorthands)).toBe("地域イノベ戦略プログラム");
  });
  it("leaves a shorthand that already begins its long form, or a letter inside a word (コーディネーター, APR)", () => {
    expect(expandShorthands("コーディネーターの数", shorthands)).toBe("コーディネーターの数");
    expect(expandShorthands("APR", shorthands)).toBe("APR");
  });
  it("leaves a shorthand inside a name that holds it as written (S-イノベ)", () => {
    expect(expandShorthands("S-イノベの課題と地域イノベ", { イノベ: "イノベーション" }, ["S-イノベ"])).toBe(
      "S-イノベの課題と地域イノベーション",
    );
  });
  it("reads Latin words with a space or a period only as words of their own (no. of, not piano. of)", () => {
    const english = { "no. of": "number of", u: "you" };
    expect(expandShorthands("no. of regions", english)).toBe("number of regions");
    expect(expandShorthands("a piano. of course", english)).toBe("a piano. of course");
  });
  it("reads a one-letter shorthand only in lower case (can u, not the U.K.)", () => {
    expect(expandShorthands("can u give the U.K. figure", { u: "you" })).toBe("can you give the U.K. figure");
  });
  it("reads a lower-case Latin shorthand in any case (Univ startups)", () => {
    expect(expandShorthands("Univ startups", shorthands)).toBe("university startups");
  });
});

describe("questions typed as names and years only", () => {
  const qa = createAnswerer();
  it("answer with the subject's figures of that year (知クラ第II期 2008年度)", () => {
    expect(qa.answer("知クラ第II期 2008年度").text).toContain("75億円");
  });
  it("read イノベ as イノベーション in a name (JSTの地域イノベ事業)", () => {
    expect(qa.answer("JSTの地域イノベ事業のH20予算案").text).toContain("110億円");
  });
  it("read an arrow between two years as a change (知クラ2期 H19→H20)", () => {
    expect(qa.answer("知クラ2期 H19→H20").intent).toBe("difference");
  });
});
