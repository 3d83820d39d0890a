import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/qa/index.js";

const qa = createAnswerer();

describe("passageInstead", () => {
  it("keeps the figures asked when no passage holds the word beside them either (本格実施地域の補助)", () => {
    const answer = qa.answer("知的クラスターの本格実施地域の補助、1地域あたり年間いくら？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("年間5億円程度");
    expect(answer.text).not.toContain("札幌クラスター");
  });
});
