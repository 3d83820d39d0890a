import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { buildSectionIndex, CHUNK_CHARS } from "../../src/search/section-index.js";
import { annotateEraYears, tokenize } from "../../src/search/tokenize.js";

const kb = loadKnowledge();
const index = buildSectionIndex(kb.documents.values(), kb.vocabulary.variants);

describe("tokenize", () => {
  it("gives Japanese words and two-character pieces, which the default tokenizer cannot", () => {
    expect(tokenize("共同研究件数")).toEqual(expect.arrayContaining(["共同", "研究", "件数"]));
  });
});

describe("annotateEraYears", () => {
  it("adds the western year to era years and to the evaluation's bare 年度", () => {
    expect(annotateEraYears("平成１５年度予算")).toContain("2003年度");
    expect(annotateEraYears("23 年度 24 年度")).toContain("2011年度");
  });
});

describe("the section index", () => {
  it("keeps chunks near the chosen size: few are more than four times it", () => {
    const long = index.chunks.filter((c) => c.text.length > CHUNK_CHARS * 4);
    expect(long.length / index.chunks.length).toBeLessThan(0.1);
  });

  it("finds the passage that defines a term", () => {
    const [best] = index.search("スーパー産学官連携本部");
    expect(best?.chunk.document).toBe("h17-sogoteki-sangakukan-renkei.txt");
    expect(best?.coverage).toBeGreaterThan(0.5);
  });

  it("finds an era year from its western form", () => {
    const [best] = index.search("2003年度 都市エリア 予算");
    expect(best?.chunk.text).toMatch(/平成１５年度予算/);
  });

  it("restored from what save() returned, finds what the built index finds", () => {
    const restored = buildSectionIndex([], kb.vocabulary.variants, index.save());
    expect(restored.chunks).toEqual(index.chunks);
    expect(restored.search("知的クラスターの評価")).toEqual(index.search("知的クラスターの評価"));
    expect(restored.search("知的クラスターの評価").length).toBeGreaterThan(0);
  });
});
