/**
 * Answers "平成20年度から23年度で何件増えた" from two cited figures; the difference is computed and shown as such.
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import { cleanText } from "../describe/clean-text.js";
import type { Query } from "../understand-question.js";
import { entityName, factFigure, hasCue, numberCitations, say, shortEntityName, termLabel, type Deps, type Draft } from "../answer-kit.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import { allows, candidatesFor, subjectsByScope } from "./select-facts.js";
import { seriesFacts } from "./series-facts.js";
import { figureLines } from "./figure-lines.js";
import { answerVersusTarget } from "./versus-target.js";
import { answerFacts } from "./facts.js";
import { chartOf } from "./chart-of.js";
import { namesakes, namesakeWithYears } from "./namesakes.js";
import { answerSubjectsCompared, comparedSubjects, formatDelta } from "./compare-subjects.js";
import { renumberSources } from "../split-parts.js";
import { undatedMeasure } from "./undated-measure.js";

/**
 * @example answerDifference(understand("平成20年度から23年度で共同研究件数は何件増えた？"), deps).summary // "…1,328件増えました…"
 */
export function answerDifference(query: Query, deps: Deps): Draft {
  const { lang } = query;
  // Two subjects and at most one year: the subjects are compared, not two years of one of them.
  const compared = comparedSubjects(query, deps);
  // (Subjects with no dated figure, only a multiple they aim at, are answered with the multiples as stated.)
  const dated = (e: Entity) => deps.kb.facts.some((f) => f.subject === e.id && f.fiscalYear !== null);
  if (compared.length && !compared.some(dated))
    return statedMultiples(query, deps, compared, { intent: query.intent!.name, subject: compared[0]!.id });
  // (Each against its year before, 第I期と第II期のH20予算を前年度と比べて: each subject's change, below.)
  if (compared.length && !hasCue(deps, query, "previousYear")) return answerSubjectsCompared(query, deps, compared);
  // A measure given without years (1地域あたりの補助額, 本格実施 and 試行): its figures side by side.
  const undated = undatedMeasure(query, deps);
  if (undated) return answerFacts(undated, deps);
  // Two subjects over two years (第I期と第II期、19年度→20年度): each subject's change, one after the other.
  const several = pickedForYears(query, deps);
  // (So over one year and the one before it: 第1期と第2期の20年度予算案、前年比も.)
  const yearCount = new Set(query.years.years.map((y) => y.fiscalYear)).size;
  if (several.length >= 2 && (yearCount === 2 || (yearCount <= 1 && hasCue(deps, query, "previousYear"))))
    return eachSubjectsChange(query, deps, several.slice(0, 3));
  const [picked] = [...several, ...subjectsByScope(query, deps)];
  if (!picked) return askWhich(query, candidatesFor(deps, query.intent!, query.match, query));
  // 共同研究の件数、平成3年度と13年度: the namesake that has both years is the one asked about.
  const years = [...new Set(query.years.years.map((y) => y.fiscalYear))];
  const covers = (y: number) => deps.kb.facts.some((f) => f.subject === picked.id && f.fiscalYear === y);
  const subject = years.length >= 2 && !years.every(covers) ? (namesakeWithYears(query, deps, picked, years) ?? picked) : picked;
  const name = entityName(subject, lang);
  const topic = { intent: query.intent!.name, subject: subject.id };
  const asked = [...new Set(query.years.years.map((y) => y.fiscalYear))].sort((a, b) => a - b);
  const figures = figureLines(deps.kb, seriesFacts(deps, query, subject).actual, asked, query.match);
  // A program's phases that both have the asked years (知的クラスターの19年度と20年度): each phase's change.
  const phases = figures.tied.map((id) => deps.kb.entities.get(id)!).filter((e) => e.parent === subject.id);
  // (So over one year and the one before it: 知的クラスターの20年度予算、前年度と比べて is each phase's change.)
  const overYearBefore = asked.length <= 1 && hasCue(deps, query, "previousYear");
  if ((asked.length === 2 || overYearBefore) && phases.length >= 2 && phases.length === figures.tied.length)
    return eachSubjectsChange(query, deps, phases);
  const actual = figures.best;
  // No dated figures at all (大学発特許取得数 has only its goal): a multiple the documents state is the answer.
  if (actual.length === 0) return statedMultiples(query, deps, pickSubjects(query, deps, query.intent!.subjectTypes), topic);
  // 23年度の実績と目標値の差: one year, an achievement and a target — the figure against its target.
  const groups = new Set(query.qualifiers.map((k) => deps.kb.vocabulary.qualifiers.find((q) => q.id === k)?.group));
  // (A year's figure set against the target, FY2011 … vs the 17,000 target, is its actual one; so is now's, 今と目標.)
  // (So is one year's actual against a later year's target, each year with its kind: 23年度実績と24年度目標値の差.)
  // The baseline named with its own year (基準値（H15）と目標値): that year dates the baseline, it asks no year's figure.
  const baselineFact = groups.has("baseline") ? deps.kb.facts.find((f) => f.subject === subject.id && f.qualifier === "基準値") : undefined;
  const datesBaseline = asked.length === 1 && baselineFact !== undefined && asked[0] === baselineFact.fiscalYear;
  const versus =
    groups.has("target") &&
    !datesBaseline &&
    (asked.length === 1 ||
      (asked.length === 2 && kindsByYear(query, deps)) ||
      (asked.length === 0 && (groups.has("actual") || query.years.latest)));
  if (versus) return answerVersusTarget(query, deps);
  const pick = (year: number) => precisest(actual.filter((f) => f.fiscalYear === year));
  const latest = actual[actual.length - 1]?.fiscalYear ?? 0;
  // 前年度と比べて: the asked (or latest) year against the one before it, which the documents often give
  // in parentheses beside it (平成１６年度概算要求額：９０００百万円（平成１５年度６９００百万円）).
  // (One year asked that is the latest, cut in FY2008: a change in that year is from the year before.)
  const fromBefore = (hasCue(deps, query, "previousYear") && asked.length <= 1) || (asked.length === 1 && asked[0]! >= latest);
  const [fromYear, toYear] = fromBefore
    ? [(asked[0] ?? latest) - 1, asked[0] ?? latest]
    : asked.length >= 2
      ? [asked[0]!, asked[asked.length - 1]!]
      : asked.length === 1
        ? [asked[0]!, latest]
        : [actual[0]?.fiscalYear ?? 0, latest];
  // The prior year's figure is often of another kind (a request against the year before's budget): any kind will do.
  const anyKind = seriesFacts(deps, { ...query, qualifiers: [] }, subject).actual.filter((f) => f.subject === actual[0]?.subject);
  // 基準値と24年度の実績を比べて: the baseline, whatever its year, against the asked year.
  // The baseline often has no year of its own (－年度): it is named by its kind instead.
  const baseline = asked.length <= 1 ? baselineFact : undefined;
  // 基準値と目標値を比較: the baseline against the target, when no actual figure is named beside them.
  const target = baseline && groups.has("target") && !groups.has("actual") ? latestTarget(deps, baseline) : undefined;
  const from = baseline ?? pick(fromYear) ?? (fromBefore ? anyKind.find((f) => f.fiscalYear === fromYear) : undefined);
  const to = target ?? (baseline ? sinceBaseline(deps, baseline, datesBaseline ? [] : asked) : pick(toYear));
  // One year and nothing to compare it with (…と、そこから共同研究になった件数の比較(H15)): its figure, which the
  // part before's figure stands beside.
  if ((!from || !to || from === to) && asked.length === 1) {
    const value = answerFacts(query, deps);
    if (value.status === "answered") return value;
  }
  // H13とH23の共同研究件数 where one document counts national universities and the other all of them: each
  // year's figure from the namesake that has it, side by side, but no change computed across the two scopes.
  if ((!from || !to) && fromYear !== toYear) {
    const ends = [from ?? kinFigure(query, deps, subject, fromYear), to ?? kinFigure(query, deps, subject, toYear)];
    if (ends[0] && ends[1]) return answerAcrossScopes(query, deps, [ends[0], ends[1]], topic);
  }
  if (!from || !to || from === to) {
    const have = [...new Set(actual.map((f) => formatFiscalYear(f.fiscalYear!, lang)))];
    return {
      status: "not_found",
      summary: say(
        lang,
        `${name}の${formatFiscalYear(fromYear, lang)}と${formatFiscalYear(toYear, lang)}の両方の数値は資料にありません。`,
        `The documents do not give ${name} for both ${formatFiscalYear(fromYear, lang)} and ${formatFiscalYear(toYear, lang)}.`,
      ),
      lines: have.length ? [say(lang, `資料にある年度: ${have.join("、")}`, `Years available: ${have.join(", ")}`)] : [],
      topic,
    };
  }
  // A range (23年度から25年度で) shows the years between as well: the change is not only its two ends.
  const between = query.years.range
    ? actual.filter(
        (f) => f.fiscalYear! > from.fiscalYear! && f.fiscalYear! < to.fiscalYear! && f.qualifier === to.qualifier && f.scope === to.scope,
      )
    : [];
  // The multiple the documents state for these two years (４．６倍 beside 平成３年度 and 平成１３年度) is shown as written.
  const ratioMeasures = deps.kb.vocabulary.measures.filter((m) => m.category === "ratio").map((m) => m.id);
  const stated = deps.kb.facts.find(
    (f) =>
      f.subject === subject.id &&
      ratioMeasures.includes(f.measure) &&
      f.fiscalYear === to.fiscalYear &&
      from.value !== 0 &&
      Math.abs(f.value - to.value / from.value) < 0.1,
  );
  const { citations, numberOf } = numberCitations([from, ...between, to, ...(stated ? [stated] : [])]);
  const delta = formatDelta(from, to);
  const up = to.value >= from.value;
  // Two kinds (予算 → 概算要求額) are named, so the reader knows what is compared with what.
  const kind = (f: Fact) =>
    from.qualifier === to.qualifier || f.fiscalYear === null ? "" : ` ${termLabel(deps.kb, "qualifiers", f.qualifier, lang)}`;
  const when = (f: Fact) =>
    f.fiscalYear === null ? termLabel(deps.kb, "qualifiers", f.qualifier, lang) : formatFiscalYear(f.fiscalYear, lang);
  // Both figures of one part of the subject (第I期 of 知的クラスター): named as that part, not as the whole.
  const part = from.subject === to.subject && from.subject !== subject.id ? deps.kb.entities.get(from.subject) : undefined;
  const whose = part ? entityName(part, lang) : name;
  const summary = say(
    lang,
    `${whose}は ${when(from)}${kind(from)} の ${factFigure(from, lang)} [${numberOf(from)}] から ${when(to)}${kind(to)} の ${factFigure(to, lang)} [${numberOf(to)}] へ、${delta}${up ? "増えました" : "減りました"}。`,
    `${whose} went from ${factFigure(from, lang)} in ${when(from)}${kind(from)} [${numberOf(from)}] to ${factFigure(to, lang)} in ${when(to)}${kind(to)} [${numberOf(to)}]: ${up ? "up" : "down"} ${delta}.`,
  );
  const ratio = from.value !== 0 ? (to.value / from.value).toFixed(2) : undefined;
  // (The change as a rate too, for 伸び率って何％: 1.24倍 is 24% up.)
  const percent = from.value !== 0 ? Math.round(Math.abs(to.value / from.value - 1) * 100) : 0;
  const rate = say(lang, `約${percent}%の${up ? "増加" : "減少"}`, `about ${percent}% ${up ? "up" : "down"}`);
  // 何倍: the multiple is what was asked, so it leads; the figures it is computed from follow.
  const multiple =
    stated && hasCue(deps, query, "multiple")
      ? say(
          lang,
          `${when(to)}は${when(from)}の ${stated.display} [${numberOf(stated)}] です（資料の記載）。`,
          `${when(to)} is ${stated.display} [${numberOf(stated)}] ${when(from)} (as the documents state). `,
        )
      : ratio && hasCue(deps, query, "multiple")
        ? say(
            lang,
            `${when(to)}は${when(from)}の約${ratio}倍です（資料の2つの数値から計算）。`,
            `${when(to)} is about ${ratio}× ${when(from)} (computed from the two cited figures). `,
          )
        : "";
  const lines = [
    ...between.map((f) =>
      say(
        lang,
        `・${formatFiscalYear(f.fiscalYear!, lang)}: ${factFigure(f, lang)} [${numberOf(f)}]`,
        `・${formatFiscalYear(f.fiscalYear!, lang)}: ${factFigure(f, lang)} [${numberOf(f)}]`,
      ),
    ),
    say(
      lang,
      `（差は資料の2つの数値から計算したものです${ratio ? `。比率は約${ratio}倍、${rate}` : ""}）`,
      `(The change is computed from the two cited figures${ratio ? `; ratio about ${ratio}×, ${rate}` : ""}.)`,
    ),
  ];
  // The compared years as bars: the two ends and the years between.
  const chart = chartOf(
    deps,
    [{ subject, rows: [from, ...between, to].map((fact) => ({ fact, same: [] })) }],
    lang,
    `${name} ${termLabel(deps.kb, "measures", to.measure, lang)}`,
    "bar",
  );
  return {
    status: "answered",
    summary: multiple ? `${multiple}${say(lang, "", "")}${summary}` : summary,
    lines,
    chart,
    facts: [from, ...between, to, ...(stated ? [stated] : [])],
    citations,
    topic,
  };
}

/**
 * A year's figure of a namesake of the subject: an entity with a name that holds the words the question named
 * the subject by (国立大学等の共同研究件数 for 共同研究件数), in the same unit. Undefined when there is none.
 */
function kinFigure(query: Query, deps: Deps, subject: Entity, year: number): Fact | undefined {
  const unit = deps.kb.facts.find((f) => f.subject === subject.id && f.fiscalYear !== null)?.unit;
  const kinIds = new Set(namesakes(query, deps, subject).map((e) => e.id));
  return precisest(deps.kb.facts.filter((f) => kinIds.has(f.subject) && f.fiscalYear === year && f.unit === unit));
}

/**
 * Whether the first of two years is followed by an actual's word and the second by a target's
 * (23年度実績と24年度目標値), not both years by both kinds (H23→H24の実績と目標値: a series and its target).
 */
function kindsByYear(query: Query, deps: Deps): boolean {
  const [first, second] = [...query.years.years].sort((a, b) => a.index - b.index);
  const cues = (group: string) =>
    deps.kb.vocabulary.qualifiers
      .filter((q) => q.group === group)
      .flatMap((q) => deps.lexicon.qualifierCues[q.id] ?? [])
      .map((c) => c.normalize("NFKC").toLowerCase());
  const after = (y: typeof first, to?: number) => query.match.slice(y!.index + y!.text.length, to).slice(0, 8);
  const actual = cues("actual").some((c) => after(first, second!.index).includes(c));
  return actual && cues("target").some((c) => after(second).includes(c));
}

/** Two years' figures of two namesakes: both shown with whose they are; the scopes differ, so no change is computed. */
function answerAcrossScopes(query: Query, deps: Deps, ends: [Fact, Fact], topic: Draft["topic"]): Draft {
  const { lang } = query;
  const { citations, numberOf } = numberCitations(ends);
  const line = (f: Fact) =>
    `・${formatFiscalYear(f.fiscalYear!, lang)}: ${factFigure(f, lang)}（${entityName(deps.kb.entities.get(f.subject)!, lang)}） [${numberOf(f)}]`;
  return {
    status: "answered",
    summary: say(
      lang,
      "資料の数値は次のとおりです。ただし二つは数え方の範囲が異なる別々の数値のため、差は計算していません。",
      "The documents give these figures; they count different groups, so no change is computed between them.",
    ),
    lines: ends.map(line),
    facts: ends,
    citations,
    topic,
  };
}

/**
 * Of a year's figures, the first kind's most precise form: 3,420百万円 rather than its restatement 34億円, so
 * that the change is computed from the figures as exactly as the documents give them.
 */
function precisest(facts: Fact[]): Fact | undefined {
  const digits = (f: Fact) => f.display.normalize("NFKC").replace(/[^\d]/g, "").length;
  const first = facts[0];
  // Restatements only: the same kind and scope, and the same amount within rounding (34億円 = 3,420百万円).
  const same = (f: Fact) =>
    !!first &&
    f.qualifier === first.qualifier &&
    f.scope === first.scope &&
    Math.abs(f.value - first.value) <= 0.05 * Math.abs(first.value);
  return facts.filter(same).reduce<Fact | undefined>((best, f) => (!best || digits(f) > digits(best) ? f : best), undefined);
}

/** A multiple the documents state (…を１０年間で１５倍に増加する): read as written, never computed. */
const MULTIPLE = /[0-9０-９.．]+\s*倍/u;

/**
 * The multiples stated for the subjects (their goals: 10年間で15倍), each cited; when there is none, the
 * documents give no figures to compare.
 */
function statedMultiples(query: Query, deps: Deps, subjects: Entity[], topic: Draft["topic"]): Draft {
  const { lang } = query;
  const stated = subjects.flatMap((s) => s.attributes.filter((a) => MULTIPLE.test(a.value)).map((a) => ({ s, a })));
  if (stated.length === 0)
    return {
      status: "not_found",
      summary: say(
        lang,
        `${subjects.map((s) => entityName(s, lang)).join("・")}の年度ごとの数値は資料にありません。`,
        `The documents give no figures by year for ${subjects.map((s) => entityName(s, lang)).join(", ")}.`,
      ),
      topic,
    };
  const { citations, numberOf } = numberCitations(stated.map((x) => x.a));
  return {
    status: "answered",
    summary: say(lang, "資料に書かれている倍率は次のとおりです。", "The multiples the documents state:"),
    lines: stated.map(({ s, a }) => `・${shortEntityName(s, lang)}: ${cleanText(a.value)} [${numberOf(a)}]`),
    citations,
    topic,
  };
}

/**
 * Each subject's change between the two years, as one answer: the drafts in turn, their sources numbered once.
 * @example eachSubjectsChange(understand("知クラ第I期と第II期、19年度→20年度でどう増減した"), deps, [phase1, phase2]).facts.length // 4
 */
function eachSubjectsChange(query: Query, deps: Deps, subjects: Entity[]): Draft {
  const drafts = subjects.map((e) => {
    const own = query.mentions.filter((m) => m.entity.id === e.id);
    const mentions = own.length ? own : query.mentions.slice(0, 1).map((m) => ({ ...m, entity: e }));
    return answerDifference({ ...query, mentions }, deps);
  });
  const answered = drafts.filter((d) => d.status === "answered");
  if (answered.length < 2) return drafts.find((d) => d.status === "answered") ?? drafts[0]!;
  let offset = 0;
  const lines: string[] = [];
  for (const d of answered) {
    lines.push(renumberSources(d.summary, offset), ...(d.lines ?? []).map((l) => renumberSources(l, offset)));
    offset += d.citations?.length ?? 0;
  }
  return {
    status: "answered",
    summary: lines[0]!,
    lines: lines.slice(1),
    facts: answered.flatMap((d) => d.facts ?? []),
    citations: answered.flatMap((d) => d.citations ?? []),
    topic: answered[0]!.topic,
  };
}

/**
 * The subjects named, of the kinds the reading takes; when none of them has figures of every asked year, those of
 * the kinds a measure asked beside it takes, if they have (the budget of the …hubs program, 24年度 vs 25年度: the
 * program's budgets, not its indicator's counts of other years).
 */
function pickedForYears(query: Query, deps: Deps): Entity[] {
  const picked = pickSubjects(query, deps, query.intent!.subjectTypes);
  const years = new Set(query.years.years.map((y) => y.fiscalYear));
  const measure = query.measureIntent;
  const measured = measure?.subjectTypes.filter((t) => query.intent!.subjectTypes.includes(t)) ?? [];
  if (!measure || years.size === 0 || measured.length === 0) return picked;
  // (Figures of that measure: the indicator's 25年度 target is no budget.)
  const hasYears = (e: Entity) =>
    [...years].every((y) => deps.kb.facts.some((f) => f.subject === e.id && f.fiscalYear === y && allows(deps, measure, f)));
  if (picked.some(hasYears)) return picked;
  const byMeasure = pickSubjects(query, deps, measured);
  return byMeasure.some(hasYears) ? byMeasure : picked;
}

/** The target set latest for the baseline's subject (17,000件 for 平成24年度), or none. */
function latestTarget(deps: Deps, baseline: Fact): Fact | undefined {
  const group = (f: Fact) => deps.kb.vocabulary.qualifiers.find((q) => q.id === f.qualifier)?.group;
  const targets = deps.kb.facts.filter((f) => f.subject === baseline.subject && f.fiscalYear !== null && group(f) === "target");
  return targets.sort((a, b) => a.fiscalYear! - b.fiscalYear!).at(-1);
}

/**
 * What a baseline is set against (基準値から何件増えた, since the 15年度 baseline): the asked year's actual figure when
 * a year other than the baseline's is asked, else the latest actual. Asked "from the baseline", the baseline is
 * only the start: the other end is an achievement whatever kind the question named.
 * @example sinceBaseline(deps, baseline of 共同研究件数, []) // the FY2011 actual, 16,302件
 */
function sinceBaseline(deps: Deps, baseline: Fact, asked: number[]): Fact | undefined {
  const group = (f: Fact) => deps.kb.vocabulary.qualifiers.find((q) => q.id === f.qualifier)?.group;
  const actuals = deps.kb.facts
    .filter((f) => f.subject === baseline.subject && f.fiscalYear !== null && group(f) === "actual")
    .sort((a, b) => a.fiscalYear! - b.fiscalYear!);
  const year = asked.find((y) => y !== baseline.fiscalYear) ?? actuals[actuals.length - 1]?.fiscalYear;
  return precisest(actuals.filter((f) => f.fiscalYear === year));
}
