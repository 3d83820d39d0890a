/**
 * A subject's yearly figures as lines: one line per subject (a program's phases are subjects of their
 * own), and one row per year and kind, with a figure restated in two places (16億円 and 1,566百万円)
 * merged into one row that keeps both sources.
 */
import type { Entity, Fact, KnowledgeBase } from "../../knowledge/load-knowledge.js";

/** One year's figure of a line; `same` holds its restatements (other documents, other units). */
export type SeriesRow = { fact: Fact; same: Fact[] };

/** The figures of one subject (and scope), oldest first. */
export type SeriesLine = { subject: Entity; scope?: string; rows: SeriesRow[] };

/**
 * Groups facts by subject and scope, merges restatements, and sorts each line by year.
 * @example toLines(kb, facts).map((l) => l.subject.name) // ["知的クラスター創成事業（第I期）", "…（第II期）"]
 */
export function toLines(kb: KnowledgeBase, facts: Fact[]): SeriesLine[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) groups.set(`${f.subject}|${f.scope ?? ""}`, [...(groups.get(`${f.subject}|${f.scope ?? ""}`) ?? []), f]);
  return [...groups.values()].map((group) => ({
    subject: kb.entities.get(group[0]!.subject)!,
    scope: group[0]!.scope,
    rows: mergeRestatements(group).sort(
      (a, b) => a.fact.fiscalYear! - b.fact.fiscalYear! || a.fact.qualifier.localeCompare(b.fact.qualifier),
    ),
  }));
}

/** The years a line covers, each once. */
export function distinctYears(line: SeriesLine): number[] {
  return [...new Set(line.rows.map((r) => r.fact.fiscalYear!))];
}

/**
 * Facts of one year and kind whose values agree within the rounding of the coarser figure are one figure.
 * @example mergeRestatements([f16oku, f1566man]).length // 1
 */
export function mergeRestatements(facts: Fact[]): SeriesRow[] {
  const rows: SeriesRow[] = [];
  for (const fact of facts) {
    const row = rows.find((r) => r.fact.fiscalYear === fact.fiscalYear && r.fact.qualifier === fact.qualifier && restates(r.fact, fact));
    if (row) row.same.push(fact);
    else rows.push({ fact, same: [] });
  }
  // The more precise figure leads the row (1,566百万円 before 16億円).
  return rows.map((r) => {
    const all = [r.fact, ...r.same].sort((a, b) => precision(a) - precision(b));
    return { fact: all[0]!, same: all.slice(1) };
  });
}

function restates(a: Fact, b: Fact): boolean {
  if (a.unit !== b.unit) return false;
  const tolerance = Math.max(precision(a), precision(b)) / 2;
  return Math.abs(a.value - b.value) <= tolerance;
}

/** The step of the last digit the source writes, in base units: 16億円 → 1e8, 1,566百万円 → 1e6. */
function precision(f: Fact): number {
  const digits = f.display.normalize("NFKC").match(/[\d,]+(?:\.(\d+))?/);
  if (!digits || f.value === 0) return 1;
  const shown = Number(digits[0].replace(/,/g, ""));
  const scale = shown === 0 ? 1 : Math.abs(f.value) / shown;
  return scale / 10 ** (digits[1]?.length ?? 0);
}
