/**
 * The points a chart of a series or comparison draws: one per row, labelled with the year (and the subject
 * when several are drawn), value in base units, the source's figure and the kind of figure.
 */
import { termLabel, type Deps } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import type { AnswerChart } from "../types.js";
import { shortName } from "./series-facts.js";
import type { SeriesLine } from "./series-lines.js";

/**
 * @example chartOf(deps, lines, "ja", "共同研究件数", "line").points.length // 5
 */
export function chartOf(deps: Deps, lines: SeriesLine[], lang: "ja" | "en", title: string, kind: AnswerChart["kind"]): AnswerChart {
  const facts = lines.flatMap((l) => l.rows.map((r) => ({ line: l, fact: r.fact })));
  const docs = [...new Set(facts.map(({ fact }) => fact.evidence.documentTitle))];
  return {
    title,
    unit: facts[0]?.fact.unit ?? "",
    kind,
    points: facts.map(({ line, fact }) => ({
      label: `${formatFiscalYear(fact.fiscalYear!, lang).split(/[（(]/)[0]}${lines.length > 1 ? ` ${shortName(deps.kb, line.subject, lang)}` : ""}`,
      value: fact.value,
      display: fact.display,
      kind: termLabel(deps.kb, "qualifiers", fact.qualifier, lang),
      fiscalYear: fact.fiscalYear,
      unit: fact.unit,
      ...(lines.length > 1 ? { series: shortName(deps.kb, line.subject, lang) } : {}),
    })),
    source: docs.join(" / "),
  };
}
