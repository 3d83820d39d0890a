import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a count asked of a program", () => {
  it("is answered by the program's indicator in the asked unit (参加してる機関の数 → 参加機関数)", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムに参加してる機関の数、23年度はどれくらい？");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toContain("338機関");
  });
  it("takes the namesake indicator whose qualifying word the question uses (被災地向け)", () => {
    const answer = qa.answer("被災地向けの地域イノベーション戦略支援プログラム、24年度は何地域で実施してた？");
    expect(answer.summary).toContain("4地域");
    expect(answer.summary).not.toContain("23地域");
  });
  it("is the program's own indicator when no qualifying word is used", () => {
    expect(qa.answer("地域イノベーション戦略支援プログラムは24年度に何地域で実施してる？").summary).toContain("23地域");
  });
});

describe("a later part that counts in another unit", () => {
  it("is answered by the sibling indicator of the part before's program (参加機関数と…実施地域数)", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムの23年度の参加機関数と、24年度の実施地域数は");
    expect(answer.text).toContain("338機関");
    expect(answer.text).toContain("23地域");
  });
  it("is answered by the program's own indicator when the part before asked the program's budget", () => {
    const answer = qa.answer("地域イノベーション戦略支援プログラムの25年度予算と、24年度の実施地域数");
    expect(answer.text).toContain("5,420,723千円");
    expect(answer.text).toContain("23地域");
  });
});

describe("a count asked of a body in a unit it has no figure in", () => {
  it("is the count of the program named after it (how many universities … university IP headquarters)", () => {
    const answer = qa.answer("how many universities are in the university IP headquarters program?");
    expect(answer.facts).toEqual(["h17-chizai-honbu-seibi-universities"]);
  });
  it("leaves a share of them not found (43大学のうち、私立大学はいくつ)", () => {
    expect(qa.answer("知財本部整備事業の43大学のうち、私立大学はいくつ？").status).toBe("not_found");
  });
});

describe("a body named with the word for a program right after it", () => {
  it("is the program named after it (the univ IP HQ program → 大学知的財産本部整備事業)", () => {
    const answer = qa.answer("was the univ IP HQ program considered effective? how did they assess it");
    expect(answer.text).toContain("大学知的財産本部整備事業");
    expect(answer.citations[0]?.section).toContain("得られた効果");
  });
});

describe("a body named with programme after it, or with one word of the program's name between", () => {
  const qa = createAnswerer();
  it("is the program named after it (the university IP headquarters programme, the IP HQ development programme)", () => {
    expect(
      qa.answer("How many model projects were selected for the university intellectual property headquarters programme from fiscal 2003?")
        .text,
    ).toContain("34");
    expect(qa.answer("in which year did the university IP HQ development programme begin?").text).toContain("平成１５年度");
  });
});
