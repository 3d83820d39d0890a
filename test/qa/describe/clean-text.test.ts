/**
 * Text shown to users: PDF doubling undone, Markdown dropped, broken lines joined. Inputs are lines of
 * knowledge/sources as extracted.
 */
import { describe, expect, it } from "vitest";
import { cleanText, dropColumnLabels, shownQuote, undouble } from "../../../src/qa/describe/clean-text.js";

describe("undouble", () => {
  it("reads a line the PDF drew twice, run by run, once", () => {
    expect(undouble("（１地域当たり（１地域当たり 年間年間55億円程度億円程度××55年間）年間）")).toBe(
      "（１地域当たり 年間5億円程度×5年間）",
    );
    expect(undouble("札幌クラスター札幌クラスター [ IT ][ IT ]")).toBe("札幌クラスター [ IT ]");
  });

  it("leaves a line that does not pair up entirely, so real repeated digits survive", () => {
    expect(undouble("第I期 16億円(34億円)、第II期 75億円(55億円)")).toBe("第I期 16億円(34億円)、第II期 75億円(55億円)");
    expect(undouble("２．７倍６２大学")).toBe("２．７倍６２大学");
  });
});

describe("cleanText", () => {
  it("drops Markdown headings and joins a Japanese sentence broken over lines without spaces", () => {
    expect(cleanText("## 背景\n◇人口減少・少子高齢化の\n急速な進展")).toBe("背景◇人口減少・少子高齢化の急速な進展");
    expect(cleanText("大学等の研究成果を効果的に社会につないでいく \nため、国際的な産学官連")).toBe(
      "大学等の研究成果を効果的に社会につないでいくため、国際的な産学官連",
    );
  });

  it("shows a Markdown bullet as ・ and keeps a numbered item's own mark", () => {
    expect(cleanText("- 地域自らが目指す「知的クラスター」形成")).toBe("・地域自らが目指す「知的クラスター」形成");
    expect(cleanText("- ① クラスター形成等に向けては")).toBe("① クラスター形成等に向けては");
  });
});

describe("dropColumnLabels", () => {
  it("drops a form's label column that ran into a line of prose", () => {
    expect(dropColumnLabels("技能を向上させるとともに、知的財産の活用等において国際 平成１９年度")).toBe(
      "技能を向上させるとともに、知的財産の活用等において国際",
    );
    expect(dropColumnLabels("効果 みに頼らず、実際の業務に従事する教職員の知的財産関する")).toBe(
      "みに頼らず、実際の業務に従事する教職員の知的財産関する",
    );
  });

  it("leaves table rows and short lines alone", () => {
    expect(dropColumnLabels("7,248 件 14,974 件 14,779 件 15,544 件 16,302 件")).toBe("7,248 件 14,974 件 14,779 件 15,544 件 16,302 件");
    expect(dropColumnLabels("平成１５年度予算 ：３１億円")).toBe("平成１５年度予算 ：３１億円");
  });
});

describe("shownQuote", () => {
  it("reads a region line the PDF drew twice once, cell by cell (h15 実施地域)", () => {
    expect(shownQuote("大阪／和泉エリア大阪／和泉エリア ナノテク・材料、情報通信ナノテク・材料、情報通信")).toBe(
      "大阪／和泉エリア ナノテク・材料、情報通信",
    );
  });

  it("joins a quote's lines and leaves an ordinary line as written", () => {
    expect(shownQuote("知的クラスター創成事業 第I期 16億円(34億円)、\n第II期 75億円(55億円)")).toBe(
      "知的クラスター創成事業 第I期 16億円(34億円)、第II期 75億円(55億円)",
    );
  });
});

describe("shownQuote of a table row cited for one figure", () => {
  const row = "の実施件数 7,248 件 14,974 件 14,779 件 15,544 件 16,302 件 調査中";
  it("keeps the row's label and the cited cell, eliding the other years' cells", () => {
    expect(shownQuote(row, "16,302件")).toBe("の実施件数 … 16,302 件 …");
    expect(shownQuote(row, "16,302件")).not.toContain("15,544");
  });
  it("shows a sentence, a bracketed prior-year figure or a multiple whole", () => {
    const sentence = "知的クラスター創成事業 第I期 16億円(34億円)、第II期 75億円(55億円)";
    expect(shownQuote(sentence, "75億円")).toBe(sentence);
  });
  it("shows the row whole when the figure is not found once in it", () => {
    expect(shownQuote(row, "99件")).toBe(row);
  });
});

describe("dropColumnLabels keeps a list item's number", () => {
  it("keeps (2) and 2. before the item's text: they are no column label", () => {
    expect(dropColumnLabels("(2) 大学共同研究センター等を核とした産学官共同研究の実施")).toBe(
      "(2) 大学共同研究センター等を核とした産学官共同研究の実施",
    );
    expect(cleanText("(1) (1) 研究成果の特許化及び育成のための研究開発の促進研究成果の特許化及び育成のための研究開発の促進")).toBe(
      "(1) 研究成果の特許化及び育成のための研究開発の促進",
    );
  });
  it("still drops a short label before prose", () => {
    expect(dropColumnLabels("効果 みに頼らず、実際の業務に従事する教職員の知的財産関する")).toBe(
      "みに頼らず、実際の業務に従事する教職員の知的財産関する",
    );
  });
});
