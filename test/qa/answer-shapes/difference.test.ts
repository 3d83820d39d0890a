import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("the change between two years", () => {
  it("is each phase's when the program is asked and both phases have the two years (知的クラスターの19年度と20年度)", () => {
    const answer = qa.answer("知的クラスターの予算、19年度と20年度の差は？");
    expect(answer.text).toContain("知的クラスター創成事業（第I期）は");
    expect(answer.text).toContain("知的クラスター創成事業（第II期）は");
    expect(qa.answer("compare the knowledge cluster phase 2 budget FY2008 vs FY2007").summary).toContain("55億円");
  });
  it("is computed between figures of one thing, never across two of a program's indicators", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムの実施地域 23 vs 24 年度?");
    expect(answer.intent).toBe("difference");
    expect(answer.summary).toContain("13地域");
    expect(answer.summary).toContain("23地域");
    expect(answer.summary).not.toContain("338機関");
  });
  it("is asked by an amount of money and a change (何百万円多い, 何億円増)", () => {
    const more = qa.answer("総合的産学官連携推進事業、17年度の概算要求は16年度予算より何百万円多い？");
    expect(more.intent).toBe("difference");
    expect(more.summary).toContain("647百万円");
    expect(qa.answer("JSTの地域イノベーション創出総合支援事業、H20予算案は前年度から何億円増？").summary).toContain("16億円増えました");
  });
  it("is computed from the most precise form of a restated figure (3,420百万円, not 34億円)", () => {
    const answer = qa.answer("知的クラスター第I期の予算、19年度と20年度を比べるとどれだけ減ってる？");
    expect(answer.summary).toContain("3,420百万円");
    expect(answer.summary).toContain("1,854百万円減りました");
  });
  it("never mixes a figure of another scope into a year (the policy's single and multi-policy totals)", () => {
    expect(qa.answer("施策全体の当初予算、23年度から25年度でどう変わってる？").text).toContain("20,884,332");
  });
  it("compares a year with the baseline, named by its kind when it has no year (基準値と24年度の実績)", () => {
    const answer = qa.answer("産と学のマッチング率、基準値と24年度の実績を比べるとどう？");
    expect(answer.summary).toMatch(/基準値 の 25%.*34%.*9ポイント増えました/);
  });
});

describe("multiples the documents state", () => {
  const qa = createAnswerer();
  it("are shown as written when they match the two cited figures (４．６倍 beside 平成３年度 and 平成１３年度)", () => {
    const answer = qa.answer("平成3年度と13年度で共同研究件数は何倍になった？");
    expect(answer.summary).toMatch(/平成13年度（2001年度）は平成3年度（1991年度）の 4\.6倍 \[1\] です（資料の記載）/);
  });
  it("answer a subject with no dated figures from its stated goals, each cited", () => {
    const answer = qa.answer("大学発特許の取得数と実施件数、それぞれ目標は何倍？");
    expect(answer.status).toBe("answered");
    expect(answer.lines.join("\n")).toMatch(/１５倍[\s\S]*１０倍/);
    expect(answer.citations).toHaveLength(2);
  });
});

describe("answerDifference across two namesakes", () => {
  it("gives each year's figure from the namesake that has it, says whose, and computes no change", () => {
    const answer = qa.answer("共同研究件数、H13からH23までどれくらい増えた？");
    expect(answer.status).toBe("answered");
    expect(answer.lines).toHaveLength(2);
    expect(answer.lines[0]).toContain("国立大学等");
    expect(answer.lines[1]).toContain("国公私立大学等");
    expect(answer.text).toContain("差は計算していません");
  });
});

describe("answerDifference of a namesake that has the years", () => {
  it("answers with the namesake that has both asked years and the multiple its document states", () => {
    const answer = qa.answer("共同研究の件数、平成3年度と13年度で何倍になってる？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("4.6倍");
  });
});

describe("a namesake asked in English", () => {
  it("is found by the English name's words when the named indicator lacks the years (FY1991 vs FY2001)", () => {
    const a = qa.answer("Number of joint research projects at national universities FY1991 vs FY2001?");
    expect(a.text).toContain("1,139件");
    expect(a.text).toContain("5,264件");
  });
});

describe("two subjects over two years", () => {
  it("gives each subject's change, both cited (第I期と第II期、19年度→20年度)", () => {
    const answer = createAnswerer().answer("知クラの第I期と第II期の予算、19年度から20年度でどう変わった？");
    expect(answer.text).toContain("3,420百万円");
    expect(answer.text).toContain("75億円");
  });
});

describe("the change from the year before (前年度比)", () => {
  it("is a change asked of the subject, its year against the one before", () => {
    const answer = qa.answer("都市エリアの予算、前年度比でどれくらい？");
    expect(answer.intent).toBe("difference");
    expect(answer.facts).toEqual(["h20-toshi-area-budget-fy2007", "h20-toshi-area-budget-fy2008"]);
  });
  it("is each subject's change when two are named (第1期と第2期の20年度予算案、前年比も)", () => {
    const answer = qa.answer("知クラ第1期と第2期の20年度予算案、前年比もあわせて");
    expect(answer.facts.some((id) => id.includes("chiteki-cluster-1"))).toBe(true);
    expect(answer.facts.some((id) => id.includes("chiteki-cluster-2"))).toBe(true);
    expect(answer.text).toContain("75億円");
  });
  it("is asked back when nothing names what changed", () => {
    expect(qa.answer("前年度比どのくらい？").status).toBe("clarify");
  });
});

describe("a change asked in one year, the latest (cut in FY2008)", () => {
  it("is from the year before, as the documents give it beside", () => {
    const answer = createAnswerer().answer("knowledge cluster phase I seems to have been cut a lot in FY2008 – from how much to how much?");
    expect(answer.text).toContain("3,420");
    expect(answer.text).toContain("1,566");
  });
});

describe("a change of a measure asked of a guess whose reading could be its indicator", () => {
  it("is the program's measure when only the program has it for the asked years (…hubs program budget, 24年度 vs 25年度)", () => {
    const answer = createAnswerer().answer("budget for the advanced interdisciplinary innovation hubs program, 24年度 vs 25年度?");
    expect(answer.facts).toEqual(["h24-sentan-yugo-budget-fy2012", "h24-sentan-yugo-budget-fy2013"]);
  });
});

describe("a multiple asked in English (what multiple … does the goal aim for)", () => {
  it("is the multiple the documents state, not the purpose: aim for is a verb of the target", () => {
    const answer = createAnswerer().answer("What multiple of university patent acquisitions does the MEXT goal aim for over 10 years?");
    expect(answer.text).toContain("１５倍");
  });
});

describe("a sharp change asked (急増)", () => {
  it("is a change from the year before (24年度に急増してない？前年と比べて)", () => {
    const answer = createAnswerer().answer("あっせん・実施許諾の対象特許件数、24年度に急増してない？前年と比べて");
    expect(answer.text).toContain("221件");
    expect(answer.text).toContain("424件");
  });
});

describe("a change asked as a rate (伸び率って何％)", () => {
  it("is computed from the two cited figures, as a multiple and a percentage, never said to be missing", () => {
    const answer = createAnswerer().answer("都市エリア予算のH14→H15の伸び率って何％？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("約24%の増加");
  });
});

describe("a namesake named loosely in English", () => {
  it("has the asked years' figures (uni-industry joint research between H3 and H13: the national universities')", () => {
    const answer = createAnswerer().answer("Growth in uni-industry joint research between H3 and H13? numbers and multiple pls");
    expect(answer.facts).toContain("h15-kyodo-kenkyu-count-fy1991");
    expect(answer.facts).toContain("h15-kyodo-kenkyu-count-fy2001");
  });
});

describe("the change since a baseline (基準値から)", () => {
  it("sets the baseline against the latest actual, not against itself", () => {
    const answer = qa.answer("産学官連携本部等の整備状況は基準値からどれだけ増えた？");
    expect(answer.intent).toBe("difference");
    expect(answer.text).toContain("119機関");
    expect(answer.text).toContain("245機関");
    expect(answer.text).toContain("126機関増えました");
  });
});

describe("two phases' budgets against the year before", () => {
  it("gives each phase's change, not the two phases side by side (第I期と第II期、前年度と比べて)", () => {
    const answer = qa.answer("知的クラスター第I期と第II期のH20予算、前年度と比べてどう？");
    expect(answer.text).toContain("知的クラスター創成事業（第I期）は 平成19年度（2007年度）");
    expect(answer.text).toContain("知的クラスター創成事業（第II期）は 平成19年度（2007年度） 予算 の 55億円");
  });
  it("gives each phase's change when the program is asked as a whole", () => {
    const answer = qa.answer("知的クラスターの20年度予算、前年度と比べてどう？");
    expect(answer.text).toContain("（第I期）は");
    expect(answer.text).toContain("（第II期）は");
  });
  it("names the phase whose figures it compares, not the whole program", () => {
    const answer = qa.answer("知的クラスターの予算は前年比でどう変わった？");
    expect(answer.summary).toMatch(/^知的クラスター創成事業（第I期）は/);
  });
});

describe("a baseline set against a target (基準値と目標値を比較)", () => {
  it("compares the two, not the baseline with the latest actual", () => {
    const answer = qa.answer("共同研究実施件数の基準値と目標値を比較したい");
    expect(answer.text).toContain("7,248件");
    expect(answer.text).toContain("17,000件");
  });
  it("reads a year in brackets after the baseline as its date, not a year asked (基準値（H15）と目標値)", () => {
    const answer = qa.answer("共同研究実施件数の基準値（H15）と目標値を比較したい");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("17,000件");
  });
});
