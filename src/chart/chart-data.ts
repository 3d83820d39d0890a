/**
 * What a chart of an answer draws, decided in the core so that Slack, the CLI, the console and the docs draw the
 * same thing: fiscal years on the x axis as the answer labels them, values of one unit, one series per subject,
 * the kinds of figure and the source for the caption. Points of another unit are left out rather than drawn on
 * the same axis (a budget in 円 and a count in 件 share no scale).
 */
import { formatFiscalYear } from "../qa/fiscal-year.js";
import type { Answer, AnswerChart, Citation } from "../qa/types.js";

/** One figure: its fiscal year, value in the base unit, the figure as the source writes it, its kind. */
export type ChartPoint = { year: number; value: number; display: string; kind: string };
/** One line (or one colour of bars): a subject, or a subject's second kind of figure. */
export type ChartSeries = { name: string; points: ChartPoint[] };

/** Everything a chart of an answer draws, language included (labels follow the question's). */
export type ChartData = {
  lang: "ja" | "en";
  /** A line for a series over years, bars for a comparison. */
  kind: AnswerChart["kind"];
  title: string;
  /** The base unit of every value (円, 件…). */
  unit: string;
  /** The fiscal years drawn, ascending, with their labels (平成23年度 / FY2011). */
  years: Array<{ year: number; label: string }>;
  series: ChartSeries[];
  /** The kinds of figure drawn (予算, 実績…), in order of first appearance. */
  kinds: string[];
  /** Where the figures come from: each document with the first section cited from it (document › section). */
  sources: string[];
};

/**
 * The chart of a series or comparison answer, or undefined when it has no two points of one unit.
 * @example chartDataOf(seriesAnswer)?.years.map((y) => y.label) // ["平成20年度", "平成21年度", …]
 */
export function chartDataOf(answer: Answer): ChartData | undefined {
  const chart = answer.chart;
  if (!chart || answer.status !== "answered") return undefined;
  const dated = chart.points.filter((p) => p.fiscalYear !== null && Number.isFinite(p.value));
  const unit = mostCommon(dated.map((p) => p.unit));
  const points = dated.filter((p) => p.unit === unit);
  if (unit === undefined || points.length < 2) return undefined;
  const series = new Map<string, ChartPoint[]>();
  for (const p of points) {
    const base = p.series ?? chart.title;
    // One value per year and line: a second figure of the same year (another kind) is a line of its own.
    const name = series.get(base)?.some((q) => q.year === p.fiscalYear) ? `${base}（${p.kind}）` : base;
    series.set(name, [...(series.get(name) ?? []), { year: p.fiscalYear!, value: p.value, display: p.display, kind: p.kind }]);
  }
  const years = [...new Set(points.map((p) => p.fiscalYear!))].sort((a, b) => a - b);
  return {
    lang: answer.lang,
    kind: chart.kind,
    title: chart.title,
    unit,
    years: years.map((year) => ({ year, label: yearLabel(year, answer.lang) })),
    series: [...series].map(([name, line]) => ({ name, points: line.sort((a, b) => a.year - b.year) })),
    kinds: [...new Set(points.map((p) => p.kind))],
    sources: sourcesOf(answer.citations, chart.source),
  };
}

/**
 * A fiscal year as the answer names it, without the other calendar in brackets.
 * @example yearLabel(2011, "ja") // "平成23年度"
 * @example yearLabel(2011, "en") // "FY2011"
 */
export function yearLabel(year: number, lang: "ja" | "en"): string {
  return formatFiscalYear(year, lang).split(/[（(]/)[0]!.trim();
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// The section path of a citation starts with the document's file name, which the reader does not have; its
// last part names the table or passage. One entry per document keeps a caption to a line or two.
function sourcesOf(citations: Citation[], fallback: string): string[] {
  const byDocument = new Map<string, string>();
  for (const c of citations)
    if (!byDocument.has(c.documentTitle))
      byDocument.set(
        c.documentTitle,
        c.section
          .split(" › ")
          .filter((part) => part !== c.document)
          .pop() ?? "",
      );
  const sources = [...byDocument].map(([title, section]) => (section ? `${title} › ${section}` : title));
  return sources.length ? sources : [fallback];
}
