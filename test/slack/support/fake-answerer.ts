/**
 * A stand-in for the core: fixed answers per question (optionally per previous topic), recording each call.
 */
import type { Answer, Answerer, KnowledgeOverview, Topic } from "../../../src/qa/index.js";
import { notFound } from "./answers.js";

export type FakeAnswerer = Answerer & { calls: Array<{ question: string; previous?: Topic }> };

export const overview: KnowledgeOverview = {
  documents: [
    { file: "h24-jigo-hyoka.txt", title: "平成24年度実施施策に係る事後評価書", titleEn: "Ex-post evaluation FY2012", fiscalYear: 2012 },
  ],
  programs: ["都市エリア産学官連携促進事業", "知的クラスター創成事業"],
  years: { from: 2002, to: 2011 },
  factCount: 300,
  examples: ["都市エリアの予算は?", "2011年の共同研究件数", "共同研究件数の推移", "TLO法はいつ制定された？", "知的クラスターとは？"],
  suggestions: {
    ja: ["都市エリア事業の予算の推移は？", "2011年度の共同研究件数は？", "TLO法はいつ制定された？"],
    en: ["How did the city area budget change?", "joint research projects in FY2011"],
  },
};

/** @example createFakeAnswerer({ "予算は?": budgetClarify }) */
export function createFakeAnswerer(answers: Record<string, Answer | ((previous?: Topic) => Answer)>): FakeAnswerer {
  const calls: FakeAnswerer["calls"] = [];
  return {
    calls,
    answer(question, options) {
      calls.push({ question, ...(options?.previous ? { previous: options.previous } : {}) });
      const found = answers[question];
      if (found === undefined) return notFound(question);
      return typeof found === "function" ? found(options?.previous) : found;
    },
    overview: () => overview,
  };
}
