import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";
import { datedYears } from "../../../src/qa/describe/dated-passage.js";

const qa = createAnswerer();
const deps = createDeps();
const cluster = deps.kb.entities.get("chiteki-cluster");

describe("the years an aspect is dated to", () => {
  it("are the subject's start year for 初年度, from its cited attribute", () => {
    expect(datedYears(understandQuestion(deps, "知的クラスターの1年目の評価は？"), deps, cluster)).toEqual([2002]);
  });
  it("are none when the question asks when (its year then says which regions)", () => {
    expect(datedYears(understandQuestion(deps, "H14開始の知クラ地域の中間評価はいつ？"), deps, cluster)).toEqual([]);
  });
});

describe("an aspect asked of one year", () => {
  it("is answered by the subject's sentence dated to that year that states it", () => {
    const answer = qa.answer("知的クラスター、最初の年はどう評価されてたの？");
    expect(answer.text).toContain("概ね順調");
    expect(answer.citations[0]?.document).toBe("h16-chiteki-cluster.txt");
  });
  it("never takes a sentence under another program's heading in a document about both", () => {
    expect(qa.answer("知的クラスターの初年度の評価").citations[0]?.section).not.toContain("都市エリア");
  });
});

describe("a year that names a kind of figure", () => {
  it("does not date the passage (16年度要求の説明 asks the request's reasons, not a sentence of 平成16年度)", () => {
    const a = qa.answer("知的クラスターってなんで必要なんだっけ（16年度要求の説明）");
    expect(a.text).toContain("国際競争力");
  });
});

describe("a year of a budget document said in English (the FY2004 request)", () => {
  it("names the document, not the date of the passage asked (the need stated first, not a sentence naming 平成16年度)", () => {
    const answer = createAnswerer().answer(
      "Why did MEXT say the knowledge cluster programme was needed (rationale in the FY2004 request)?",
    );
    expect(answer.text).toContain("国際競争力");
  });
});

describe("a year that places the question in time (H16の時点で)", () => {
  it("dates no sentence: the aspect's section answers from its first sentence", () => {
    const answer = qa.answer("H16の時点で、知的クラスター創成事業はなぜ必要だとされていた？");
    expect(answer.text).toContain("地域産業が国際競争力を持つためには");
  });
});
