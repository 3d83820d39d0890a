/**
 * Answers as the core returns them, written by hand so Slack tests do not depend on the knowledge base.
 */
import type { Answer } from "../../../src/qa/index.js";

const citation = {
  document: "h24-jigo-hyoka.txt",
  documentTitle: "平成24年度実施施策に係る事後評価書",
  section: "達成目標１ › 成果指標①",
  quote: "7,248 件 14,974 件\n14,779 件 15,544 件 16,302 件",
};

/** A one-figure answer with one citation. */
export const jointResearch2011: Answer = {
  question: "2011年の共同研究件数",
  status: "answered",
  lang: "ja",
  intent: "indicator-value",
  summary: "共同研究の実施件数の平成23年度（2011年度）の実績は 16,302件 です。 [1]",
  lines: ["※「2011年」は平成23年度（2011年度）として答えています。"],
  citations: [citation],
  facts: ["f1"],
  options: [],
  text: "共同研究の実施件数の平成23年度（2011年度）の実績は 16,302件 です。 [1]\n※「2011年」は平成23年度（2011年度）として答えています。\n出典:\n[1] 平成24年度実施施策に係る事後評価書（達成目標１ › 成果指標①）\n    「7,248 件 14,974 件 14,779 件 15,544 件 16,302 件」",
  topic: { intent: "indicator-value", indicatorOrMeasure: "joint-research", fiscalYear: 2011 },
};

/** The follow-up "じゃあ2010年は？", answerable only with the previous topic. */
export const jointResearch2010: Answer = {
  ...jointResearch2011,
  question: "じゃあ2010年は？",
  summary: "共同研究の実施件数の平成22年度（2010年度）の実績は 15,544件 です。 [1]",
  lines: [],
  text: "共同研究の実施件数の平成22年度（2010年度）の実績は 15,544件 です。 [1]",
  topic: { ...jointResearch2011.topic, fiscalYear: 2010 },
};

/** A time series with a table. */
export const jointResearchSeries: Answer = {
  ...jointResearch2011,
  question: "共同研究件数の推移",
  intent: "series",
  summary: "共同研究の実施件数の推移です。 [1]",
  lines: [],
  table: {
    caption: "共同研究の実施件数",
    columns: ["年度", "件数"],
    rows: [
      ["平成15年度 基準値", "7,248件"],
      ["平成23年度 実績", "16,302件"],
    ],
  },
  chart: {
    title: "共同研究の実施件数",
    unit: "件",
    kind: "line",
    source: "平成24年度実施施策に係る事後評価書",
    points: [
      { label: "平成15年度", value: 7248, display: "7,248件", kind: "基準値", fiscalYear: 2003, unit: "件" },
      { label: "平成23年度", value: 16302, display: "16,302件", kind: "実績", fiscalYear: 2011, unit: "件" },
    ],
  },
  text: "共同研究の実施件数の推移です。 [1]",
};

/** An ambiguous question answered with a question back and options. */
export const budgetClarify: Answer = {
  question: "予算は?",
  status: "clarify",
  lang: "ja",
  intent: "budget",
  summary: "どの事業の予算ですか？",
  lines: [],
  citations: [],
  facts: [],
  options: [
    { label: "都市エリア産学官連携促進事業", question: "都市エリア産学官連携促進事業の予算は？" },
    { label: "知的クラスター創成事業", question: "知的クラスター創成事業の予算は？" },
  ],
  text: "どの事業の予算ですか？\n  1. 都市エリア産学官連携促進事業の予算は？\n  2. 知的クラスター創成事業の予算は？",
  topic: {},
};

/** An English answer (English labels). */
export const cityAreaBudgetEn: Answer = {
  ...jointResearch2011,
  question: "City Area budget",
  lang: "en",
  intent: "budget",
  summary: "The City Area program's budget for FY2003 was 3.1 billion yen. [1]",
  lines: [],
  text: "The City Area program's budget for FY2003 was 3.1 billion yen. [1]",
  topic: { intent: "budget", subject: "toshi-area" },
};

/** A miss that echoes the user's text, as a core might. */
export function notFound(question: string): Answer {
  return {
    question,
    status: "not_found",
    lang: "ja",
    intent: "none",
    summary: `「${question}」に当てはまる記述は資料に見つかりませんでした。`,
    lines: [],
    citations: [],
    facts: [],
    options: [],
    text: `「${question}」に当てはまる記述は資料に見つかりませんでした。`,
    topic: {},
  };
}
