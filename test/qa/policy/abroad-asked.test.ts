import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("abroad asked of a subject the documents count overall", () => {
  it("is not in the documents, with the overall question offered (海外企業との共同研究件数)", () => {
    const answer = qa.answer("海外企業との共同研究件数は？");
    expect(answer.status).toBe("not_found");
    expect(answer.options.map((o) => o.question)).toEqual(["企業との共同研究件数は?"]);
  });
  it("is not in the documents in English either (with foreign companies)", () => {
    const answer = qa.answer("how many joint research contracts did Japanese universities sign with foreign companies in 2011?");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toContain("16,302");
  });
  it("is answered when the name holds it (海外大学発ベンチャー) or the figures are of a foreign country", () => {
    expect(qa.answer("海外の大学発ベンチャーの設立件数は？").status).toBe("answered");
    expect(qa.answer("外国特許出願支援の特許になった割合は？").status).toBe("answered");
  });
});

describe("an English abroad word beside names that hold its letters", () => {
  it("is not answered by a figure whose English name only holds the letters of a country (us of cluster)", () => {
    const answer = qa.answer("how many foreign companies joined knowledge cluster projects?");
    expect(answer.status).toBe("not_found");
  });
});
