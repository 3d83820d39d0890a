import { describe, expect, it } from "vitest";
import { createDeps } from "../../../src/qa/index.js";
import { figureLines } from "../../../src/qa/answer-shapes/figure-lines.js";

const deps = createDeps();
const ofProgram = deps.kb.facts.filter((f) => f.subject.startsWith("ind-chiiki-senryaku-") && f.fiscalYear !== null);

describe("figureLines, best", () => {
  it("keeps the one indicator that has the asked years and shares the question's words", () => {
    const line = figureLines(deps.kb, ofProgram, [2011, 2012], "地域イノベーション戦略支援プログラムの実施地域 23 vs 24年度").best;
    expect(new Set(line.map((f) => f.subject))).toEqual(new Set(["ind-chiiki-senryaku-regions"]));
  });
  it("leaves facts of one subject as they are", () => {
    const one = ofProgram.filter((f) => f.subject === "ind-chiiki-senryaku-sanka");
    expect(figureLines(deps.kb, one, [2011], "参加機関").best).toBe(one);
  });
});

describe("figureLines", () => {
  it("names every subject that fits as well as the best (a program's two phases with both asked years)", () => {
    const cluster = deps.kb.facts.filter((f) => f.subject.startsWith("chiteki-cluster") && f.measure === "budget");
    expect(figureLines(deps.kb, cluster, [2007, 2008], "知的クラスターの予算").tied.sort()).toEqual([
      "chiteki-cluster-1",
      "chiteki-cluster-2",
    ]);
  });
});
