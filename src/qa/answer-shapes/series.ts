/**
 * Answers "…の推移" with every year's figure as a small table (one line per subject: a program's phases
 * apart), targets listed after it, and the points a chart draws.
 */
import type { Query } from "../understand-question.js";
import { entityName, factLine, numberCitations, say, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { candidatesFor, subjectsByScope } from "./select-facts.js";
import { rowFacts, seriesLines, seriesTable } from "./series-facts.js";
import { chartOf } from "./chart-of.js";

/**
 * @example answerSeries(understand("共同研究件数の推移"), deps).table?.rows.length // 5
 */
export function answerSeries(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const [subject] = [...pickSubjects(query, deps, query.intent!.subjectTypes), ...subjectsByScope(query, deps)];
  if (!subject) return askWhich(query, candidatesFor(deps, query.intent!, query.match, query));
  const { lines, targets } = seriesLines(deps, query, subject);
  const name = entityName(subject, lang);
  const topic = { intent: query.intent!.name, subject: subject.id };
  if (lines.length === 0)
    return {
      status: "not_found",
      summary: say(lang, `${name}の年度ごとの数値は資料にありません。`, `The documents give no yearly figures for ${name}.`),
      topic,
    };
  const facts = [...rowFacts(lines), ...targets];
  const { citations, numberOf } = numberCitations(facts);
  const years = lines.flatMap((l) => l.rows.map((r) => r.fact.fiscalYear!));
  const span = `${formatFiscalYear(Math.min(...years), lang)}〜${formatFiscalYear(Math.max(...years), lang)}`;
  const measure = termLabel(deps.kb, "measures", lines[0]!.rows[0]!.fact.measure, lang);
  const sources = [...new Set(facts.map((f) => numberOf(f)))].map((n) => `[${n}]`).join("");
  const summary = say(
    lang,
    `${name}の${measure}の推移（${span}）: ${sources}`,
    `${name}, ${measure}, ${span.replace("〜", " to ")}: ${sources}`,
  );
  const lineTargets = targets.length
    ? [say(lang, "目標値:", "Targets:"), ...targets.map((f) => `・${factLine(deps.kb, f, lang, numberOf(f))}`)]
    : [];
  const table = seriesTable(deps, lines, lang, `${name} ${measure}`);
  return {
    status: "answered",
    summary,
    table,
    chart: chartOf(deps, lines, lang, `${name} ${measure}`, "line"),
    lines: lineTargets,
    facts,
    citations,
    topic,
  };
}
