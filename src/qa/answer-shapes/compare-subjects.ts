/**
 * Two subjects compared (知的クラスターと都市エリアの1地域当たり予算はどっちが多い？): one figure of each, of
 * the measure and kind asked, for the asked year or the latest year both have, both cited, the difference computed.
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { entityName, factFigure, factYear, numberCitations, say, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { MIN_MENTION_SCORE } from "./pick-subject.js";
import { narrowByCounter, narrowByScope, scopeText, selectFacts } from "./select-facts.js";

/**
 * The distinct subjects a comparison names, when it names two or more and at most one year: a comparison of
 * subjects, not of years.
 * @example comparedSubjects(understand("知的クラスターと都市エリアの予算はどっちが多い？"), deps).length // 2
 */
export function comparedSubjects(query: Query, deps: Deps): Entity[] {
  const years = new Set(query.years.years.map((y) => y.fiscalYear));
  if (years.size > 1 || !query.intent) return [];
  const types = query.intent.subjectTypes;
  // Only names typed as the documents write them: a guessed second subject (連携機関 of …連携機関の割合) is no rival.
  const fits = (m: Query["mentions"][number]) => m.score >= MIN_MENTION_SCORE && (types.length === 0 || types.includes(m.entity.type));
  const named = query.mentions.filter(fits);
  // …except a guessed name joined to an exact one by と or や (知クラと都市エリア): the two are set side by side.
  const exact = named.filter((m) => m.how === "alias");
  const joined = (m: Query["mentions"][number]) =>
    exact.some(
      (e) => /^[とや、,・/]$/u.test(query.match.slice(m.end, e.start)) || /^[とや、,・/]$/u.test(query.match.slice(e.end, m.start)),
    );
  if (named.some((m) => m.how !== "alias" && !joined(m))) return [];
  const subjects = [...new Map(named.map((m) => [m.entity.id, m.entity])).values()];
  // A program named with its own phase or indicator is one subject, not two.
  const family = (a: Entity, b: Entity) => a.parent === b.id || b.parent === a.id;
  // A program named with two of its phases (知的クラスターの第I期と第II期) compares the phases.
  const phases = subjects.filter((s) => s.parent !== undefined && subjects.some((o) => o.id === s.parent));
  if (phases.length >= 2 && phases.every((p) => p.parent === phases[0]!.parent)) return phases;
  const distinct = subjects.filter((s) => !subjects.some((o) => o !== s && family(s, o) && o.parent === undefined && s.parent === o.id));
  return distinct.length >= 2 && !distinct.some((a) => distinct.some((b) => a !== b && family(a, b))) ? distinct : [];
}

/**
 * @example answerSubjectsCompared(understand("知的クラスターと都市エリアの1地域当たり予算はどっちが多い？"), deps, subjects).summary
 */
export function answerSubjectsCompared(query: Query, deps: Deps, subjects: Entity[]): Draft {
  const { lang } = query;
  const picked = pickFigures(query, deps, subjects);
  const shown = picked.filter((p): p is { subject: Entity; fact: Fact; parts?: Fact[] } => p.fact !== undefined);
  const missing = picked.filter((p) => !p.fact).map((p) => entityName(p.subject, lang));
  const topic = { intent: query.intent!.name, subject: subjects[0]!.id };
  if (shown.length < 2)
    return {
      status: "not_found",
      summary: say(
        lang,
        `${missing.join("・")}について、比べられる数値が資料にありません。`,
        `The documents give no figure of ${missing.join(", ")} to compare.`,
      ),
      topic,
    };
  const stated = shown.flatMap((p) => (p.parts ?? [p.fact]).map((fact) => ({ subject: p.subject, fact })));
  const { citations, numberOf } = numberCitations(stated.map((p) => p.fact));
  // Each figure under its own subject's name: a phase's figure (第I期 16億円) is not the whole program's.
  const nameOf = (p: { subject: Entity; fact: Fact }) =>
    entityName(p.fact.subject === p.subject.id ? p.subject : (deps.kb.entities.get(p.fact.subject) ?? p.subject), lang);
  const lines = stated.map(
    (p) =>
      `・${nameOf(p)}: ${p.fact.fiscalYear === null ? "" : `${factYear(p.fact, lang)} `}${termLabel(deps.kb, "qualifiers", p.fact.qualifier, lang)} ${factFigure(p.fact, lang)} [${numberOf(p.fact)}]`,
  );
  const [a, b] = [...shown].sort((x, y) => y.fact.value - x.fact.value);
  const comparable = shown.every((p) => p.fact.measure === shown[0]!.fact.measure && sameScale(p.fact, shown[0]!.fact));
  // A program whose figure of that year is given per phase has no one figure to set against the other's.
  const perPhase = shown.some((p) => p.parts);
  const summary = perPhase
    ? say(
        lang,
        "期ごとに分かれた数値があるため、合計せずにそれぞれの数値を示します。",
        "Some figures are given per phase, so each is shown as stated:",
      )
    : comparable && a!.fact.value !== b!.fact.value
      ? say(
          lang,
          `${entityName(a!.subject, lang)}の方が${formatDelta(b!.fact, a!.fact)}多く、${entityName(b!.subject, lang)}の約${ratioOf(a!.fact, b!.fact)}倍です（資料の数値から計算）。`,
          `${entityName(a!.subject, lang)} is larger by ${formatDelta(b!.fact, a!.fact)}: about ${ratioOf(a!.fact, b!.fact)}× ${entityName(b!.subject, lang)} (computed from the cited figures).`,
        )
      : say(lang, "それぞれの数値です。", "The figure of each:");
  return { status: "answered", summary, lines, facts: stated.map((p) => p.fact), citations, topic };
}

/** For each subject, the figure of the asked kind in the asked year, or in the latest year every subject has. */
function pickFigures(query: Query, deps: Deps, subjects: Entity[]): Array<{ subject: Entity; fact?: Fact; parts?: Fact[] }> {
  const intent = query.measureIntent ?? query.intent!;
  const year = query.years.years[0]?.fiscalYear;
  const each = subjects.map((subject) => {
    let facts = narrowByCounter(
      deps,
      query.match,
      narrowByScope(scopeText(query, deps), selectFacts(deps, intent, [subject.id]), query.triggers),
    );
    const ofKind = facts.filter((f) => query.qualifiers.includes(f.qualifier));
    if (ofKind.length) facts = ofKind;
    if (facts.some((f) => !f.scope)) facts = facts.filter((f) => !f.scope);
    return { subject, facts };
  });
  const yearsOf = (facts: Fact[]) => new Set(facts.map((f) => f.fiscalYear));
  const common = [...yearsOf(each[0]!.facts)].filter((y) => each.every((e) => yearsOf(e.facts).has(y)));
  // No year asked: the latest year they share (a plan's figure with no year counts as one), else each one's latest.
  const chosen = year ?? (common.length ? common.sort((x, y) => (y ?? 0) - (x ?? 0))[0] : undefined);
  return each.map(({ subject, facts }) => {
    const inYear = chosen !== undefined || year !== undefined ? facts.filter((f) => f.fiscalYear === (year ?? chosen)) : facts;
    const sorted = [...inYear].sort((x, y) => (y.fiscalYear ?? 0) - (x.fiscalYear ?? 0));
    // Figures of that year only for the subject's phases (第I期 16億円, 第II期 75億円): each phase's.
    const owners = new Set(sorted.filter((f) => f.fiscalYear === sorted[0]?.fiscalYear).map((f) => f.subject));
    const parts = owners.size > 1 && !owners.has(subject.id) ? [...owners].map((o) => sorted.find((f) => f.subject === o)!) : undefined;
    return { subject, fact: sorted[0], ...(parts ? { parts } : {}) };
  });
}

/** Money compares with money, a count with a count of the same unit. */
function sameScale(a: Fact, b: Fact): boolean {
  const money = (f: Fact) => /円/.test(f.unit ?? "") || /円/.test(f.display);
  return money(a) && money(b) ? true : a.unit === b.unit;
}

/** The absolute change in the figures' own scale and unit: 1,328件, 5.0ポイント, 1,234千円. */
/** @example formatDelta(from, to) // "1,328件" */
export function formatDelta(from: Fact, to: Fact): string {
  const display = to.display.normalize("NFKC");
  const scale = /千円/.test(display) ? 1e3 : /百万円/.test(display) ? 1e6 : /億円/.test(display) ? 1e8 : 1;
  const unit = /%/.test(display)
    ? "ポイント"
    : display
        .replace(/^[^\d]*[\d,.]+/, "")
        .replace(/以上|程度/, "")
        .trim() || to.unit;
  const diff = Math.abs(to.value - from.value) / scale;
  return `${diff.toLocaleString("ja-JP", { maximumFractionDigits: 1 })}${unit}`;
}

function ratioOf(a: Fact, b: Fact): string {
  return b.value ? (a.value / b.value).toFixed(1) : "–";
}
