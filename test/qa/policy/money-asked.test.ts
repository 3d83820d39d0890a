import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("an amount of money asked of a subject the documents count", () => {
  it("is not in the documents, never the count (共同研究費の総額 → not 16,302件)", () => {
    const answer = qa.answer("大学が民間から受け入れた共同研究費の総額は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toContain("16,302");
  });
  it("is answered by figures in a currency (知的クラスターの予算の総額)", () => {
    expect(qa.answer("知的クラスターの予算の総額は？").status).toBe("answered");
  });
});
