import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { glossedWords, inJapanese } from "../../../src/qa/query/in-japanese.js";

const deps = createDeps();
const qa = createAnswerer();

describe("glossedWords", () => {
  it("reads the longest phrase first, each English word once, in the question's order", () => {
    const glossary = { 知的クラスター: ["knowledge cluster"], クラスター: ["cluster"], 地域: ["regional"] };
    expect(glossedWords("regional knowledge cluster and another cluster", glossary)).toEqual(["地域", "知的クラスター", "クラスター"]);
  });
  it("drops the words it has no gloss for", () => {
    expect(glossedWords("what did MEXT flag", { 地域: ["regional"] })).toEqual([]);
  });
});

describe("inJapanese", () => {
  it("words an English question as a Japanese title would, its aspect last", () => {
    const text = inJapanese("What issues did MEXT flag for regional S&T policy?", deps.kb.vocabulary.glossary, deps.lexicon);
    expect(text).toBe("地域の科学技術の施策の課題");
  });
});

describe("an English question about a section titled only in Japanese", () => {
  it("is answered by that section (regional cluster formation → ＜地域科学技術関係施策＞の課題)", () => {
    const a = qa.answer("What challenges did MEXT identify for regional cluster formation around 2008?");
    expect(a.status).toBe("answered");
    expect(a.citations?.[0]?.section).toContain("地域科学技術関係施策");
  });
});

describe("the aspect of an English question read in Japanese", () => {
  it("is the one aspect it asks, in a Japanese word it is read by again (challenges → 課題, not what … does)", () => {
    expect(inJapanese("What challenges does MEXT see for forming regional clusters?", deps.kb.vocabulary.glossary, deps.lexicon)).toBe(
      "形成の地域のクラスターの課題",
    );
  });
  it("finds a section titled with a Latin abbreviation's term (concrete joint measures with METI)", () => {
    const answer = qa.answer("what concrete joint measures with METI were planned?");
    expect(answer.citations[0]?.section).toContain("経済産業省との具体的連携施策");
  });
});
