import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/qa/index.js";

const qa = createAnswerer();

describe("passageInstead", () => {
  it("keeps the figures asked when no passage holds the word beside them either (本格実施地域の補助)", () => {
    const answer = qa.answer("知的クラスターの本格実施地域の補助、1地域あたり年間いくら？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("年間5億円程度");
    expect(answer.text).not.toContain("札幌クラスター");
  });
});

describe("a count of those a clause picks out", () => {
  it("is not in the documents when the figures count them all (事後評価で高評価だった地域)", () => {
    const answer = qa.answer("知的クラスターで事後評価が高評価だった地域は何地域？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("知的クラスター創成事業について、「事後評価・高評価」に当たるものの数は資料にありません");
  });
  it("keeps the count when the evidence holds the clause's word (選定された地域)", () => {
    expect(qa.answer("都市エリアで選定された地域はいくつ？").text).toContain("19エリア");
  });
});

describe("another ministry named in English", () => {
  it("is in no document of MEXT's (the Ministry of Health's budget for clusters)", () => {
    const answer = qa.answer("How much did the Ministry of Health spend on the knowledge cluster program in FY2008?");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("they give no figures of");
  });
});
