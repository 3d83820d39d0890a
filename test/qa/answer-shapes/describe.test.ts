import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("what a region does, asked with 取組み", () => {
  it("is its stated description, not a diagram's labels under a heading (神戸クラスター)", () => {
    const a = qa.answer("神戸クラスターってどんな取組みしてるとこ？");
    expect(a.text).toContain("再生医療");
  });
});

describe("a subject named loosely in English", () => {
  it("is described as its Japanese name is (the super UIC headquarters → スーパー産学官連携本部)", () => {
    const a = qa.answer("what is the super UIC headquarters?");
    expect(a.status).toBe("answered");
    expect(a.citations?.[0]?.quote).toContain("スーパー産学官連携本部");
  });
});

describe("a program read loosely in English as one of its indicators", () => {
  it("is described as the program when the words read are all the program's (the program for innovation hubs…)", () => {
    const a = qa.answer("What's the aim of the program for innovation hubs in advanced interdisciplinary fields?");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("先端融合領域イノベーション創出拠点形成プログラム");
  });
  it("stays the indicator when words of its own are asked ('s'-rated projects)", () => {
    const a = qa.answer("Why is the share of 's'-rated projects in the startup hub project expected to be low?");
    expect(a.text).toContain("rated s");
  });
});

describe("a thing of no subject asked what it is about in the asker's own words", () => {
  it("is answered by the passage that holds those words (EBM法の取組例ってどんな内容？)", () => {
    const answer = createAnswerer().answer("EBM法の取組例ってどんな内容？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("高耐食性");
  });
});

describe("a purpose asked of a subject with no purpose stated and no description recorded", () => {
  it("says so and quotes the subject's own section, its aims listed (構造改革プランのねらい)", () => {
    const answer = qa.answer("大学を起点とする日本経済活性化のための構造改革プランのねらいは？");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toContain("目的を述べた箇所はなく、その概要は次のとおりです");
    expect(answer.text).toContain("世界最高水準の大学作り");
  });
});

describe("a collaboration asked as どういう連携 with an abbreviated partner", () => {
  it("quotes the program's collaboration with METI, not the program's definition", () => {
    const answer = qa.answer("知的クラスターって経産省とはどんな連携をしてる？");
    expect(answer.summary).toContain("連携・協力");
    expect(answer.text).toContain("合同成果発表会");
  });
});

describe("a purpose asked in hiragana (なんのため)", () => {
  it("asks the purpose", () => {
    expect(qa.answer("スーパー産学官連携本部 なんのため").summary).toContain("の目的について");
  });
});

describe("a description asked in the asker's own words of a thing only guessed from one of them", () => {
  it("is the passage holding most of those words (被災地向けの取組例…EBM法の刃物)", () => {
    const answer = qa.answer("被災地向けの取組例でEBM法の刃物の話があったと思うけど、どんな内容？");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]?.quote).toContain("刃物");
  });
});

describe("a numbered list whose numbers the PDF drew twice", () => {
  it("is shown whole, each item with its number ((1) … (5) of 知的クラスター創成事業の概要)", () => {
    const a = qa.answer("知的クラスター創成事業の具体的な中身（概要の項目）を箇条書きで");
    expect(a.lines).toContain("(5) 研究成果発表等のためのフォーラム等の開催等");
    expect(a.lines.some((l) => l.startsWith("(1) 事業実施の司令塔"))).toBe(true);
  });
});
