import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("the kinds and indicator a question names", () => {
  it("answers every kind it names, also one outside the intent's kinds (基準値 beside 目標値)", () => {
    const answer = qa.answer("共同研究の実施件数の基準値と目標値を教えて");
    expect(answer.text).toContain("基準値");
    expect(answer.text).toContain("目標値");
  });
  it("keeps to the program's indicator whose own words the question uses", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムの実施地域数、24年度の実績と目標値は？");
    expect(answer.text).toContain("実績");
    expect(answer.text).not.toContain("参加機関数");
  });
  it("reads a verbal noun used as a verb (設定されてる) as no restriction on the figures", () => {
    const answer = qa.answer("共同研究の実施件数の目標値っていくつに設定されてる？");
    expect(answer.status).toBe("answered");
    expect(answer.facts.length).toBeGreaterThan(0);
  });
});

describe("several indicators named together", () => {
  it("answers each named indicator, its counter word (件数) no restriction on the others", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムの23年度の参加機関数と事業化件数は？");
    expect(answer.text).toContain("338機関");
    expect(answer.text).toContain("1件");
  });
});

describe("a kind of figure the documents do not give", () => {
  it("names the asked kind and what the documents give instead, with its years", () => {
    const answer = qa.answer("大学発ベンチャーの数の目標は？");
    expect(answer.status).toBe("not_found");
    expect(answer.summary).toContain("目標値");
    expect(answer.text).toMatch(/資料にあるのは: 累計（平成\d+年度/);
    expect(answer.text).not.toContain("件数・数");
  });
});

describe("comparisons", () => {
  it("reads the difference of a year's achievement and target as the figure against its target", () => {
    const answer = qa.answer("産学官連携本部等の整備状況、23年度実績と目標値の差は？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("245機関");
    expect(answer.text).toContain("250機関");
  });
  it("names the subject once in a series of one subject over several scopes, not on every row", () => {
    const answer = qa.answer("施策全体の当初予算の推移");
    expect(answer.table?.rows.length).toBeGreaterThan(2);
    for (const [label] of answer.table!.rows) expect(label).not.toContain("イノベーション創出に向けた");
  });
  it("leads with the multiple when a multiple is asked (何倍), then the two figures", () => {
    const answer = qa.answer("共同研究の件数はH20からH23で何倍になった？");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toMatch(/^平成23年度.*約1\.\d\d倍/);
    expect(answer.summary).toContain("14,974件");
    expect(answer.summary).toContain("16,302件");
  });
  it("shows the years between the two ends of a range beside the change", () => {
    const answer = qa.answer("施策全体の当初予算、23年度から25年度でどう変わってる？");
    expect(answer.lines.filter((l) => l.includes("平成24年度")).length).toBe(1);
  });
});

describe("the programs a policy is made of", () => {
  it("lists them, each cited where the document lists it", () => {
    const answer = qa.answer("総合的産学官連携推進事業はどんな事業で構成されていますか");
    expect(answer.text).toContain("大学知的財産本部整備事業");
    expect(answer.text).toContain("産学官連携支援事業");
    expect(answer.citations.length).toBe(2);
  });
});

describe("a count asked of a program in the thing it counts", () => {
  it("answers with the count whose scope ends with the thing named, where the program has no count of the intent's measure", () => {
    const answer = qa.answer("知財本部整備事業で外部人材確保とかの支援対象になってる国公私立大学等はいくつ？");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toContain("43の国公私立大学等");
  });
});

describe("two subjects and a year only one has", () => {
  it("answers the other with its figure of the nearest year, said to be of another year", () => {
    const answer = qa.answer("承認TLOの数と大学発ベンチャー数（H14）を教えて");
    expect(answer.text).toContain("424社");
    expect(answer.text).toContain("32機関");
    expect(answer.text).toMatch(/承認TLOは平成14年度（2002年度）の数値が資料にないため/);
  });
  it("gives no figure more than a year away as the other's answer", () => {
    expect(qa.answer("都市エリアと知的クラスターのH14の予算").text).not.toContain("平成20年度");
  });
});

describe("a year the named indicator has no figure of", () => {
  it("is answered by a namesake that has it, under its own name (national universities, FY1991)", () => {
    const a = qa.answer("How many joint research projects did national universities carry out in FY1991?");
    expect(a.facts).toEqual(["h15-kyodo-kenkyu-count-fy1991"]);
  });
  it("offers the same English question for the years the documents have, the year's preposition moved with it", () => {
    const a = qa.answer("What was the City Area budget in FY2010?");
    expect(a.options.map((o) => o.question)[0]).toBe("What was the City Area budget in FY2008?");
  });
});

describe("a document named by its year and kind", () => {
  it("answers its figures whose year the source does not state (平成17年度の要求資料)", () => {
    const answer = qa.answer("平成17年度の要求資料では大学発ベンチャーは何社になってる？");
    expect(answer.text).toContain("800社");
  });
  it("is not named by a year alone: a yearless figure is never that year's", () => {
    const answer = qa.answer("大学発ベンチャーは2005年度に何社？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toContain("800社");
    // The options ask the other years in the question's own words, without its particle after the year.
    expect(answer.options.map((o) => o.question).join(" ")).not.toContain("はに");
  });
});

describe("a scope that is the question word asked (実施地域 of 実施地域数)", () => {
  it("does not narrow to the one figure scoped so: the program's own counts stay (15地域)", () => {
    const answer = qa.answer("知的クラスターの実施地域数は？");
    expect(answer.text).toContain("15地域");
  });
});

describe("two subjects' figures side by side in English", () => {
  it("lead with the kind and year, as no one name is over them (British commercialisation read too)", () => {
    const answer = qa.answer(
      "regional innovation strategy support: FY2013 targets for participating institutions and for commercialisation cases?",
    );
    expect(answer.summary).toMatch(/^Target, FY2013/);
    expect(answer.summary).toContain("540");
    expect(answer.summary).toContain("23 cases");
  });
});

describe("a scope named in English", () => {
  it("reads the trial regions by the words the glossary translates (trial area → 試行地域)", () => {
    const answer = qa.answer("how much funding does each trial area get");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("年間1億円");
  });
});

describe("several years asked of many figures", () => {
  it("shows each asked year among the folded lines (23, 24 and 25年度 of four scopes each)", () => {
    const answer = qa.answer("initial budget of the whole policy area (施策) for 23, 24 and 25年度?");
    const shown = answer.lines.join("\n");
    for (const year of ["FY2011", "FY2012", "FY2013"]) expect(shown).toContain(year);
  });
});

describe("a count asked of an indicator named", () => {
  it("answers the indicator's own figures, not a region-count reading's (事業実施地域、何地域)", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムの事業実施地域、23年度と24年度はそれぞれ何地域？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("13地域");
    expect(answer.text).toContain("23地域");
  });
});

describe("a quantity asked beside a list's word (regions - how much money does each region get)", () => {
  it("is the figure reading asked in words of its own, never the list", () => {
    const answer = qa.answer("knowledge cluster regions - how much money does each region get per year?");
    expect(answer.text).toContain("5億円");
  });
});

describe("the note on a figure of another year", () => {
  it("is left out for a figure labelled with the very year asked (a 平成15年度 baseline)", () => {
    const answer = qa.answer("H15のコーディネーター実績、技術相談の件数と共同研究になった件数");
    expect(answer.text).not.toContain("の数値が資料にないため、平成15年度（2003年度）の数値です");
  });
});

describe("the note on a kind of figure not in the documents, in English", () => {
  it("is left out when the kind shown has the same English label (a budget request for a request)", () => {
    const answer = qa.answer("knowledge cluster FY04 request, how much");
    expect(answer.text).toContain("9000百万円");
    expect(answer.text).not.toContain("the documents give no budget request");
  });
});

describe("a range of years asked of one kind of figure", () => {
  it("shows the years between its ends too (当初予算 23〜25年度 shows 24)", () => {
    const answer = qa.answer("施策の当初予算、23〜25年度で");
    expect(answer.text).toContain("平成24年度（2012年度） 当初予算額 単独施策: 18,570,972千円");
  });
});
