/**
 * The warm-up questions come from the intents and the knowledge base: every declared example, and each option
 * template filled with the programs with the most facts; answering them leaves later answers as a fresh core gives them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer-question.js";
import { createAnswerer, createDeps } from "../../src/qa/index.js";
import { warmUpQuestions } from "../../src/qa/warm-up-questions.js";

const deps = createDeps();

describe("warmUpQuestions", () => {
  const questions = warmUpQuestions(deps);

  it("holds every intent's examples and each option template over the programs with the most facts, once each", () => {
    for (const intent of deps.intents) for (const example of intent.examples) expect(questions).toContain(example);
    const budget = deps.intents.find((i) => i.name === "budget")!;
    const facts = (id: string) => deps.kb.facts.filter((f) => f.subject === id).length;
    const programs = [...deps.kb.entities.values()]
      .filter((e) => e.type === "program" && !e.parent)
      .sort((a, b) => facts(b.id) - facts(a.id));
    expect(programs.length).toBeGreaterThan(6);
    for (const program of programs.slice(0, 6)) expect(questions).toContain(budget.option!.ja.replace("{name}", program.name));
    expect(questions).not.toContain(budget.option!.ja.replace("{name}", programs.at(-1)!.name));
    expect(new Set(questions).size).toBe(questions.length);
    expect(questions.some((q) => q.includes("{name}"))).toBe(false);
  });

  it("is not an evaluation set in disguise: few of its questions are gold questions", () => {
    const gold = new Set(
      readFileSync("eval/gold.jsonl", "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { q: string }).q),
    );
    expect(questions.filter((q) => gold.has(q)).length).toBeLessThan(questions.length / 20);
  });

  it("leaves the answers as they were: a warmed answerer answers like a fresh one", () => {
    const warmed = createAnswerer();
    for (const question of warmed.warmUpQuestions!()) warmed.answer(question);
    for (const question of ["2011年の共同研究件数", "都市エリアの予算は?", "じゃあ2010年は？", "TLO法はいつ制定された？"])
      expect(warmed.answer(question)).toEqual(answerQuestion(deps, question));
    // (Hundreds of answers: on a loaded two-core machine that is more than the default five seconds.)
  }, 30_000);
});
