/**
 * "一番予算が多い事業は？": subjects of one kind ranked by one measure, in one fiscal year and one family of
 * kinds of figure (like with like). The year is the asked one, or the year the documents give the most
 * subjects for; the answer says what was compared.
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { factFigure, numberCitations, say, shortEntityName, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { findTriggers } from "../detect-intent.js";
import { allows } from "./select-facts.js";
import { mergeRestatements } from "./series-lines.js";

/** Fewer subjects than this is no ranking. */
const MIN_SUBJECTS = 2;
const SHOWN = 8;

/**
 * @example answerRanking(understand("一番予算が多い事業は？"), deps).table?.rows[0] // the largest budget
 */
export function answerRanking(query: Query, deps: Deps, within?: Set<string>): Draft | undefined {
  const { lang } = query;
  const types = query.askedTypes.length ? query.askedTypes : ["program" as const];
  const measures = cuedMeasures(deps, query);
  if (measures.size === 0) return undefined;
  const category = (f: Fact) => deps.kb.vocabulary.measures.find((m) => m.id === f.measure)?.category ?? "";
  const asked = query.years.years.map((y) => y.fiscalYear);
  const pool = deps.kb.facts.filter(
    (f) =>
      f.fiscalYear !== null &&
      !f.scope &&
      measures.has(category(f)) &&
      allows(deps, query.intent!, f) &&
      (within ? within.has(f.subject) : types.includes(deps.kb.entities.get(f.subject)!.type)) &&
      (asked.length === 0 || asked.includes(f.fiscalYear)),
  );
  const groups = new Map<string, Fact[]>();
  for (const f of pool) {
    const family = deps.lexicon.comparableKinds.find((k) => k.includes(f.qualifier))?.join("/") ?? f.qualifier;
    const key = `${f.fiscalYear}|${f.measure}|${family}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const subjectsOf = (facts: Fact[]) => new Set(facts.map((f) => f.subject)).size;
  // The year and kind the documents give the most subjects for; the newest of equals.
  const best = [...groups.values()].sort((a, b) => subjectsOf(b) - subjectsOf(a) || b[0]!.fiscalYear! - a[0]!.fiscalYear!)[0];
  if (!best || subjectsOf(best) < (within ? 2 : MIN_SUBJECTS)) return undefined;
  const one = withoutWholes(deps, onePerSubject(best));
  const min = query.intent?.direction === "min";
  one.sort((a, b) => (min ? a.value - b.value : b.value - a.value));
  const shown = one.slice(0, SHOWN);
  const { citations, numberOf } = numberCitations(shown);
  const year = formatFiscalYear(best[0]!.fiscalYear!, lang);
  const kinds = [...new Set(one.map((f) => termLabel(deps.kb, "qualifiers", f.qualifier, lang)))].join(say(lang, "・", "/"));
  const top = shown[0]!;
  const name = (f: Fact) => shortEntityName(deps.kb.entities.get(f.subject) as Entity, lang);
  const summary = say(
    lang,
    `${year}の${kinds}で比べると、${min ? "最も少ない" : "最も多い"}のは ${name(top)} の ${factFigure(top, lang)} です。 [${numberOf(top)}]`,
    `Compared by ${kinds} for ${year}, the ${min ? "smallest" : "largest"} is ${name(top)}: ${factFigure(top, lang)} [${numberOf(top)}]`,
  );
  // A figure the documents disagree on is marked; the conflict itself is shown when that program is asked.
  const rows = shown.map((f, i): [string, string] => [
    `${i + 1}. ${name(f)}`,
    `${factFigure(f, lang)}${f.conflictsWith?.length ? " ⚠" : ""}`,
  ]);
  const more = one.length > SHOWN ? [say(lang, `…ほか${one.length - SHOWN}件`, `…and ${one.length - SHOWN} more`)] : [];
  return {
    status: "answered",
    summary,
    table: { caption: `${year} ${kinds}`, columns: say(lang, "順位・事業|数値", "Rank|Figure").split("|") as [string, string], rows },
    lines: [
      ...more,
      say(
        lang,
        `（資料に同じ年度・同じ種類の数値がある${one.length}件を比べています。年度ごとに載っている事業は異なります）`,
        `(Compares the ${one.length} subjects the documents give for that year and kind; the documents cover different programs in different years.)`,
      ),
    ],
    facts: shown,
    citations,
    topic: { intent: query.intent?.name },
  };
}

/** The measures the question's words point to (予算 → budget), from the facts intents' triggers. */
function cuedMeasures(deps: Deps, query: Query): Set<string> {
  return new Set(
    deps.intents
      .filter((i) => i.shape === "facts" && findTriggers(i.triggers, query.match, query.mentions).length > 0)
      .flatMap((i) => i.measures),
  );
}

/** One figure per subject: restatements merged, the first kind of the family when a subject has two. */
function onePerSubject(facts: Fact[]): Fact[] {
  const bySubject = new Map<string, Fact>();
  for (const row of mergeRestatements(facts)) if (!bySubject.has(row.fact.subject)) bySubject.set(row.fact.subject, row.fact);
  return [...bySubject.values()];
}

/**
 * A policy ranked beside the programs it is made of (地域イノベーション・システムの強化 and 知的クラスター…) would
 * count them twice: the whole is left out where one of its parts (its `component` attributes, or its phases) is ranked.
 */
function withoutWholes(deps: Deps, facts: Fact[]): Fact[] {
  const ranked = new Set(facts.map((f) => f.subject));
  const parts = (id: string) => [
    ...(deps.kb.entities
      .get(id)
      ?.attributes.filter((a) => a.key === "component")
      .map((a) => a.ref) ?? []),
    ...[...deps.kb.entities.values()].filter((e) => e.parent === id).map((e) => e.id),
  ];
  return facts.filter((f) => !parts(f.subject).some((p) => p && ranked.has(p)));
}
