/**
 * Suggested questions come from the knowledge base and are all answered.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer-question.js";
import { createDeps } from "../../src/qa/index.js";
import { suggestQuestions } from "../../src/qa/suggest-questions.js";

const deps = createDeps();
const ask = (question: string) => answerQuestion(deps, question);

describe("suggestQuestions", () => {
  it.each(["ja", "en"] as const)("proposes only questions the bot answers (%s)", (lang) => {
    const questions = suggestQuestions(deps.kb, ask, lang, 8);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const question of questions) expect(ask(question).status, question).toBe("answered");
  });

  it("drops a candidate the bot would not answer", () => {
    const questions = suggestQuestions(deps.kb, (q) => ({ status: q.includes("予算") ? "not_found" : "answered" }), "ja", 8);
    expect(questions.some((q) => q.includes("予算"))).toBe(false);
    expect(questions.length).toBeGreaterThan(0);
  });
});
