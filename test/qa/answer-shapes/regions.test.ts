/**
 * Regions listed by field: several fields named together ask for any of them, with 両方 for every one.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();
const listed = (question: string) => qa.answer(question).lines.join("");

describe("regions by field", () => {
  it("lists the regions in any of two fields named together, each with its fields", () => {
    const text = listed("エネルギーとか環境の都市エリアを教えて");
    expect(text).toContain("八戸エリア［エネルギー］");
    expect(text).toContain("宍道湖・中海エリア［環境］");
  });

  it("lists only the regions with every field when asked for both", () => {
    const text = listed("情報通信とライフサイエンスの両方をやってる知的クラスターは？");
    expect(text).toMatch(/浜松クラスター/);
    expect(text).not.toMatch(/札幌/);
  });
});

describe("a region's field asked in a later part", () => {
  it("is the field of the region the part before asked about (神戸クラスターの中核研究所と分野)", () => {
    const a = qa.answer("神戸クラスターの中核研究所と分野を教えて");
    expect(a.text).toContain("先端医療センター");
    expect(a.text).toContain("ライフ");
  });
  it("is read from 技術分野 too (福岡クラスターの技術分野)", () => {
    expect(qa.answer("福岡ｸﾗｽﾀｰの技術分野って何でしたっけ").summary).toContain("IT");
  });
});

describe("trial regions asked in English", () => {
  it("lists the program's trial regions, the kind before the word regions", () => {
    const answer = qa.answer("What are the three trial regions of the knowledge cluster program?");
    expect(answer.text).toMatch(/^Trial regions of Knowledge Cluster Initiative/);
    expect(listed("What are the three trial regions of the knowledge cluster program?")).toContain("宇部");
  });
});
