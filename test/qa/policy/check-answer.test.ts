import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a count asked of a region the documents give none for", () => {
  it("is not in the documents, however politely it ends (…の件数を教えてください)", () => {
    expect(qa.answer("熊本エリアで出た特許の件数を教えてください").status).toBe("not_found");
  });
});

describe("a word of the question said in the evidence by its synonym", () => {
  it("keeps the figure: 全国 is the evidence's 我が国全体, so the count is answered, not a passage", () => {
    const a = qa.answer("全国の大学と企業の共同研究数はどれくらい？");
    expect(a.facts).toEqual(["h17-zenkoku-kyodo-kenkyu"]);
  });

  it("answers both counts of a two-part question asked of one document", () => {
    const a = qa.answer("H17資料の時点で、全国の大学と企業の共同研究数と大学発ベンチャー数はどれくらい？");
    expect(a.facts).toEqual(["h17-zenkoku-kyodo-kenkyu", "h17-zenkoku-daigakuhatsu-venture"]);
  });
});

describe("a question about one region answered by the list of regions", () => {
  it("says the documents do not say it, and offers what they do answer (its field)", () => {
    for (const q of ["金沢地域に参加してる企業数は？", "宇部地域は結局本格実施に移行できたの？"]) {
      const a = qa.answer(q);
      expect(a.status).toBe("not_found");
      expect(a.options.map((o) => o.question)[0]).toMatch(/分野は？$/);
    }
  });
  it("keeps an answer the documents give about the region (神戸クラスターの参加機関)", () => {
    expect(qa.answer("神戸クラスターの参加機関は？").status).toBe("answered");
  });
});

describe("a description that lacks the term asked beside its subject", () => {
  it("gives way to the passage holding the term (中間評価 of 知的クラスター)", () => {
    const answer = createAnswerer().answer("知的クラスター第I期の中間評価って何のために行うの？");
    expect(answer.text).toContain("見直しを行う契機");
  });
});

describe("an answer that quotes only a heading", () => {
  it("is no answer: what is asked is not in the documents", () => {
    const answer = createAnswerer().answer("知的クラスター創成事業で雇用はどれだけ増えた？");
    expect(answer.status).toBe("not_found");
  });
});

describe("a figure asked of a program that the documents give only for something else", () => {
  it("is not in the documents, never another subject's figure or passage (都市エリアの特許出願件数)", () => {
    const answer = createAnswerer().answer("都市エリアで特許出願は何件あった？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toContain("2,361");
  });
  it("reads a guessed indicator of another program as a word asked of the named one (中間評価 of 知的クラスター)", () => {
    expect(createAnswerer().answer("知的クラスター、中間評価は事業開始から何年目？").text).toContain("3年目");
  });
});

describe("a count whose organizations the question qualifies (対象の大学等)", () => {
  it("is answered by the figure: 対象 says which organizations are counted, not more to find", () => {
    const answer = qa.answer("大学知的財産本部整備事業は何大学が対象？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("43");
  });
});

describe("another reading's question word asked of a subject with no figures", () => {
  it("is answered from the passages (スーパー産学官連携本部の達成年度), not 'no figure'", () => {
    const answer = qa.answer("スーパー産学官連携本部の達成年度は？");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]?.section).toContain("達成年度");
  });
});

describe("an amount asked in general words (どれだけ) of a subject", () => {
  it("is not in the documents when no passage about the subject states a figure (どれだけ雇用が生まれた)", () => {
    const answer = qa.answer("知的クラスター創成事業でどれだけ雇用が生まれた？");
    expect(answer.status).toBe("not_found");
  });
});
