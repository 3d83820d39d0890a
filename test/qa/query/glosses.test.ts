import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";
import { blankGlosses } from "../../../src/qa/query/glosses.js";

const deps = createDeps();
const qa = createAnswerer();
/** The question's match text and mentions as the understanding reads them. */
const glossed = (q: string) => {
  const query = understandQuestion(deps, q);
  return blankGlosses(
    query.match,
    query.mentions,
    query.years.years.map((y) => y.text.toLowerCase()),
  );
};

describe("words the asker gives for a name they then put in brackets", () => {
  it("are blanked, the brackets and what follows kept (地域の研究のまとまり(知的クラスターってやつ)の予算)", () => {
    const text = glossed("地域の研究のまとまり(知的クラスターってやつ)の予算");
    expect(text).not.toContain("まとまり");
    expect(text).toContain("知的クラスター");
    expect(text).toContain("予算");
  });
  it("keep a year written before them (H16の…（知クラ）)", () => {
    expect(glossed("H16の地域の研究のまとまり（知クラ）の予算")).toMatch(/^h16/);
  });
  it("are left alone when the brackets hold more than a name (…(知的クラスターの予算))", () => {
    expect(glossed("研究のまとまり(知的クラスターの予算)")).toContain("まとまり");
  });
  it("let the question be answered with its figure, not a passage", () => {
    const answer = qa.answer("地域の研究のまとまり(知的クラスターってやつ)の平成16年度の概算要求っていくらですか？");
    expect(answer.intent).toBe("budget");
    expect(answer.facts.length).toBeGreaterThan(0);
  });
});
