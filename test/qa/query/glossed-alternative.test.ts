import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";

const deps = createDeps();
const qa = createAnswerer();

describe("a guessed name typed right after an English word for a piece of another candidate's name", () => {
  it("is that candidate ('super' sangakukan renkei honbu → スーパー産学官連携本部)", () => {
    const query = understandQuestion(deps, "what's a 'super' sangakukan renkei honbu?");
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["super-renkei-honbu"]);
  });
  it("is never answered with the figures of the name it holds (産学官連携本部の整備状況 245機関)", () => {
    expect(qa.answer("what's a 'super' sangakukan renkei honbu?").text).not.toContain("245");
  });
});

describe("an English word right before a name typed exactly (a super IUC HQ)", () => {
  const qa = createAnswerer();
  it("names the entity made of the word's piece and that name (スーパー + 産学官連携本部)", () => {
    expect(qa.answer("what is a super IUC HQ?").text).toContain("スーパー産学官連携本部");
  });
  it("leaves the name typed alone to itself (the target number of IUC HQs)", () => {
    expect(qa.answer("what's the target number of IUC HQs?").text).toContain("250");
  });
});
