/**
 * The answer contract between the question-answering core and every front end (CLI, console, Slack).
 * The core builds an Answer; front ends only render it.
 */

/** Where a statement comes from: `document` is the file name in knowledge/sources. */
export type Citation = {
  document: string;
  documentTitle: string;
  section: string;
  quote: string;
  /** The PDF page the quote is on, when the document's source keeps page breaks. */
  page?: number;
  /** Where a person can open the document (knowledge/documents/<id>.yaml `url`), with #page=N when a page is known. */
  url?: string;
  /** The column headers of the table the quote is a row of (the fiscal years), so a reader can tell which figure is which. */
  header?: string;
  /** The one figure this quote is cited for, as the source writes it: a table row's other cells can then be elided when shown. */
  figure?: string;
  /** Figures of other years (or other subjects) the same quote states: elided where it is shown for `figure`. */
  otherYears?: string[];
};

/** A choice offered when the question is ambiguous; `question` is what to ask when it is picked. */
export type ClarifyOption = { label: string; question: string };

/** A small two-column table (fiscal year | figure) for time series. */
export type AnswerTable = { caption: string; columns: [string, string]; rows: Array<[string, string]> };

/**
 * The numbers behind a series or comparison, for charts: one point per fiscal year (or per subject in a
 * comparison), value in base units, the figure as the source writes it, and the kind of figure.
 */
export type AnswerChart = {
  title: string;
  /** Unit of `value` (円, 件, 機関…); a chart labels its axis with it. */
  unit: string;
  kind: "line" | "bar";
  points: Array<{
    label: string;
    value: number;
    display: string;
    kind: string;
    fiscalYear: number | null;
    /** Unit of this point's value: a chart never draws points of different units on one axis. */
    unit: string;
    /** The subject's short name when the answer has several (a program's phases): each is a line of its own. */
    series?: string;
  }>;
  /** Source caption: the document titles the points come from. */
  source: string;
};

/** What an answer was about, kept per Slack thread so that follow-ups (じゃあ2010年は？) can reuse it. */
export type Topic = {
  intent?: string;
  subject?: string;
  indicatorOrMeasure?: string;
  fiscalYear?: number;
  /** The questions offered by a clarify answer: a follow-up "2" picks the second. */
  options?: string[];
};

export type AnswerStatus = "answered" | "clarify" | "not_found";

export type Answer = {
  question: string;
  status: AnswerStatus;
  lang: "ja" | "en";
  intent: string;
  /** The first line: the direct answer (figure, year, kind) or the question back. */
  summary: string;
  /** Further statements, one per line, plain text. */
  lines: string[];
  table?: AnswerTable;
  /** Set for series and comparisons: what a chart of this answer draws. */
  chart?: AnswerChart;
  /** Set when a stated fact was extracted automatically and not yet reviewed: shown as a caution line. */
  caution?: string;
  citations: Citation[];
  /** Ids of the knowledge-base facts the answer states. */
  facts: string[];
  options: ClarifyOption[];
  /** The whole answer as plain text, exactly as shown to the user (summary, table, lines, sources). */
  text: string;
  topic: Topic;
};

/** What the bot knows, for help texts and the Slack App Home. */
export type KnowledgeOverview = {
  documents: Array<{ file: string; title: string; titleEn: string; fiscalYear: number }>;
  programs: string[];
  years: { from: number; to: number };
  factCount: number;
  examples: string[];
  /** Questions made from the knowledge base (a budget series, an indicator's latest year, a law…), each one answered. */
  suggestions: Record<"ja" | "en", string[]>;
};

export type AskOptions = {
  previous?: Topic;
  /** A later part of the same question (目標値と、23年度の実績は？): it keeps the part before's subject whatever else it says. */
  samePart?: boolean;
  /** Documents the whole question named (H15資料の…): a part split from it keeps them. */
  documents?: string[];
};

export type Answerer = {
  answer(question: string, options?: AskOptions): Answer;
  overview(): KnowledgeOverview;
  /** Questions to answer once before taking traffic, so the answering code is compiled (warm-up-questions.ts). */
  warmUpQuestions?(): string[];
};
