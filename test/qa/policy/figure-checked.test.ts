import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a figure the asker wants checked", () => {
  it("is confirmed with the documents' figure, year and citation when it is theirs", () => {
    const answer = qa.answer("都市エリアのH15予算は31億円で正しいですか");
    expect(answer.intent).toBe("figure-checked");
    expect(answer.text).toMatch(/^はい/);
    expect(answer.text).toContain("31億円");
    expect(answer.citations.length).toBeGreaterThan(0);
  });
  it("is read by its unit when no word says what it is (…って2008年度は110億円で合ってますか)", () => {
    const answer = qa.answer("すみません、JSTの地域イノベーション創出総合支援事業って2008年度は110億円で合ってますか");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("110億円");
  });
  it("is matched to the last digit the asker wrote (16億円 for 1,566百万円)", () => {
    expect(qa.answer("知的クラスター第Ⅰ期のH20予算案って15億円で合ってる？").text).toContain("異なります");
    expect(qa.answer("知的クラスター第Ⅰ期のH20予算案って16億円で合ってる？").text).toMatch(/^はい/);
  });
  it("is said to differ, with the documents' figure of the year asked", () => {
    const answer = qa.answer("都市エリアのH15予算は40億円で正しい？");
    expect(answer.text).toContain("異なります");
    expect(answer.text).toContain("31億円");
  });
  it("is given its own year when the asker dates it otherwise (424社って2003年時点の数字で合ってる？)", () => {
    const answer = qa.answer("大学発ベンチャー累計424社って2003年時点の数字で合ってる？");
    expect(answer.text).not.toMatch(/^はい/);
    expect(answer.text).toContain("平成14年8月");
  });
  it("leaves a question with no figure to check to its own reading", () => {
    expect(qa.answer("都市エリアのH15予算は正しい？").intent).not.toBe("figure-checked");
  });
});
