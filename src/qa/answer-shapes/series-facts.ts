/**
 * The year-by-year figures of one subject, as series, extremes and differences read them:
 * actual figures (実績, 基準値, 予算) with a year, one line per year and kind, oldest first.
 */
import type { Entity, Fact, KnowledgeBase } from "../../knowledge/load-knowledge.js";
import { toLines, type SeriesLine } from "./series-lines.js";
import type { Query } from "../understand-question.js";
import { compareJa, factFigure, shortEntityName, termLabel, type Deps } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { narrowByScope, scopeText, selectFacts } from "./select-facts.js";
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
  const scoped = narrowByScope(scopeText(query, deps), facts, query.triggers);
  if (scoped !== facts) facts = scoped;
  else if (facts.some((f) => !f.scope)) facts = facts.filter((f) => !f.scope);
  else {
    const summary = (f: Fact) => deps.lexicon.cues.summaryRow.some((w) => f.scope!.includes(w));
    if (facts.some(summary)) facts = facts.filter(summary);
  }
  const targets = facts.filter((f) => group(f) === "target");
  const actual = facts.filter((f) => group(f) !== "target");
  const byYear = (a: Fact, b: Fact) => a.fiscalYear! - b.fiscalYear! || compareJa(a.qualifier, b.qualifier);
  return { actual: (actual.length ? actual : targets).sort(byYear), targets: actual.length ? targets.sort(byYear) : [] };
}

/**
 * The lines of a subject's series: its own figures and each phase's, restatements merged.
 * @example seriesLines(deps, query, cluster).length // 3: the program, 第I期, 第II期
 */
export function seriesLines(deps: Deps, query: Query, subject: Entity): { lines: SeriesLine[]; targets: Fact[] } {
  const { actual, targets } = seriesFacts(deps, query, subject);
  // The asked subject's own line first, then its phases.
  const lines = toLines(deps.kb, actual).sort((a, b) => Number(b.subject.id === subject.id) - Number(a.subject.id === subject.id));
  return { lines, targets };
}

/** A phase by what tells it from its program (第I期); anything else by its name. */
export function shortName(kb: KnowledgeBase, entity: Entity, lang: "ja" | "en"): string {
  const parent = entity.parent ? kb.entities.get(entity.parent) : undefined;
  const own = parent
    ? entity.name
        .replace(parent.name, "")
        .replace(/^[（(]|[)）]$/g, "")
        .trim()
    : "";
  // Only a phase's bracketed tail (第I期) is a name of its own; the rest of a long indicator's name is a fragment.
  return own && own.length <= 12 && lang === "ja" ? own : shortEntityName(entity, lang);
}

/**
 * A fiscal year | figure table; the kind joins the year when a line has several kinds, the subject when
 * there are several lines, and a restated figure names its other forms.
 * @example seriesTable(deps, lines, "ja", "共同研究件数").rows[0] // ["平成15年度（2003年度） 基準値", "7,248件"]
 */
export function seriesTable(deps: Deps, lines: SeriesLine[], lang: "ja" | "en", caption: string): AnswerTable {
  const kinds = new Set(lines.flatMap((l) => l.rows.map((r) => r.fact.qualifier)));
  const subjects = new Set(lines.map((l) => l.subject.id)).size;
  const rows = lines.flatMap((line) =>
    line.rows.map((r): [string, string] => {
      const f = r.fact;
      // The subject is named on a row only when the rows are of several subjects (lines of one subject differ by scope).
      const who = subjects > 1 ? ` ${shortName(deps.kb, line.subject, lang)}` : "";
      const kind = kinds.size > 1 ? ` ${termLabel(deps.kb, "qualifiers", f.qualifier, lang)}` : "";
      const scope = f.scope ? ` ${f.scope}` : "";
      const same = r.same.filter((x) => x.display !== f.display).map((x) => x.display);
      return [
        `${formatFiscalYear(f.fiscalYear!, lang)}${who}${kind}${scope}`,
        `${factFigure(f, lang)}${same.length ? ` (= ${same.join(", ")})` : ""}`,
      ];
    }),
  );
  return { caption, columns: lang === "ja" ? ["年度", "数値"] : ["Fiscal year", "Figure"], rows };
}

/** Every fact of the lines' rows, restatements included, for citations. */
export function rowFacts(lines: SeriesLine[]): Fact[] {
  return lines.flatMap((l) => l.rows.flatMap((r) => [r.fact, ...r.same]));
}

/**
 * A series compares like with like: the measure the question's words point to (予算 → budget), else the
 * measure with the most dated figures. 19エリア and 31億円 are never one series.
 */
function oneMeasure(deps: Deps, query: Query, facts: Fact[]): Fact[] {
  const cued = new Set(
    deps.intents
      .filter((i) => i.shape === "facts" && findTriggers(i.triggers, query.match, query.mentions).length > 0)
      .flatMap((i) => i.measures),
  );
  const category = (f: Fact) => deps.kb.vocabulary.measures.find((m) => m.id === f.measure)?.category;
  const pointed = facts.filter((f) => cued.has(category(f)!));
  const pool = pointed.length ? pointed : facts;
  const counts = new Map<string, number>();
  for (const f of pool) counts.set(f.measure, (counts.get(f.measure) ?? 0) + 1);
  const measure = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return pool.filter((f) => f.measure === measure);
}
