/**
 * Answers "…の推移" with every year's figure as a small table, targets listed after it.
 */
import type { Query } from "../understand-question.js";
import { entityName, factLine, numberCitations, say, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { candidatesFor, subjectsByScope } from "./select-facts.js";
import { seriesFacts, seriesTable } from "./series-facts.js";

/**
 * @example answerSeries(understand("共同研究件数の推移"), deps).table?.rows.length // 5
 */
export function answerSeries(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const [subject] = [...pickSubjects(query, deps, query.intent!.subjectTypes), ...subjectsByScope(query, deps)];
  if (!subject) return askWhich(query, candidatesFor(deps, query.intent!));
  const { actual, targets } = seriesFacts(deps, query, subject);
  const name = entityName(subject, lang);
  const topic = { intent: query.intent!.name, subject: subject.id };
  if (actual.length === 0) return { status: "not_found", summary: say(lang, `${name}の年度ごとの数値は資料にありません。`, `The documents give no yearly figures for ${name}.`), topic };
  const facts = [...actual, ...targets];
  const { citations, numberOf } = numberCitations(facts);
  const first = formatFiscalYear(actual[0]!.fiscalYear!, lang);
  const last = formatFiscalYear(actual[actual.length - 1]!.fiscalYear!, lang);
  const measure = termLabel(deps.kb, "measures", actual[0]!.measure, lang);
  const summary = say(lang, `${name}の推移（${first}〜${last}）:`, `${name}, ${first} to ${last}:`);
  const lines = targets.length ? [say(lang, "目標値:", "Targets:"), ...targets.map((f) => `・${factLine(deps.kb, f, lang, numberOf(f))}`)] : [];
  return { status: "answered", summary, table: seriesTable(deps, actual, lang, `${name} ${measure}`), lines, facts, citations, topic };
}
