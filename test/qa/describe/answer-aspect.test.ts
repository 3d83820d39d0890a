/**
 * Descriptive questions answered by aspect, through the whole core, as a user meets them.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { asDocumentsWrite } from "../../../src/qa/describe/answer-aspect.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../../src/knowledge/load-knowledge.js";

const qa = createAnswerer();
const source = (file: string) => readFileSync(join(DEFAULT_KNOWLEDGE_DIR, "sources", file), "utf8");

describe("descriptions by aspect", () => {
  it("answers why a program is needed from its 必要性 section, first sentence first", () => {
    const answer = qa.answer("総合的産学官連携推進事業はなぜ必要なのですか");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]!.section).toContain("⑩必要性");
    expect(answer.lines[0]).toMatch(/^「「知の世紀」たる/);
  });

  it("answers the basic concept from the section titled with it (基本的考え方), in either language", () => {
    for (const q of ["知的クラスター第I期の基本コンセプトは", "basic concept of knowledge cluster phase I?"]) {
      const answer = qa.answer(q);
      expect(answer.citations[0]!.section).toContain("基本的考え方");
      expect(answer.text).toContain("育成段階");
    }
  });

  it("shows a numbered list of issues whole, one item a line", () => {
    const answer = qa.answer("地域クラスター形成の課題をすべて教えて");
    expect(answer.lines.filter((l) => !l.startsWith("※")).map((l) => l[0])).toEqual(["①", "②", "③", "④", "⑤"]);
  });

  it("prefers the sentence that defines a term for what-is", () => {
    const answer = qa.answer("「知的クラスター」ってそもそも何？");
    expect(answer.text).toContain("技術革新システムをいう");
    expect(answer.citations[0]!.section).toContain("知的クラスターとは");
  });

  it("defines the tail of a term that words before it only place (…の4事業 → 4事業とは)", () => {
    const answer = qa.answer("成果のグラフの文部科学省の4事業とは？");
    expect(answer.text).toContain("独創的シーズ展開事業");
    expect(answer.summary).not.toContain("都市エリア");
  });

  it("takes a quoted term asked what-is before any aspect word around it", () => {
    const answer = qa.answer("評価の表に出てくる「文部科学省が実施する4事業」って何？");
    expect(answer.text).toContain("技術移転支援センター事業");
  });

  it("answers what a program does with its summary sentence and its list of activities, each cited", () => {
    const answer = qa.answer("都市エリア産学官連携促進事業の事業内容は？");
    expect(answer.lines[0]).toMatch(/個性発揮を重視し.*\[1\]$/);
    expect(answer.lines.slice(1).map((l) => l.slice(0, 3))).toEqual(["（１）", "（２）", "（３）", "（４）"]);
    expect(answer.citations).toHaveLength(2);
  });

  it("shows a plan's own section whole, its headings with their lists", () => {
    const answer = qa.answer("産学官連携システム改革プランの中身は？");
    expect(answer.text).toContain("知的財産戦略の策定");
    expect(answer.text).toContain("技術移転支援センターの設置");
  });

  it("reads the asker's words for how the documents put it (整理されてる, として) as no part of what is asked", () => {
    const answer = qa.answer("クラスター形成の課題ってどう整理されてるんだっけ");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("地域ビジョン");
  });
  it("answers a program's purpose from its description when no section of its own is titled with it (A-STEP)", () => {
    expect(qa.answer("A-STEPは何のためのプログラム？").text).toContain("実用化につなぐ");
  });
  it("reads 制度 as a kind of program, not a word asked beyond it (どんな制度)", () => {
    expect(qa.answer("A-STEPってどういう制度なの").text).toContain("切れ目のない支援");
  });
  it("says an aspect is not in the documents, and what can be asked instead, rather than quote a neighbour", () => {
    const answer = qa.answer("S-イノベの課題は？");
    expect(answer.status).toBe("not_found");
    expect(answer.citations).toEqual([]);
    expect(answer.options.length).toBeGreaterThan(0);
  });

  it("shows text without PDF doubling or Markdown, while the citation quotes the source verbatim", () => {
    const answer = qa.answer("知的クラスター創成事業（第I期）の基本的考え方は？");
    expect(answer.lines.join("")).not.toMatch(/#|^- /m);
    const doubled = qa.answer("知的クラスター本部の役割は？");
    expect(doubled.lines.join("")).not.toContain("司令塔となる「知的クラスター本部」の設置（本部長、事業総括、研究統事業実施");
    for (const a of [answer, doubled]) expect(source(a.citations[0]!.document)).toContain(a.citations[0]!.quote);
  });
});

describe("an aspect that heads a list of subsections", () => {
  it("answers with every subsection as an item (title and first sentence), not the first one alone", () => {
    const answer = createAnswerer().answer("産学連携関連施策の課題は？");
    expect(answer.status).toBe("answered");
    const items = answer.lines.filter((l) => l.startsWith("・"));
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(answer.text).toContain("間接経費");
    expect(answer.text).toContain("ハイリスク");
  });
});

describe("asDocumentsWrite", () => {
  it("writes each word as the documents do, once, never again inside the term it wrote (全国 → 我が国全体)", () => {
    const deps = createDeps();
    expect(asDocumentsWrite(deps, "全国の共同研究")).toBe("我が国全体の共同研究");
    expect(asDocumentsWrite(deps, "経産省との連携")).toBe("経済産業省との連携");
  });
});

describe("an aspect asked of a term the subject's section is titled with", () => {
  it("answers from that section (中間評価の位置づけ: 4. 中間評価及び終了評価の実施), not the subject's basis", () => {
    const answer = createAnswerer().answer("知的クラスター第I期の中間評価ってどういう位置づけ？");
    expect(answer.citations[0]!.section).toContain("中間評価及び終了評価の実施");
    expect(answer.text).toContain("見直しを行う契機");
  });
  it("leaves when to the passages that date the term (H14開始地域の中間評価はいつ)", () => {
    const text = createAnswerer().answer("知的クラスターの中間評価、H14開始地域はいつ実施予定だった？").text.normalize("NFKC");
    expect(text).toMatch(/平成17|2005/);
  });
});
