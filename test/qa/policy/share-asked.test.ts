import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a share asked of figures that count things", () => {
  it("is not in the documents, with what their figures count (何割 of 大学発ベンチャー: 社)", () => {
    const answer = qa.answer("大学発ベンチャーって何割くらい潰れてるの？");
    expect(answer.status).toBe("not_found");
    expect(answer.summary).toContain("社");
    expect(answer.text).not.toContain("424社");
  });
  it("leaves a share the documents give (the share of START projects rated S)", () => {
    expect(qa.answer("what share of START projects were rated S?").text).toContain("7%");
  });
  it("reads a share's word only as a word (rate of strategy asks no share)", () => {
    expect(qa.answer("What is the FY2013 initial budget of the Regional Innovation Strategy Support Program?").status).toBe("answered");
  });
  it("leaves a growth rate to its multiple (伸び率: 4.6倍)", () => {
    expect(qa.answer("国立大学等の共同研究の伸び率は？").text).toContain("4.6倍");
  });
});

describe("a share asked of a program whose passages state none", () => {
  it("says no such share is in the documents instead of quoting the overview", () => {
    const answer = qa.answer("都市エリア事業の採択率は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("お尋ねの割合はありません");
  });
});
