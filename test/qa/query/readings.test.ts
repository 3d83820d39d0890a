/**
 * Readings of a question weighed by evidence, on the real knowledge base.
 */
import { describe, expect, it } from "vitest";
import { createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";
import { hasEvidence } from "../../../src/qa/query/readings.js";

const deps = createDeps();
const read = (q: string) => understandQuestion(deps, q);
const intent = (name: string) => deps.intents.find((i) => i.name === name)!;

describe("readings weighed by evidence", () => {
  it("prefers the reading the knowledge base can answer (what happened in a month) over a guessed subject's figures", () => {
    expect(read("平成16年4月って国立大学関係で何が起きたんだっけ").intent?.name).toBe("laws-in-year");
  });

  it("reads a count of regions of one field as the list of those regions", () => {
    expect(read("ナノテク系の都市エリアって何か所ある？").intent?.name).toBe("regions");
  });

  it("finds no evidence for a year the subject has no figure for", () => {
    const { mentions } = read("都市エリアの予算");
    expect(hasEvidence(deps.kb, intent("budget"), mentions, [2008])).toBe(true);
    expect(hasEvidence(deps.kb, intent("budget"), mentions, [2015])).toBe(false);
  });
});
