import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { blankExcluded } from "../../../src/qa/query/excluded.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";

const deps = createDeps();
const qa = createAnswerer();
const cues = { after: deps.lexicon.cues.exceptAfter, before: deps.lexicon.cues.exceptBefore };

describe("what a question sets aside", () => {
  it("blanks the Japanese noun before the word that sets it aside, keeping offsets", () => {
    const text = "試行地域を除くと何地域";
    const { text: blanked, phrases } = blankExcluded(text, cues, () => false);
    expect(blanked.length).toBe(text.length);
    expect(blanked.trim()).toBe("何地域");
    expect(phrases).toEqual(["試行地域"]);
  });
  it("blanks up to three English words after the word that sets them aside", () => {
    const { text, phrases } = blankExcluded("how many regions (excluding trial regions)?", cues, () => false);
    expect(text).not.toContain("trial");
    expect(phrases).toEqual(["trial regions"]);
  });
  it("keeps a name the documents use exactly: a subject set aside is for the readings that compare", () => {
    const { text, phrases } = blankExcluded("知的クラスター以外の事業", cues, (p) => p === "知的クラスター");
    expect(text).toBe("知的クラスター以外の事業");
    expect(phrases).toEqual([]);
  });
  it("does not read the set-aside trial regions as the list asked (試行地域を除くと何地域)", () => {
    const query = understandQuestion(deps, "知的クラスターは試行地域を除くと何地域で実施？");
    expect(query.excluded).toEqual(["試行地域"]);
    expect(query.intent?.shape).toBe("facts");
  });
  it("answers the count without the trial regions' figure", () => {
    const answer = qa.answer("知的クラスターは試行地域を除くと何地域で実施？");
    expect(answer.lines.join("\n")).toContain("15地域");
    expect(answer.facts.some((id) => id.includes("trial"))).toBe(false);
  });
});

describe("a thing set aside with は (試行地域は除く)", () => {
  it("lists the regions of the field without the trial ones", () => {
    const query = understandQuestion(deps, "ライフ分野の知的クラスター（試行地域は除く）を全部");
    expect(query.excluded).toEqual(["試行地域"]);
  });
});
