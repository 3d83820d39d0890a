/**
 * A year after everything the documents reach, their targets included (知的クラスター事業は2030年までにどれくらい
 * 成果が出る？): nothing in them is of that year, so no passage or figure answers it, whatever words it shares.
 */
import { exampleOptions } from "../answer-shapes/help.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { say, type Deps, type Draft } from "../answer-kit.js";
import type { Query } from "../understand-question.js";

const lastYears = new WeakMap<Deps["kb"], number>();

/** The last fiscal year of any fact (targets too) or document: found once per knowledge base. */
function lastYearOf(kb: Deps["kb"]): number {
  let year = lastYears.get(kb);
  if (year === undefined) {
    year = Math.max(...kb.facts.map((f) => f.fiscalYear ?? 0), ...[...kb.documents.values()].map((d) => d.fiscalYear));
    lastYears.set(kb, year);
  }
  return year;
}

/**
 * The years asked that come after the last one the documents reach.
 * @example yearsBeyond(understand("2030年までにどれくらい成果が出る？"), deps) // [2030]
 */
export function yearsBeyond(query: Query, deps: Deps): number[] {
  const last = lastYearOf(deps.kb);
  return query.years.years.map((y) => y.fiscalYear).filter((y) => y > last);
}

/**
 * @example answerYearBeyond(query, deps).summary // "資料が扱うのは平成34年度（2022年度）までで、…"
 */
export function answerYearBeyond(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const last = formatFiscalYear(lastYearOf(deps.kb), lang);
  const asked = yearsBeyond(query, deps)
    .map((y) => formatFiscalYear(y, lang))
    .join(say(lang, "・", ", "));
  return {
    status: "not_found",
    summary: say(
      lang,
      `資料が扱うのは${last}まで（目標値を含む）で、${asked}のことは載っていません。`,
      `The documents reach ${last} at the latest (targets included); they say nothing of ${asked}.`,
    ),
    lines: [say(lang, "資料から答えられるのは、例えば次のような質問です:", "The documents can answer, for example:")],
    options: exampleOptions(deps),
  };
}
