/**
 * Rankings within the place a question names: a numbered part of a document, or a whole whose document lists its parts.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();
const ranked = (question: string) => qa.answer(question).table?.rows.map(([label]) => label) ?? [];

describe("rankings within a named place", () => {
  it("ranks only the programs of the named goal's table (達成目標1の…の中で)", () => {
    const inGoal1 = ranked("達成目標1の達成手段の中で25年度当初予算が一番大きい事業は？");
    const all = ranked("25年度当初予算が一番大きい事業は？");
    expect(inGoal1.length).toBeGreaterThan(1);
    expect(inGoal1.length).toBeLessThan(all.length);
    expect(inGoal1.join()).not.toContain("A-STEP");
  });
  it("ranks the programs a whole's document gives when the whole is named (…施策で…一番大きい事業はどれ)", () => {
    const answer = qa.answer("H20の地域イノベーション・システムの強化で予算が一番大きい事業はどれ？");
    expect(answer.status).toBe("answered");
    expect(answer.table!.rows.length).toBeGreaterThan(1);
    expect(answer.table!.rows.map(([label]) => label).join()).not.toContain("地域イノベーション・システムの強化");
  });
  it("reads a numbered heading followed by の as a place, not as what is asked (達成目標1の → not the goal)", () => {
    expect(qa.answer("達成目標1の達成手段の中で25年度当初予算が一番大きい事業は？").intent).not.toBe("goal");
  });
});

describe("programs of a named place", () => {
  it("lists the programs a goal's table gives, naming the place", () => {
    const answer = qa.answer("達成目標2の達成手段になってる事業を全部挙げて");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toContain("達成目標２");
    expect(answer.lines.length).toBeGreaterThan(2);
    expect(answer.text).toContain("A-STEP");
    expect(answer.text).not.toContain("先端融合領域");
  });
});
