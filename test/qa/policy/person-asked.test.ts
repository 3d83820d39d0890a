import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("people asked for", () => {
  it("names the head of the office the question names, from the attribute that names both", () => {
    expect(qa.answer("地域科学技術振興室の室長って誰になってます？").text).toContain("中川健朗");
    expect(qa.answer("産業連携・地域支援課の課長は誰？").text).toContain("木村");
  });
  it("says a post the documents name nobody for is not in them, instead of quoting a passage", () => {
    const answer = qa.answer("神戸クラスターの知的クラスター本部長って誰がやってるの？");
    expect(answer.status).toBe("not_found");
    expect(answer.citations).toHaveLength(0);
  });
  it("names the head of the office of a program named in English (who was the head of the office running…)", () => {
    const answer = qa.answer("Who was the head of the MEXT office running the knowledge cluster program in 2003?");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("中川健朗");
    expect(answer.text).toContain("owning division of Knowledge Cluster Initiative");
  });
  it("names the head when the question also guesses at the office's own name (the chief of the regional science office)", () => {
    const answer = qa.answer("Who was the chief of the regional science promotion office that ran the Knowledge Cluster Initiative?");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("中川健朗");
  });
  it("keeps a program's owner answered with its head", () => {
    expect(qa.answer("知的クラスターの担当室長は誰？").text).toContain("中川健朗");
  });
});

describe("who, asked of a body rather than a person", () => {
  it("is answered from the passages (誰が実施主体: the body that carries it out)", () => {
    expect(qa.answer("都市エリア事業の補助って誰が実施主体になるの？").text).toContain("中核財団");
  });
  it("reads a successor asked for as personal, out of scope", () => {
    expect(qa.answer("研究環境・産業連携課の田中課長の後任って誰になった？").status).toBe("not_found");
  });
});
