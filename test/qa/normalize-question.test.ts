import { describe, expect, it } from "vitest";
import { hasWords, normalizeQuestion, stripSlackMarkup, unquoteWords } from "../../src/qa/normalize-question.js";
import { createAnswerer } from "../../src/qa/index.js";

describe("stripSlackMarkup", () => {
  it("drops mentions, broadcasts and channel references and keeps link labels", () => {
    expect(stripSlackMarkup("<@U123ABC> <!channel> <!here> 予算 <https://x.jp|資料> <#C1|general>").replace(/\s+/g, " ").trim()).toBe(
      "予算 資料",
    );
  });
  it("reads a reply's own lines, not the earlier message it quotes (> 評判どうなの, then the question)", () => {
    expect(stripSlackMarkup("&gt; 技術移転の評判どうなの\n有効回答率の推移は？")).toBe("有効回答率の推移は？");
  });
  it("reads a message that is all quote as the question it quotes", () => {
    expect(stripSlackMarkup("> 知的クラスターの予算は？").trim()).toBe("知的クラスターの予算は？");
  });
});

describe("normalizeQuestion", () => {
  it("folds full-width characters, variants and kanji numerals", () => {
    expect(normalizeQuestion("Ｈ２３年度の　共同研究件数？", {})).toBe("H23年度の 共同研究件数?");
    expect(normalizeQuestion("都市エリア产学研官", { 产: "産" })).toBe("都市エリア産学研官");
    expect(normalizeQuestion("平成二十三年度", {})).toBe("平成23年度");
  });
});

describe("hasWords", () => {
  it("is false for empty, punctuation-only and emoji-only input", () => {
    expect(hasWords("")).toBe(false);
    expect(hasWords("？！…")).toBe(false);
    expect(hasWords("🎉🙏 :tada:")).toBe(false);
    expect(hasWords("予算")).toBe(true);
  });
});

describe("a kanji of the same reading the IME chose", () => {
  it("is read as the documents write it (連係 → 連携)", () => {
    expect(createAnswerer().answer("産学官連係本部の整備状況、平成22年度は？").text).toContain("230機関");
  });
});

describe("a noun written with its kana (取り組み for 取組)", () => {
  it("is read as the documents write it", () => {
    expect(createAnswerer().answer("EBM法の取り組み例はどういうもの？").text).toContain("高耐食性刃物");
  });
});

describe("unquoteWords", () => {
  it("drops quote marks around words, so a name quoted in part reads whole", () => {
    expect(unquoteWords(`what is a 'super' UIC HQ? and "IP Strategic Program 2004"`)).toBe(
      "what is a super UIC HQ? and IP Strategic Program 2004",
    );
  });
  it("keeps an apostrophe inside a word and Japanese brackets", () => {
    expect(unquoteWords("MEXT's 「共創の場」って何？")).toBe("MEXT's 「共創の場」って何？");
  });
});

describe("Slack formatting around a question", () => {
  it("drops *bold*, _italic_, `code`, a quote's >, a bullet and :emoji:, keeping the words", () => {
    expect(stripSlackMarkup("> *知的クラスター* の予算 :pray:").trim()).toBe("知的クラスター の予算");
    expect(stripSlackMarkup("- _city area_ budget `急ぎ`").trim()).toBe("city area budget 急ぎ");
  });
  it("keeps an underscore inside a word and a range's tilde (snake_case, H20~H23)", () => {
    expect(stripSlackMarkup("snake_case H20~H23")).toBe("snake_case H20~H23");
  });
});
