/**
 * An actual figure against its target, on the real knowledge base.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("actual against target", () => {
  it("say an actual below its target fell short, with both figures cited and the share computed", () => {
    const answer = qa.answer("共同研究件数は目標を達成した？");
    expect(answer.intent).toBe("versus-target");
    expect(answer.summary).toMatch(/実績は 16,302件 \[1\] で、目標値 17,000件.*下回っています/);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.lines[0]).toContain("約96%");
  });

  it("compare with a target set for every year when the year has none of its own", () => {
    expect(qa.answer("2012年度のあっせん・実施許諾の対象特許件数は目標を上回った？").summary).toMatch(
      /424件.*200件以上（毎年度）.*上回っています/,
    );
  });

  it("compares the latest actual with the target when the year asked has only a target and 直近 is asked", () => {
    const answer = qa.answer("共同研究の実施件数、平成24年度の目標に対して直近の実績はどれくらい？");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toMatch(/平成23年度（2011年度）の実績は 16,302件 \[1\] で、目標値 17,000件/);
  });
});

describe("one year's figure set against the target", () => {
  it("is its actual figure against the target, though no word says actual (FY2011 … vs the 17,000 target)", () => {
    const a = qa.answer("FY2011 joint research count vs the 17,000 target - how close did they get?");
    expect(a.text).toContain("16,302");
    expect(a.text).toContain("96%");
  });
});

describe("two years, each with its kind", () => {
  it("set one year's actual against the other's target (23年度実績と24年度目標値の差)", () => {
    const a = qa.answer("共同研究件数の23年度実績と24年度目標値、差はどれくらい？");
    expect(a.text).toContain("16,302件");
    expect(a.text).toContain("17,000件");
  });
});

describe("an actual against the target asked in English", () => {
  it("reads 'how far from the target' as a comparison with the target, each figure with its year", () => {
    const answer = createAnswerer().answer("How far was the FY2011 joint research count from its target?");
    expect(answer.text).toContain("16,302");
    expect(answer.text).toContain("17,000");
  });
  it("takes the guessed subject that has a figure of an asked year (2011 actual vs a 2013 target)", () => {
    expect(createAnswerer().answer("joint research 2011 actual vs the 2013 target?").text).toContain("16,302");
  });
});

describe("how close an actual came to a target, asked with words between (how close was 2011 joint research to the 2013 target?)", () => {
  it("sets the actual against the target the documents give, saying which year's", () => {
    const answer = createAnswerer().answer("how close was 2011 joint research to the 2013 target?");
    expect(answer.intent).toBe("versus-target");
    expect(answer.text).toContain("16,302");
  });
});

describe("an actual set against the target with no year asked (今と目標を比べると)", () => {
  it("is the latest actual against the last target, the goal the yearly ones lead to", () => {
    const answer = createAnswerer().answer("地域イノベーション戦略支援プログラムの参加機関数、今と目標を比べると？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("338機関");
    expect(answer.text).toContain("540機関");
  });
});

describe("a target asked as hit, met or fell short of", () => {
  it("reads did … hit the target as the actual against the target", () => {
    const answer = createAnswerer().answer("did the number of joint research projects hit the target?");
    expect(answer.intent).toBe("versus-target");
    expect(answer.text).toContain("16,302");
    expect(answer.text).toContain("96%");
  });
});
