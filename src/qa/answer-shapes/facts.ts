/**
 * Answers with the facts of a subject: a budget, an indicator for a year, a target, a count.
 * A year that has no figure is said to have none, with the years that do: another year's figure is
 * never given as if it were the one asked for.
 */
import type { Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { entityName, factFigure, factLine, factYear, newestFirst, numberCitations, say, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { candidatesFor, narrowByCounter, narrowByKind, narrowByScope, narrowByYear, selectFacts, subjectsByScope } from "./select-facts.js";

/** More lines than this are cut, with a count of the rest. */
const MAX_LINES = 14;

/**
 * @example answerFacts(understand("2011年の共同研究件数"), deps).summary // "…平成23年度（2011年度）の実績は16,302件です。"
 */
export function answerFacts(query: Query, deps: Deps): Draft {
  const intent = query.intent!;
  const { lang } = query;
  const subjects = pickSubjects(query, deps, intent.subjectTypes);
  if (subjects.length === 0) subjects.push(...subjectsByScope(query, deps));
  if (subjects.length === 0) return askWhich(query, candidatesFor(deps, intent));
  const names = subjects.map((s) => entityName(s, lang)).join(say(lang, "・", ", "));
  const topic = { intent: intent.name, subject: subjects[0]!.id };
  const all = selectFacts(deps, intent, subjects.map((s) => s.id));
  if (all.length === 0) return nothingOfThisKind(query, deps, subjects.map((s) => s.id), names);

  const scoped = narrowByCounter(query.match, narrowByScope(query.match, all));
  const years = query.years.years.map((y) => y.fiscalYear);
  // The asked year first, then the asked kind within it (平成23年度の目標 → that year's 年度ごとの目標値);
  // for 最新 the kind first, then its newest year.
  const byKind = (facts: Fact[]) => narrowByKind(deps, facts, query.qualifiers);
  const { facts, missingKinds } = query.years.latest && years.length === 0
    ? (({ facts: k, missingKinds: m }) => ({ facts: narrowByYear(k, [], true, (f) => groupOf(deps, f.qualifier) === "target"), missingKinds: m }))(byKind(scoped))
    : byKind(narrowByYear(scoped, years, false));
  facts.sort(newestFirst(deps.kb));
  if (facts.length === 0) return noFigureForYear(query, deps, byKind(scoped).facts, names, years, topic);
  // 実績 asked where the year has only a target (平成24年度の実績 → 調査中): not found, never the target instead.
  const strict = missingKinds.filter((k) => ["actual", "target", "baseline"].includes(groupOf(deps, k)));
  if (strict.length > 0) return kindMissing(query, deps, facts, names, strict, topic);

  const { citations, numberOf } = numberCitations(facts);
  const several = new Set(facts.map((f) => f.subject)).size > 1;
  const lines: string[] = [];
  if (query.years.years.some((y) => y.calendar)) lines.push(calendarNote(query));
  for (const kind of missingKinds) lines.push(say(lang, `※「${termLabel(deps.kb, "qualifiers", kind, lang)}」の数値は資料になく、資料にある数値を示しています。`, `Note: the documents give no ${termLabel(deps.kb, "qualifiers", kind, lang)}; these are the figures they do give.`));
  lines.push(...conflictNotes(query, deps, facts));

  if (facts.length === 1) {
    const fact = facts[0]!;
    const kind = termLabel(deps.kb, "qualifiers", fact.qualifier, lang);
    const scope = fact.scope ? ` ${fact.scope}` : "";
    const summary = say(lang,
      `${entityName(deps.kb.entities.get(fact.subject)!, lang)}${scope}の${factYear(fact, lang)}の${kind}は ${factFigure(fact, lang)} です。 [1]`,
      `${entityName(deps.kb.entities.get(fact.subject)!, lang)}${scope}, ${factYear(fact, lang)}, ${kind}: ${factFigure(fact, lang)} [1]`);
    if (fact.remark) lines.push(say(lang, `※${fact.remark}`, `Note: ${fact.remark}`));
    return { status: "answered", summary, lines, facts, citations, topic: { ...topic, fiscalYear: fact.fiscalYear ?? undefined } };
  }
  const measure = termLabel(deps.kb, "measures", facts[0]!.measure, lang);
  const latest = latestActual(deps, facts);
  const lead = latest && !years.length ? say(lang, ` 最新の実績は${factYear(latest, lang)}の ${factFigure(latest, lang)} [${numberOf(latest)}]。`, ` Latest actual: ${factFigure(latest, lang)} in ${factYear(latest, lang)} [${numberOf(latest)}].`) : "";
  const summary = say(lang, `${names}の${measure}（新しい順）:${lead}`, `${names}: ${measure} (newest first).${lead}`);
  const rows = mergeRestatements(facts);
  const shown = rows.slice(0, MAX_LINES).map(([f, ...same]) => `・${factLine(deps.kb, f!, lang, numberOf(f!), several)}${same.map((x) => `[${numberOf(x)}]`).join("")}`);
  if (rows.length > MAX_LINES) shown.push(say(lang, `…ほか${rows.length - MAX_LINES}件`, `…and ${rows.length - MAX_LINES} more`));
  return { status: "answered", summary, lines: [...shown, ...lines], facts, citations, topic };
}

function calendarNote(query: Query): string {
  const y = query.years.years.find((m) => m.calendar)!;
  return say(query.lang, `※「${y.text}」は${formatFiscalYear(y.fiscalYear, "ja")}として答えています（年度は4月〜翌年3月）。`, `Note: "${y.text}" is read as ${formatFiscalYear(y.fiscalYear, "en")}; Japanese fiscal years run April to March.`);
}

function conflictNotes(query: Query, deps: Deps, facts: Fact[]): string[] {
  const notes: string[] = [];
  for (const fact of facts) {
    for (const id of fact.conflictsWith ?? []) {
      const other = deps.kb.factsById.get(id);
      if (!other || facts.includes(other) && other.id < fact.id) continue;
      notes.push(say(query.lang,
        `⚠ 資料間で数値が異なります: ${fact.display}（${fact.evidence.section}）と ${other.display}（${other.evidence.section}）`,
        `⚠ The documents disagree: ${fact.display} (${fact.evidence.section}) vs ${other.display} (${other.evidence.section})`));
    }
  }
  return notes;
}

function nothingOfThisKind(query: Query, deps: Deps, subjectIds: string[], names: string): Draft {
  const { lang } = query;
  const measures = [...new Set(deps.kb.facts.filter((f) => subjectIds.includes(f.subject)).map((f) => termLabel(deps.kb, "measures", f.measure, lang)))];
  const asked = query.intent!.measures.map((m) => deps.kb.vocabulary.measures.find((x) => x.category === m)?.[lang] ?? m)[0] ?? "";
  return {
    status: "not_found",
    summary: say(lang, `${names}の${asked}は、資料には見当たりません。`, `The documents give no ${asked} for ${names}.`),
    lines: measures.length ? [say(lang, `資料にあるのは: ${measures.join("、")}`, `They do give: ${measures.join(", ")}`)] : [],
    options: [],
    topic: { subject: subjectIds[0] },
  };
}

function noFigureForYear(query: Query, deps: Deps, facts: Fact[], names: string, years: number[], topic: Draft["topic"]): Draft {
  const { lang } = query;
  const asked = years.map((y) => formatFiscalYear(y, lang)).join(say(lang, "・", ", "));
  const have = [...new Set(facts.map((f) => f.fiscalYear).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const measure = termLabel(deps.kb, "measures", facts[0]?.measure ?? "budget", lang);
  return {
    status: "not_found",
    summary: say(lang, `${names}の${asked}の${measure}は、資料にはありません。`, `The documents have no ${measure} of ${names} for ${asked}.`),
    lines: have.length ? [say(lang, `資料にある年度: ${have.map((y) => formatFiscalYear(y, lang)).join("、")}`, `Years the documents cover: ${have.map((y) => formatFiscalYear(y, lang)).join(", ")}`)] : [],
    options: have.slice(0, 3).map((y) => ({ label: formatFiscalYear(y, lang), question: withYear(query, y) })),
    topic,
  };
}

/** The same question for another year: "2015年度の都市エリアの予算" → "平成15年度の都市エリアの予算". */
function withYear(query: Query, year: number): string {
  let rest = query.text;
  for (const y of query.years.years) rest = rest.replace(new RegExp(`${y.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*の?`), "");
  const era = formatFiscalYear(year, "ja").split("（")[0]!;
  return query.lang === "ja" ? `${era}の${rest.trim()}` : `${rest.trim()} in FY${year}`;
}

/** The newest actual (実績) figure among indicator-like facts, to lead a list that also holds targets. */
function latestActual(deps: Deps, facts: Fact[]): Fact | undefined {
  const actual = facts.filter((f) => f.fiscalYear !== null && deps.kb.vocabulary.qualifiers.find((q) => q.id === f.qualifier)?.group === "actual");
  const hasTargets = facts.some((f) => deps.kb.vocabulary.qualifiers.find((q) => q.id === f.qualifier)?.group === "target");
  return hasTargets ? actual.sort(newestFirst(deps.kb))[0] : undefined;
}

/** The same figure restated in two places is one line with both sources: [1][2]. */
function mergeRestatements(facts: Fact[]): Fact[][] {
  const rows = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = [f.subject, f.fiscalYear, f.qualifier, f.scope ?? "", f.display].join("|");
    rows.set(key, [...(rows.get(key) ?? []), f]);
  }
  return [...rows.values()];
}

function groupOf(deps: Deps, kind: string): string {
  return deps.kb.vocabulary.qualifiers.find((q) => q.id === kind)?.group ?? "other";
}

function kindMissing(query: Query, deps: Deps, facts: Fact[], names: string, kinds: string[], topic: Draft["topic"]): Draft {
  const { lang } = query;
  const asked = kinds.map((k) => termLabel(deps.kb, "qualifiers", k, lang)).join(say(lang, "・", ", "));
  const when = query.years.years.map((y) => formatFiscalYear(y.fiscalYear, lang)).join(say(lang, "・", ", "));
  const have = [...new Set(facts.map((f) => termLabel(deps.kb, "qualifiers", f.qualifier, lang)))].join(say(lang, "、", ", "));
  return {
    status: "not_found",
    summary: say(lang, `${names}の${when ? `${when}の` : ""}${asked}は、資料にはありません。`, `The documents give no ${asked} of ${names}${when ? ` for ${when}` : ""}.`),
    lines: [say(lang, `資料にあるのは${when ? "その年度の" : ""}${have}です。`, `They give: ${have}.`)],
    options: [],
    topic,
  };
}
