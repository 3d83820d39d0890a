import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("the programs a program is made of", () => {
  it("are asked as what it consists of (どの事業から成ってる)", () => {
    const answer = qa.answer("総合的産学官連携推進事業ってどの事業から成ってる？");
    expect(answer.intent).toBe("components");
    expect(answer.text).toContain("大学知的財産本部整備事業");
    expect(answer.text).toContain("産学官連携支援事業");
  });
});

describe("what a body does", () => {
  it("is asked as 何をする人 and answered with its cited functions", () => {
    const answer = qa.answer("産学官連携コーディネーターって何をする人？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("共同研究企画支援");
  });
});

describe("the programs a policy is made of, asked in everyday words", () => {
  const qa = createAnswerer();
  it("are listed for 事業を並べて and 事業って何がある", () => {
    expect(qa.answer("地域イノベーション・システムの強化の事業を並べて").intent).toBe("components");
    expect(qa.answer("地域イノベーション・システムの強化って事業は何がある？").intent).toBe("components");
  });
  it("leave who runs a program (どこがやってる事業) to its implementer", () => {
    expect(qa.answer("地域イノベーション創出総合支援事業はどこがやってる事業？").intent).toBe("implementer");
  });
});

describe("the policy of the FY2012 ex-post evaluation asked in English", () => {
  it("is named by the evaluation (Which division … of the FY2012 ex-post evaluation?)", () => {
    const a = qa.answer("Which division of MEXT is in charge of the policy covered by the FY2012 ex-post evaluation?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("産業連携・地域支援課");
  });
});

describe("the programs a program is made of, asked in English", () => {
  it("lists them for sub-programmes and programmes listed (the comprehensive IUG scheme, JST's deployment programmes)", () => {
    expect(qa.answer("what are the sub-programmes of the 2005 comprehensive IUG collaboration scheme?").text).toContain(
      "産学官連携支援事業",
    );
    expect(qa.answer("which JST research-result deployment programmes are listed in the FY2012 evaluation?").text).toContain(
      "産学共創基礎基盤研究プログラム",
    );
  });
  it("leaves which programs with a ranking word to the ranking (which programs had the biggest budget)", () => {
    expect(qa.answer("which programs had the biggest budget in 2008?").intent).toBe("max");
  });
});

describe("participants asked in English", () => {
  it("lists a cluster's participating organizations (who participates in 神戸クラスター)", () => {
    const answer = createAnswerer().answer("who participates in 神戸クラスター?");
    expect(answer.intent).toBe("participants");
    expect(answer.text).toContain("神戸大学");
  });
});

describe("a property asked of a named document, no subject named", () => {
  it("is read from the document's section titled with the asked word (H24の評価書の施策目標は？)", () => {
    const answer = createAnswerer().answer("H24の評価書の施策目標は？");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]!.section).toContain("施策目標・施策の概要");
  });
});

describe("a property no document records for the subject", () => {
  it("says the owner is not in the documents, not a passage about the program at large", () => {
    const answer = qa.answer("都市エリアの主管課は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("主管課は、資料には見当たりません");
  });
});

describe("a property asked of two programs", () => {
  it("gives each program's, one line each", () => {
    const answer = qa.answer("知的クラスター創成事業と総合的産学官連携推進事業の主管課は？");
    expect(answer.status).toBe("answered");
    expect(answer.lines).toHaveLength(2);
    expect(answer.text).toContain("地域科学技術振興室");
    expect(answer.text).toContain("研究環境・産業連携課");
  });
  it("keeps a name dated in brackets as one of them (都市エリア(H15)と知的クラスター(H16))", () => {
    const answer = qa.answer("都市エリア(H15)と知的クラスター(H16)の開始年度は？");
    expect(answer.text).toContain("都市エリア産学官連携促進事業: 平成14年度");
    expect(answer.text).toContain("知的クラスター創成事業: 平成14年度");
  });
});
