import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";
import { joinCuts } from "../../../src/qa/query/join-split.js";

const qa = createAnswerer();
const deps = createDeps();
const cutsOf = (q: string) => {
  const query = understandQuestion(deps, q);
  return joinCuts(query).map(({ at, end }) => [query.match.slice(0, at), query.match.slice(end)]);
};

describe("places to cut a question at と", () => {
  it("are each と between two nouns (…の拠点数と当初予算)", () => {
    expect(cutsOf("先端融合の拠点数と当初予算")).toEqual([["先端融合の拠点数", "当初予算"]]);
  });
  it("leave out a と that ends a clause or compares (とは, と比べ)", () => {
    expect(cutsOf("TLOとは？")).toEqual([]);
    expect(cutsOf("都市エリアの予算を知的クラスターと比べると")).toEqual([]);
  });
  it("leave out a と between two years (23年度と24年度)", () => {
    expect(cutsOf("施策の当初予算、23年度と24年度")).toEqual([]);
  });
});

describe("places to cut an English question at and", () => {
  it("include an and after a comma (…in FY2008, and how many regions?)", () => {
    expect(cutsOf("city area program budget in FY2008, and how many regions?")).toEqual([
      ["city area program budget in fy2008,", "how many regions?"],
    ]);
  });
});

describe("a question cut at と by its answers", () => {
  it("answers a figure and a target of one subject (基準値と目標値)", () => {
    const answer = qa.answer("産学官連携本部等の整備状況の基準値と目標値");
    expect(answer.text).toContain("119機関");
    expect(answer.text).toContain("250機関");
  });
  it("answers a later half of another kind from the first half's program (拠点数と当初予算)", () => {
    const answer = qa.answer("先端融合の拠点数と当初予算");
    expect(answer.text).toContain("12拠点");
    expect(answer.text).toContain("6,636,550千円");
  });
  it("gives a year written before the first half to a second half that names none", () => {
    const answer = qa.answer("H23の共同研究件数と産学官連携本部等の整備数");
    expect(answer.text).toContain("16,302件");
    expect(answer.summary).toContain("245機関");
  });
  it("stays one question when the whole already answers both (two subjects of one figure)", () => {
    expect(qa.answer("知的クラスターと都市エリアの20年度予算案は？").intent).toBe("budget");
  });
});

describe("a question whose whole reading finds no figure", () => {
  it("is cut at と when both halves answer with figures (…のH15予算と1地域あたりの年間額)", () => {
    const a = qa.answer("都市エリアのH15予算と1地域あたりの年間額");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("31億円");
    expect(a.text).toContain("年間1億円程度");
  });
});

describe("a half that adds a figure the whole did not answer", () => {
  it("is kept when it comes first (…25年度の予算と拠点数の目標は？ read as the target)", () => {
    const a = qa.answer("先端融合の拠点プログラム、25年度の予算と拠点数の目標は？");
    expect(a.text).toContain("6,636,550千円");
    expect(a.text).toContain("12拠点");
  });
});

describe("a half answered by a passage or a law's year", () => {
  it("is one of two asks when the other half adds a figure (承認TLOの数とTLO法できた年)", () => {
    const a = qa.answer("承認TLOの数とTLO法できた年");
    expect(a.text).toContain("32機関");
    expect(a.text).toContain("平成10年");
  });
});

describe("two asks joined by and in English", () => {
  it("are cut there, the year before the cut given to the second half", () => {
    const a = qa.answer("for 21年度 — joint research count and number of 産学官連携本部?");
    expect(a.text).toContain("14,779");
    expect(a.text).toContain("216");
  });
  it("are not cut between two years (between FY1991 and FY2001)", () => {
    expect(cutsOf("How much did joint research grow between FY1991 and FY2001?")).toEqual([]);
  });
});

describe("a plus joining two asks", () => {
  it("is a place to cut, spaces or none, in a question that mixes English and Japanese", () => {
    expect(cutsOf("joint research count FY2011 + how many 産学官連携本部 that same year?")).toHaveLength(1);
  });
  it("gives both figures", () => {
    const answer = qa.answer("joint research count FY2011 + how many 産学官連携本部 that same year?");
    expect(answer.facts).toEqual(["h24-joint-research-actual-fy2011", "h24-renkei-honbu-seibi-actual-fy2011"]);
  });
});

describe("an English and in a question read as Japanese (toshi area → 都市エリア)", () => {
  it("is a place to cut: both programs' budgets", () => {
    const answer = qa.answer("2008 budget for toshi area and for the JST regional support program?");
    expect(answer.facts).toEqual(["h20-toshi-area-budget-fy2008", "h20-jst-chiiki-innovation-budget-fy2008"]);
  });
});

describe("a join inside brackets (the … programme (the IP HQ + coordinator one))", () => {
  it("is no cut: the brackets gloss the name before them", () => {
    const query = understandQuestion(
      deps,
      "what was the FY2004 budget for the comprehensive collab programme (the IP HQ + coordinator one)?",
    );
    expect(joinCuts(query)).toEqual([]);
  });
});
