/**
 * A question for figures of years the documents give none of (H26年度の執行額, when the documents stop at
 * 平成25年度): said plainly, with the years they do give, instead of asking which program or guessing one.
 */
import { kindGroup, say, type Deps, type Draft } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import type { Fact } from "../../knowledge/load-knowledge.js";
import { allows } from "../answer-shapes/select-facts.js";
import { formatFiscalYear } from "../fiscal-year.js";

/**
 * Facts of the kind the question asks: its intent's measures, and when it names kinds (執行額, 要求額), facts
 * of their groups (要求額 asks budgets of any kind, 執行額 actual spending).
 */
function factsOfKind(query: Query, deps: Deps): Fact[] {
  const intent = query.intent;
  if (!intent) return [];
  const groupOf = (id: string) => kindGroup(deps.kb, id);
  const groups = new Set(query.qualifiers.map(groupOf));
  return deps.kb.facts.filter((f) => allows(deps, intent, f) && (groups.size === 0 || groups.has(groupOf(f.qualifier))));
}

/**
 * Whether the question names fiscal years and no fact of the asked kind has any of them.
 * @example asksYearsWithoutFigures(understand("H26年度の執行額は？"), deps) // true
 */
export function asksYearsWithoutFigures(query: Query, deps: Deps): boolean {
  const asked = query.years.years.map((y) => y.fiscalYear);
  if (!asked.length || query.years.span) return false;
  const facts = factsOfKind(query, deps);
  return facts.length > 0 && !facts.some((f) => f.fiscalYear !== null && asked.includes(f.fiscalYear));
}

/**
 * The answer for it: those years are not in the documents, and the years that are.
 * @example answerYearsWithoutFigures(query, deps).summary // "平成26年度（2014年度）の数値は資料にありません。"
 */
export function answerYearsWithoutFigures(query: Query, deps: Deps): Draft {
  const { lang } = query;
  const when = query.years.years.map((y) => formatFiscalYear(y.fiscalYear, lang)).join(say(lang, "・", ", "));
  const years = [
    ...new Set(
      factsOfKind(query, deps)
        .map((f) => f.fiscalYear)
        .filter((y): y is number => y !== null),
    ),
  ].sort((a, b) => a - b);
  const range = years.length ? `${formatFiscalYear(years[0]!, lang)}〜${formatFiscalYear(years.at(-1)!, lang)}` : "";
  return {
    status: "not_found",
    summary: say(lang, `${when}の数値は資料にありません。`, `The documents give no figures for ${when}.`),
    lines: range
      ? [
          say(
            lang,
            `資料にあるのは${range}の数値です（年度によって事業が異なります）。`,
            `They give figures for ${range} (programs vary by year).`,
          ),
        ]
      : [],
    options: [],
  };
}
