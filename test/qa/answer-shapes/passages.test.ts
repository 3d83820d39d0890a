import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("the names a named section holds", () => {
  it("lists the programs of a section the question names, each cited where it stands", () => {
    const answer = qa.answer("達成目標1の主な達成手段の事業名を全部リストアップして");
    expect(answer.status).toBe("answered");
    expect(answer.lines.length).toBeGreaterThanOrEqual(3);
    expect(answer.lines.every((l) => /^・\S+ \[\d+\]$/.test(l))).toBe(true);
    expect(answer.citations).toHaveLength(answer.lines.length);
  });
  it("keeps a named subject's own list as the section writes it (a plan's programs are not all entities)", () => {
    expect(qa.answer("産学官連携システム改革プランにはどんなプログラムがある？").text).toContain(
      "大学を核としたイノベーション創出プログラム",
    );
  });
});

describe("a section named with particles or a synonym of its title", () => {
  it("is found when the question names no subject (経産省との具体的な連携施策 → 経済産業省との具体的連携施策)", () => {
    const a = qa.answer("経産省との具体的な連携施策、リストアップして");
    expect(a.text).toContain("地域クラスター推進協議会");
  });
});
