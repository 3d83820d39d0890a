import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { namingOurPlace } from "../../../src/qa/query/askers-place.js";

const deps = createDeps();
const qa = createAnswerer();
const hachinohe = deps.kb.entities.get("area-hachinohe")!;

describe("namingOurPlace", () => {
  it("puts the place where the asker's words and the kind after them were", () => {
    expect(namingOurPlace("うちの都市エリアって分野は？", hachinohe, deps.lexicon)).toBe("八戸エリアって分野は？");
    expect(namingOurPlace("うちの分野は？", hachinohe, deps.lexicon)).toBe("八戸エリアの分野は？");
  });
  it("leaves a text without the asker's words alone", () => {
    expect(namingOurPlace("都市エリアの分野は？", hachinohe, deps.lexicon)).toBeUndefined();
  });
});

describe("a place the asker says they are from", () => {
  it("is what the asker's own words point at (八戸市です。うちの都市エリアって分野…)", () => {
    const answer = qa.answer("八戸市です。うちの都市エリアって分野なんでしたっけ");
    expect(answer.text).toContain("八戸エリア");
    expect(answer.text).not.toContain("ライフサイエンス");
  });
  it("is said once, the sentence about the asker no question of its own (浜松市の産業振興課です。)", () => {
    const answer = qa.answer("浜松市の産業振興課です。うちの知的クラスターって分野なんでしたっけ？");
    expect(answer.intent).toBe("region-field");
    expect(answer.text).toContain("IT");
  });
});
