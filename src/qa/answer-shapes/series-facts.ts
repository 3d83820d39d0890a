/**
 * The year-by-year figures of one subject, as series, extremes and differences read them:
 * actual figures (実績, 基準値, 予算) with a year, one line per year and kind, oldest first.
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { factFigure, termLabel, type Deps } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { narrowByScope, selectFacts } from "./select-facts.js";
import type { AnswerTable } from "../types.js";
import { findTriggers } from "../detect-intent.js";

/**
 * Facts with a year for the subject, preferring actual figures over targets and unscoped over scoped rows.
 * @example seriesFacts(deps, query, entity).map((f) => f.fiscalYear) // [2003, 2008, 2009, 2010, 2011]
 */
export function seriesFacts(deps: Deps, query: Query, subject: Entity): { actual: Fact[]; targets: Fact[] } {
  const group = (f: Fact) => deps.kb.vocabulary.qualifiers.find((q) => q.id === f.qualifier)?.group;
  let facts = selectFacts(deps, query.intent!, [subject.id]).filter((f) => f.fiscalYear !== null);
  // A named kind narrows the series, unless it would drop a year the question asks for (基準値の15年度から23年度).
  const asked = query.years.years.map((y) => y.fiscalYear);
  const ofKind = facts.filter((f) => query.qualifiers.includes(f.qualifier));
  if (ofKind.length && asked.every((y) => ofKind.some((f) => f.fiscalYear === y))) facts = ofKind;
  facts = oneMeasure(deps, query, facts);
  const scoped = narrowByScope(query.match, facts);
  if (scoped !== facts) facts = scoped;
  else if (facts.some((f) => !f.scope)) facts = facts.filter((f) => !f.scope);
  else {
    const summary = (f: Fact) => deps.lexicon.cues.summaryRow.some((w) => f.scope!.includes(w));
    if (facts.some(summary)) facts = facts.filter(summary);
  }
  const targets = facts.filter((f) => group(f) === "target");
  const actual = facts.filter((f) => group(f) !== "target");
  const byYear = (a: Fact, b: Fact) => a.fiscalYear! - b.fiscalYear! || a.qualifier.localeCompare(b.qualifier, "ja");
  return { actual: (actual.length ? actual : targets).sort(byYear), targets: actual.length ? targets.sort(byYear) : [] };
}

/**
 * A fiscal year | figure table; the kind joins the year when a year has several kinds.
 * @example seriesTable(deps, facts, "ja", "共同研究件数").rows[0] // ["平成15年度（2003年度） 基準値", "7,248件"]
 */
export function seriesTable(deps: Deps, facts: Fact[], lang: "ja" | "en", caption: string): AnswerTable {
  const kinds = new Set(facts.map((f) => f.qualifier));
  const rows = facts.map((f): [string, string] => {
    const kind = kinds.size > 1 ? ` ${termLabel(deps.kb, "qualifiers", f.qualifier, lang)}` : "";
    const scope = f.scope ? ` ${f.scope}` : "";
    return [`${formatFiscalYear(f.fiscalYear!, lang)}${kind}${scope}`, factFigure(f, lang)];
  });
  return { caption, columns: lang === "ja" ? ["年度", "数値"] : ["Fiscal year", "Figure"], rows };
}

/**
 * A series compares like with like: the measure the question's words point to (予算 → budget), else the
 * measure with the most dated figures. 19エリア and 31億円 are never one series.
 */
function oneMeasure(deps: Deps, query: Query, facts: Fact[]): Fact[] {
  const cued = new Set(deps.intents.filter((i) => i.shape === "facts" && findTriggers(i.triggers, query.match, query.mentions).length > 0).flatMap((i) => i.measures));
  const category = (f: Fact) => deps.kb.vocabulary.measures.find((m) => m.id === f.measure)?.category;
  const pointed = facts.filter((f) => cued.has(category(f)!));
  const pool = pointed.length ? pointed : facts;
  const counts = new Map<string, number>();
  for (const f of pool) counts.set(f.measure, (counts.get(f.measure) ?? 0) + 1);
  const measure = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return pool.filter((f) => f.measure === measure);
}
