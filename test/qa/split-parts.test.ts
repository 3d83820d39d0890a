import { describe, expect, it } from "vitest";
import { renumberSources, splitParts } from "../../src/qa/split-parts.js";
import { createAnswerer } from "../../src/qa/index.js";

describe("splitParts", () => {
  it.each([
    ["TLO法はいつ?あと共同研究件数は?", ["TLO法はいつ?", "共同研究件数は?"]],
    [
      "When was the TLO Act enacted and what was the budget of the City Area Program?",
      ["When was the TLO Act enacted", "what was the budget of the City Area Program?"],
    ],
    ["都市エリアの予算は？", ["都市エリアの予算は？"]],
    ["ね？知的クラスターとは？", ["ね？知的クラスターとは？"]],
    [
      "知的クラスター創成事業はいつ始まって、平成16年度の概算要求はいくら？",
      ["知的クラスター創成事業はいつ始まって", "平成16年度の概算要求はいくら？"],
    ],
    ["予算が増えて、件数も増えた年度は？", ["予算が増えて、件数も増えた年度は？"]],
    [
      "総合的産学官連携推進事業の主管課はどこで、17年度要求はいくら？",
      ["総合的産学官連携推進事業の主管課はどこで", "17年度要求はいくら？"],
    ],
    ["予算はどの程度で、支援期間は何年間？", ["予算はどの程度で", "支援期間は何年間？"]],
  ])("splits %s into its questions", (text, parts) => {
    expect(splitParts(text)).toEqual(parts);
  });
});

describe("a question that asks two things", () => {
  const qa = createAnswerer();
  it("answers both parts, each with its source", () => {
    const answer = qa.answer("TLO法はいつ制定された？あと2011年の共同研究件数は？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toMatch(/平成10年/);
    expect(answer.text).toMatch(/16,302件/);
    expect(new Set(answer.citations.map((c) => c.document)).size).toBe(2);
  });
  it("treats a greeting before the question as no question of its own", () => {
    const answer = qa.answer("すみません。TLO法はいつ制定された？");
    expect(answer.intent).toBe("law-year");
  });
});

describe("a later part without a subject of its own", () => {
  it("keeps the subject of the part before, even with words of its own (補助)", () => {
    const answer = createAnswerer().answer("都市エリアは何エリア選ばれて、1地域当たり年間いくら補助してるの？");
    expect(answer.status).toBe("answered");
    expect(answer.options).toEqual([]);
    expect(answer.text).toContain("1億円");
  });
});

describe("source numbers of a joined answer", () => {
  it("move on by the sources listed before them", () => {
    expect(renumberSources("16,302件 [1]、245機関 [2]", 2)).toBe("16,302件 [3]、245機関 [4]");
  });
});

describe("a later part read as the very figure of the part before", () => {
  it("is said to be unread, not answered twice", () => {
    const answer = createAnswerer().answer("FY2011 joint research count and number of institutions with outreach units in the same year?");
    expect(answer.facts).toEqual(["h24-joint-research-actual-fy2011"]);
    expect(answer.text).toContain("I could not tell what");
  });
  it("leaves a later part that reads as a figure of its own to that figure (collab HQs)", () => {
    const answer = createAnswerer().answer("FY2011 joint research count and number of institutions with collab HQs in the same year?");
    expect(answer.facts).toContain("h24-renkei-honbu-seibi-actual-fy2011");
  });
});

describe("a connective after a space, typed without punctuation", () => {
  it("starts a new part (TLO法いつ あと承認TLOの数)", () => {
    expect(splitParts("TLO法いつ あと承認TLOの数")).toEqual(["TLO法いつ", "承認TLOの数"]);
  });
  it("leaves a piece too short to ask with its neighbour (知クラ あと何年)", () => {
    expect(splitParts("知クラ あと何年続く")).toHaveLength(1);
  });
});

describe("an English ask joined by + or by and with a preposition", () => {
  it("starts a new part (… in 2011 + what's the target?; …, and in how many regions)", () => {
    expect(splitParts("joint research with companies in 2011 + what's the target?")).toEqual([
      "joint research with companies in 2011",
      "what's the target?",
    ]);
    expect(splitParts("the FY04 request, and in how many regions is it running?")).toHaveLength(2);
  });
});
