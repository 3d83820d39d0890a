/**
 * Two subjects compared: one figure of each, of the asked measure and year, both cited, never two years of one.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("comparing two subjects", () => {
  it("shows one figure of each subject for the asked year and says which is larger", () => {
    const answer = qa.answer("都市エリアと知的クラスター、平成15年度の予算はどちらが多い？");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toMatch(/^知的クラスター創成事業の方が/);
    expect(answer.lines.join("\n")).toMatch(/都市エリア産学官連携促進事業: 平成15年度（2003年度） 予算 31億円/);
    expect(answer.lines.join("\n")).toMatch(/知的クラスター創成事業: 平成15年度（2003年度） 予算 6900百万円/);
  });

  it("compares the measure the question names beside the comparison (1地域当たり)", () => {
    const answer = qa.answer("1地域あたりの支援額、知的クラスターと都市エリアでどのくらい違う？");
    expect(answer.lines.join("\n")).toMatch(/年間5億円程度[\s\S]*年間1億円程度/);
    expect(answer.summary).toContain("4億円多く");
  });

  it("keeps a question naming one subject and a guessed word a comparison of years", () => {
    const answer = qa.answer("共同研究件数は平成20年度と23年度でどれくらい違う？");
    expect(answer.summary).toMatch(/^国公私立大学等における民間企業との共同研究の実施件数は 平成20年度/);
    expect(answer.summary).toContain("増えました");
  });
});

describe("a program whose figure of the year is given per phase", () => {
  const a = qa.answer("知クラと都市エリアの予算はどっちが多い？");
  it("shows each phase's figure under the phase's name", () => {
    expect(a.lines.join("\n")).toMatch(/第I期）: 平成20年度.*16億円/);
    expect(a.lines.join("\n")).toMatch(/第II期）: 平成20年度.*75億円/);
  });
  it("names no winner, since no one figure of the program is stated", () => {
    expect(a.summary).not.toMatch(/多く/);
  });
});

describe("a guessed name joined by と to an exact one", () => {
  it("is compared with it (知クラと都市エリアの1地域あたりの年額)", () => {
    const a = qa.answer("知クラと都市エリアって1地域あたりの年額どれくらい違うの？");
    expect(a.text).toContain("年間5億円程度");
    expect(a.text).toContain("年間1億円程度");
  });
});
