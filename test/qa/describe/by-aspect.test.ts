import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

describe("a section that opens with its own numbered title", () => {
  it("reads on past the first sentence (⑥必要性 … そのためには…が必要): the numbered title is no list item", () => {
    const answer = createAnswerer().answer("知的クラスター創成事業はなぜ必要だとされてるの？");
    expect(answer.text).toContain("知的クラスターの形成が必要");
  });
});

describe("a table cell that is only the subject's name", () => {
  it("reads on to the sentence a few cells after it (the program's description after its budget)", () => {
    const answer = createAnswerer().answer("大学等産学官連携自立化促進プログラムは何のためのもの？");
    expect(answer.text).toContain("自立して実施");
  });
});

describe("two subjects related to each other", () => {
  const qa = createAnswerer();
  it("quotes a passage that names both (知的クラスター and 都市エリア), never one about the first alone", () => {
    const answer = qa.answer("知的クラスターと都市エリアってどういう関係？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("都市エリア");
    expect(answer.text).toContain("知的クラスター");
  });
});

describe("what a program does", () => {
  const qa = createAnswerer();
  it("is its description when no section is titled with the aspect (どういう支援をする事業)", () => {
    expect(qa.answer("地域イノベーション戦略支援プログラムってどういう支援をする事業？").text).toContain("地域主導");
  });
  it("is the documents' own list where a section is titled with it (事業内容 → 事業の概要)", () => {
    expect(qa.answer("都市エリア産学官連携促進事業の事業内容は？").text).toContain("柔軟な運営");
  });
  it("is not the description when another aspect is asked too (効率性の評価の内容)", () => {
    expect(qa.answer("知的クラスター創成事業の効率性の評価ってどういう内容？").text).not.toContain("の概要:");
  });
});

describe("a list in a section titled with the aspect", () => {
  const qa = createAnswerer();
  it("is shown from its first item (＜地域科学技術関係施策＞の課題 ①–⑤)", () => {
    const answer = qa.answer("地域のクラスター形成の課題として挙がってることは何ですか");
    expect(answer.lines[0]).toMatch(/^①/);
    expect(answer.lines.some((l) => l.startsWith("⑤"))).toBe(true);
  });
  it("is narrowed to the item the question points to (人材の不足 → ②)", () => {
    expect(qa.answer("地域における人材の不足にはどう対応すべき？").text).toContain("人材育成の充実");
  });
});

describe("shorter forms of names", () => {
  it("reads 産学連携 in a name as 産学官連携 (産学連携本部の整備数)", () => {
    expect(createAnswerer().answer("産学連携本部の整備数って、H23だと何機関？").text).toContain("245機関");
  });
});

describe("a sentence the PDF cut before its last words", () => {
  it("counts the aspect's word that the cut moved to the next unit (…進捗していると / 。判断される)", () => {
    const answer = createAnswerer().answer("知的クラスターの平成14年度の滑り出しはどう評価されてた？");
    expect(answer.text).toContain("概ね順調");
  });
});

describe("what a region does", () => {
  const qa = createAnswerer();
  it("is its own description, not the section that describes all clusters (神戸クラスターの取組)", () => {
    expect(qa.answer("神戸クラスターってどんな取組をしてるの？").text).toContain("再生医療");
  });
  it("reads a core research facility as its core institute", () => {
    expect(qa.answer("What is the core research facility of the Kobe cluster?").text).toContain("先端医療センター");
  });
});
