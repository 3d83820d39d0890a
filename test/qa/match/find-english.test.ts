import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";

const deps = createDeps();
const qa = createAnswerer();

describe("where an English name stands in the question", () => {
  it("spans its words joined by for and in, so a word of the name (fields) asks nothing of its own", () => {
    const query = understandQuestion(deps, "What's the aim of the program for innovation hubs in advanced interdisciplinary fields?");
    expect(query.intent?.name).not.toBe("region-field");
    expect(query.mentions[0]!.end).toBeGreaterThan(query.mentions[0]!.start);
  });
  it("does not span a word of the question's own between its words (METI cooperate on clusters)", () => {
    const query = understandQuestion(deps, "how do MEXT and METI cooperate on clusters?");
    expect(query.mentions.every((m) => m.start === m.end)).toBe(true);
  });
});

describe("a name translated with university-launched", () => {
  it("is read whole, launched no word asking when it started", () => {
    const answer = qa.answer("What does the university-launched new industry creation hub project actually do?");
    expect(answer.intent).toBe("describe");
    expect(answer.text).toContain("大学発新産業創出拠点プロジェクト");
  });
});

describe("prepositions in an English question", () => {
  it("are no words of a name (between of …projects between national… universities)", () => {
    const query = understandQuestion(deps, "how much did uni-industry joint research grow between 1991 and 2001?");
    expect(query.mentions.every((m) => !m.text.includes("between"))).toBe(true);
  });
});
