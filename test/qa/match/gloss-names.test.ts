import { describe, expect, it } from "vitest";
import { commonPieces, glossHits, glossName } from "../../../src/qa/match/gloss-names.js";
import { findByEnglishWords } from "../../../src/qa/match/find-english.js";
import type { Entity } from "../../../src/knowledge/load-knowledge.js";

const glossary = { 知的: ["knowledge"], クラスター: ["cluster"], 事業: ["program", "project"], 大学: ["university"], 拠点: ["hub"] };

describe("glossing a Japanese name piece by piece", () => {
  it("reads the longest glossary word at each place and counts the stretches it has no word for", () => {
    const gloss = glossName("知的クラスター創成事業", glossary);
    expect(gloss.pieces.map((p) => p.key)).toEqual(["知的", "クラスター", "事業"]);
    expect(gloss.unglossed).toBe(1);
  });
  it("skips kana particles and a one-character suffix (等, 数)", () => {
    expect(glossName("大学の拠点等", glossary).unglossed).toBe(0);
  });
  it("counts a piece as translated when every word of one of its phrases is asked", () => {
    const gloss = glossName("知的クラスター創成事業", glossary);
    const hits = glossHits(new Set(["cluster", "project"]), gloss, new Set(["事業"]));
    expect(hits).toMatchObject({ hits: 2, distinct: 1, coverage: 0.5 });
  });
  it("finds the pieces so many names share that they name none by themselves", () => {
    const names = ["大学拠点事業", "知的クラスター事業", "大学事業"].map((n, i) => ({ gloss: glossName(n, glossary), family: `f${i}` }));
    expect([...commonPieces(names, 3)]).toEqual(["事業"]);
  });
});

describe("an English question that translates a name loosely", () => {
  const entity = { id: "chiteki-cluster", name: "知的クラスター創成事業" } as unknown as Entity;
  const english = [{ entity, words: new Set(["knowledge", "cluster", "initiative"]), gloss: glossName(entity.name, glossary) }];
  it("names it by two translated pieces, one of them rare", () => {
    expect(findByEnglishWords("the cluster project budget", english, new Set(["事業"]))[0]?.entity.id).toBe("chiteki-cluster");
  });
  it("names nothing by pieces many names share alone", () => {
    expect(findByEnglishWords("the cluster project budget", english, new Set(["事業", "クラスター"]))).toEqual([]);
  });
});

describe("a piece repeated by a subject's indicators", () => {
  it("counts once for the family (a program and its indicators)", () => {
    const names = ["大学拠点事業", "大学拠点事業の件数", "大学拠点事業の割合"].map((n) => ({ gloss: glossName(n, glossary), family: "p" }));
    expect(commonPieces(names, 2).size).toBe(0);
  });
});

describe("a piece a name holds twice", () => {
  it("is translated once (特許 of …特許出願支援…特許になった割合)", () => {
    const gloss = glossName("大学拠点と大学", glossary);
    expect(glossHits(new Set(["university"]), gloss, new Set()).hits).toBe(1);
  });
});
