/**
 * Answers with the facts of a subject: a budget, an indicator for a year, a target, a count.
 * A year that has no figure is said to have none, with the years that do: another year's figure is
 * never given as if it were the one asked for.
 */
import { blankMentions } from "../match/mention.js";
import { optionLabel } from "../option-label.js";
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import { namesakeWithYears } from "./namesakes.js";
import { kindGroup, shortEntityName, withDescendants } from "../answer-kit.js";
import { mergeRestatements } from "./series-lines.js";
import type { Query } from "../understand-question.js";
import type { Intent } from "../intent-schema.js";
import {
  entityName,
  factFigure,
  factLine,
  factYear,
  hasCue,
  kindAfterYear,
  newestFirst,
  numberCitations,
  say,
  termLabel,
  type Deps,
  type Draft,
} from "../answer-kit.js";
import { shortName } from "./series-facts.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { askWhich, pickSubjects } from "./pick-subject.js";
import {
  allows,
  askedUnit,
  candidatesFor,
  narrowByCounter,
  narrowByNamedChild,
  narrowByKind,
  narrowByParaphrasedScope,
  narrowByScope,
  scopeText,
  withoutSetAside,
  narrowByAskedYear,
  narrowByYear,
  selectFacts,
  subjectsByScope,
} from "./select-facts.js";

/** More lines than this are cut, with a count of the rest. */
const MAX_LINES = 6;

/**
 * @example answerFacts(understand("2011年の共同研究件数"), deps).summary // "…平成23年度（2011年度）の実績は16,302件です。"
 */
export function answerFacts(query: Query, deps: Deps): Draft {
  const intent = query.intent!;
  const { lang } = query;
  const subjects = pickSubjects(query, deps, intent.subjectTypes);
  if (subjects.length === 0) subjects.push(...subjectsByScope(query, deps));
  if (subjects.length === 0) return askWhich(query, candidatesFor(deps, intent, query.match, query));
  const names = subjects.map((s) => entityName(s, lang)).join(say(lang, "・", ", "));
  const topic = { intent: intent.name, subject: subjects[0]!.id };
  const years = yearsAsked(query);
  // 20年度の予算案と前年度の額: the year before the asked one is asked too.
  if (years.length === 1 && hasCue(deps, query, "previousYear")) years.push(years[0]! - 1);
  const ofIntent = ownFirst(
    subjects,
    selectFacts(
      deps,
      intent,
      subjects.map((s) => s.id),
      query.qualifiers,
    ),
    years,
    namesAsked(query, deps),
  );
  // いくつ of a program with no count of the intent's measure (大学知的財産本部整備事業、いくつの国公私立大学等が対象):
  // its count whose scope ends with the thing the question counts.
  const all = ofIntent.length > 0 || !intent.measures.includes("count") ? ofIntent : countsOfNamedThing(query, deps, subjects);
  if (all.length === 0)
    return nothingOfThisKind(
      query,
      deps,
      subjects.map((s) => s.id),
      names,
    );

  // A counter inside a named indicator (事業化件数) is the name's, not a unit the question asks for.
  const unnamed = blankMentions(query.match, query.mentions);
  // (The scopes the question names, without those it sets aside.)
  const named = narrowByScope(scopeText(query, deps), withoutSetAside(query, deps, all), query.triggers);
  const scoped = narrowByNamedChild(
    query,
    deps,
    narrowByCounter(deps, unnamed, query.samePart ? narrowByParaphrasedScope(query.match, named) : named),
  );
  const which = whichIndicator(query, deps, subjects, scoped);
  if (which) return which;
  // The asked year first, then the asked kind within it (平成23年度の目標 → that year's 年度ごとの目標値);
  // for 最新 the kind first, then its newest year.
  const byKind = (facts: Fact[]) => narrowByKind(deps, facts, query.qualifiers, [...new Set(years)]);
  const { facts, missingKinds } =
    query.years.latest && years.length === 0
      ? (({ facts: k, missingKinds: m }) => ({
          facts: narrowByYear(k, [], true, (f) => groupOf(deps, f.qualifier) === "target"),
          missingKinds: m,
        }))(byKind(scoped))
      : byKind(narrowByAskedYear(deps, scoped, years, query));
  // Two subjects and a year only one has (承認TLOの数と大学発ベンチャー数（H14）): the other is answered with its
  // newest figure, said to be of another year, never dropped.
  const otherYears =
    subjects.length >= 2 && years.length > 0 && facts.length > 0 ? nearestOfUnanswered(deps, intent, subjects, facts, years) : [];
  facts.sort(newestFirst(deps.kb));
  facts.push(...otherYears);
  if (facts.length === 0) {
    // A namesake that has the year (joint research at national universities for FY1991): its figure, by its own name.
    const namesake = subjects.length === 1 && years.length ? namesakeWithYears(query, deps, subjects[0]!, years) : undefined;
    if (namesake)
      return answerFacts(
        { ...query, mentions: query.mentions.map((m) => (m.entity === subjects[0] ? { ...m, entity: namesake } : m)) },
        deps,
      );
    return noFigureForYear(query, deps, byKind(scoped).facts, names, years, topic);
  }
  // 実績 asked where the year has only a target (平成24年度の実績 → 調査中): not found, never the target instead.
  const strict = missingKinds.filter((k) => ["actual", "target", "baseline"].includes(groupOf(deps, k)));
  if (strict.length > 0) return kindMissing(query, deps, facts, names, strict, topic);

  const lines: string[] = [];
  if (query.years.years.some((y) => y.calendar)) lines.push(calendarNote(query));
  // One note per kind said: 要求額 is said by 概算要求額, and both are "budget request" in English.
  // (Nor a kind whose label is that of a kind shown: in English 要求額 missing reads as the 概算要求額 shown.)
  const shown = new Set(facts.map((f) => termLabel(deps.kb, "qualifiers", f.qualifier, lang)));
  const labels = [...new Set(missingKinds.map((k) => termLabel(deps.kb, "qualifiers", k, lang)))].filter((l) => !shown.has(l));
  for (const label of labels.filter((l) => !labels.some((o) => o !== l && o.includes(l))))
    lines.push(
      say(
        lang,
        `※「${label}」の数値は資料になく、資料にある数値を示しています。`,
        `Note: the documents give no ${label}; these are the figures they do give.`,
      ),
    );
  lines.push(...conflictNotes(query, deps, facts));
  // (Not of a figure labelled with the very year asked, a baseline of 平成15年度 with no fiscal year of its own.)
  const askedLabels = query.years.years.map((y) => formatFiscalYear(y.fiscalYear, lang));
  for (const f of otherYears.filter((x) => !askedLabels.includes(factYear(x, lang))))
    lines.push(
      say(
        lang,
        `※${shortEntityName(deps.kb.entities.get(f.subject)!, lang)}は${query.years.years.map((y) => formatFiscalYear(y.fiscalYear, lang)).join("・")}の数値が資料にないため、${factYear(f, lang)}の数値です。`,
        `Note: the documents give no figure of ${shortEntityName(deps.kb.entities.get(f.subject)!, lang)} for the year asked; this one is for ${factYear(f, lang)}.`,
      ),
    );

  // One figure, or one figure restated in several documents: a sentence that answers, every source cited.
  const rows = mergeRestatements(facts);
  if (rows.length === 1) {
    const fact = rows[0]!.fact;
    const { citations } = numberCitations([fact, ...rows[0]!.same]);
    const kind = termLabel(deps.kb, "qualifiers", fact.qualifier, lang);
    const scope = fact.scope ? ` ${fact.scope}` : "";
    const refs = `[1]${restated(fact, rows[0]!.same, (f) => citations.findIndex((c) => c.quote === f.evidence.quote) + 1)}`;
    const name = shortSubject(query, deps, deps.kb.entities.get(fact.subject)!);
    // A figure with no year (1地域あたり約5億円の計画) is said without one, not as 年度の記載なしの計画.
    const when = fact.fiscalYear === null && !fact.yearLabel ? "" : factYear(fact, lang);
    const summary = say(
      lang,
      `${name}${scope}の${when}${kindAfterYear(deps.kb, fact, lang, when ? "の" : "")}は ${factFigure(fact, lang)} です。 ${refs}`,
      `${name}${scope}, ${when ? `${when}, ` : ""}${kind}: ${factFigure(fact, lang)} ${refs}`,
    );
    if (fact.remark) lines.push(say(lang, `※${fact.remark}`, `Note: ${fact.remark}`));
    // The subject answered (an indicator of the program asked) is what a follow-up or a later part is about.
    return {
      status: "answered",
      summary,
      lines,
      facts,
      citations,
      topic: { ...topic, subject: fact.subject, fiscalYear: fact.fiscalYear ?? undefined },
    };
  }
  return listFacts(query, deps, facts, subjects, lines, topic);
}

/**
 * For each subject none of whose figures is left, its figure of the nearest year, at most one year from an asked
 * one (a count as of 平成15年4月 for H14): of the intent's measures where it has any, else of any (承認TLOの数 is a
 * count where the question was read as an indicator's). Further away, it is no answer to the year asked.
 */
function nearestOfUnanswered(deps: Deps, intent: Intent, subjects: Entity[], kept: Fact[], years: number[]): Fact[] {
  return subjects.flatMap((s) => {
    const family = withDescendants(deps.kb, s.id);
    if (kept.some((f) => family.has(f.subject))) return [];
    const dated = deps.kb.facts.filter(
      (f) => family.has(f.subject) && f.fiscalYear !== null && kindGroup(deps.kb, f.qualifier) !== "target",
    );
    const fitting = dated.filter((f) => allows(deps, intent, f));
    const own = fitting.length ? fitting : dated;
    const distance = (f: Fact) => Math.min(...years.map((y) => Math.abs(f.fiscalYear! - y)));
    // The subject's own figure (承認TLOの数) before a part's (its patent applications).
    const mine = (f: Fact) => (f.subject === s.id ? 0 : 1);
    const nearest = own.filter((f) => distance(f) <= 1).sort((a, b) => mine(a) - mine(b) || distance(a) - distance(b));
    return nearest.slice(0, 1);
  });
}

/**
 * Counts of the subjects (any count measure) whose scope ends with a thing the question names or whose unit it asks
 * in (…を図る国公私立大学等 for いくつの国公私立大学等): what a count question means where the intent's own measure is missing.
 * @example countsOfNamedThing(understand("大学知的財産本部整備事業、いくつの国公私立大学等が対象？"), deps, [program])[0].display // "43の国公私立大学等"
 */
function countsOfNamedThing(query: Query, deps: Deps, subjects: Entity[]): Fact[] {
  const ids = new Set(subjects.flatMap((s) => [...withDescendants(deps.kb, s.id)]));
  const isCount = (f: Fact) => deps.kb.vocabulary.measures.find((m) => m.id === f.measure)?.category === "count";
  const head = (scope: string) => /[\p{Script=Han}\p{Script=Katakana}ー]{3,}$/u.exec(scope.normalize("NFKC"))?.[0];
  const counts = deps.kb.facts.filter((f) => ids.has(f.subject) && isCount(f));
  const named = counts.filter((f) => f.scope && query.match.includes(head(f.scope) ?? "\u0000"));
  return named.length > 0 ? named : counts.filter((f) => f.unit === askedUnit(deps, query.match));
}

/**
 * Several figures: the first line answers with the newest (or latest actual) figure, then the rest newest
 * first, one row per figure (restatements merged), the asked subject's before its phases', folded after a few.
 */
function listFacts(query: Query, deps: Deps, facts: Fact[], subjects: Entity[], notes: string[], topic: Draft["topic"]): Draft {
  const { lang } = query;
  const measureOrder = byMeasure(deps, query.intent?.measures ?? []);
  const all = mergeRestatements(facts).sort((a, b) => measureOrder(a.fact, b.fact));
  // Only what is shown is stated and cited; the folded rest is counted.
  const rows = keepEachYear(all, [...new Set(yearsAsked(query))], MAX_LINES);
  const stated = rows.flatMap((r) => [r.fact, ...r.same]);
  const { citations, numberOf } = numberCitations(stated);
  const several = new Set(facts.map((f) => f.subject)).size > 1;
  const lead =
    latestActual(
      deps,
      rows.map((r) => r.fact),
    ) ?? rows[0]!.fact;
  // The lead's year and kind across subjects: a program's phases of that year answer together.
  const peers = rows
    .map((r) => r.fact)
    .filter(
      (f) =>
        f.fiscalYear === lead.fiscalYear &&
        f.qualifier === lead.qualifier &&
        f.measure === lead.measure &&
        (f.scope ?? "") === (lead.scope ?? ""),
    );
  const phases = new Set(peers.map((f) => f.subject)).size > 1;
  // Two subjects asked side by side (都市エリアとJSTの…) have no one name over their figures.
  const oneFamily = peers.every((f) => f.subject === subjects[0]!.id || deps.kb.entities.get(f.subject)?.parent === subjects[0]!.id);
  const name = phases
    ? oneFamily
      ? shortSubject(query, deps, subjects[0]!)
      : ""
    : shortSubject(query, deps, deps.kb.entities.get(lead.subject)!);
  const figures = phases
    ? peers
        .map((f) => `${shortName(deps.kb, deps.kb.entities.get(f.subject)!, lang)} ${factFigure(f, lang)} [${numberOf(f)}]`)
        .join(say(lang, "、", ", "))
    : `${factFigure(lead, lang)} [${numberOf(lead)}]`;
  const kind = kindAfterYear(deps.kb, lead, lang, say(lang, "の", ""));
  const scope = lead.scope ? ` ${lead.scope}` : "";
  const kindEn = termLabel(deps.kb, "qualifiers", lead.qualifier, lang);
  const summary = say(
    lang,
    `${name ? `${name}${scope}: ` : ""}${factYear(lead, lang)}${kind}は ${figures} です。（資料にある数値は${all.length}件、新しい順）`,
    // (Two subjects side by side have no one name: the kind and year lead, as the Japanese puts them first.)
    name
      ? `${name}${scope}: ${figures} (${kindEn}, ${factYear(lead, lang)}); ${all.length} figures in the documents, newest first.`
      : `${kindEn[0]!.toUpperCase()}${kindEn.slice(1)}, ${factYear(lead, lang)}: ${figures}; ${all.length} figures in the documents, newest first.`,
  );
  const shown = rows.map((r) => `・${factLine(deps.kb, r.fact, lang, numberOf(r.fact), several)}${restated(r.fact, r.same, numberOf)}`);
  if (all.length > MAX_LINES)
    shown.push(
      say(
        lang,
        `…ほか${all.length - MAX_LINES}件（年度や種類を指定すると絞り込めます）`,
        `…and ${all.length - MAX_LINES} more (name a year or kind to narrow)`,
      ),
    );
  return { status: "answered", summary, lines: [...shown, ...notes], facts: stated, citations, topic };
}

/**
 * The first rows, but with each asked year's first row among them when several years are asked (23, 24 and 25年度
 * of four scopes each: every year is shown, not only the newest two), in their order.
 * @example keepEachYear(rows, [2011, 2012, 2013], 6).some((r) => r.fact.fiscalYear === 2011) // true
 */
function keepEachYear<R extends { fact: Fact }>(rows: R[], years: number[], max: number): R[] {
  if (years.length < 2 || rows.length <= max) return rows.slice(0, max);
  const firsts = years.map((y) => rows.find((r) => r.fact.fiscalYear === y)).filter((r): r is R => r !== undefined);
  const rest = rows.filter((r) => !firsts.includes(r)).slice(0, Math.max(0, max - firsts.length));
  return rows.filter((r) => firsts.includes(r) || rest.includes(r));
}

/**
 * A program's phases are the program's figures; a topic's sub-topics (海外の大学発ベンチャー under
 * 大学発ベンチャー) are other subjects, shown only when the asked one has no figures of its own (for the asked years).
 */
function ownFirst(subjects: Entity[], facts: Fact[], years: number[], asked: (id: string) => boolean): Fact[] {
  const inYears = (f: Fact) => years.length === 0 || (f.fiscalYear !== null && years.includes(f.fiscalYear));
  const own = facts.filter((f) => inYears(f) && subjects.some((s) => s.id === f.subject || s.type === "program"));
  return own.length ? [...own, ...facts.filter((f) => !own.includes(f) && asked(f.subject))] : facts;
}

/** Whether the question uses a word of an entity's names (US in "founded in the US") beyond the words it was matched by. */
function namesAsked(query: Query, deps: Deps): (id: string) => boolean {
  const typed = new Set(query.mentions.flatMap((m) => m.text.split(/[^\p{L}\p{N}]+/u)));
  const words = new Set(query.match.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2 && !typed.has(w)));
  return (id) => {
    const e = deps.kb.entities.get(id);
    return Boolean(
      e &&
      [e.name, ...e.aliases].some((n) =>
        n
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .some((w) => words.has(w)),
      ),
    );
  };
}

/** Figures of the intent's first measure (予算 for a budget question) before the rest (支援額), each newest first. */
function byMeasure(deps: Deps, intentMeasures: string[]): (a: Fact, b: Fact) => number {
  const rank = (f: Fact) => {
    const category = deps.kb.vocabulary.measures.find((m) => m.id === f.measure)?.category ?? "";
    const at = intentMeasures.indexOf(category);
    return at < 0 ? intentMeasures.length : at;
  };
  return (a, b) => rank(a) - rank(b);
}

/** The other documents' forms of a figure, with their sources: " (= 16億円 [2])", or just "[2]" when written alike. */
function restated(fact: Fact, same: Fact[], numberOf: (f: Fact) => number): string {
  return same.map((x) => (x.display === fact.display ? `[${numberOf(x)}]` : ` (= ${x.display} [${numberOf(x)}])`)).join("");
}

/** A name short enough to be a sentence's subject: the entity's name, or the alias the question used. */
function shortSubject(query: Query, deps: Deps, entity: Entity): string {
  const name = entityName(entity, query.lang);
  if (name.length <= 30) return name;
  // In English, the English name (its note in parentheses dropped when long), never a Japanese alias.
  if (query.lang === "en" && entity.nameEn) return shortEntityName(entity, "en");
  const typed = query.mentions.find((m) => m.entity.id === entity.id && m.how === "alias" && m.text.length >= 4)?.text;
  const alias = [...entity.aliases].filter((a) => a.length >= 4).sort((a, b) => a.length - b.length)[0];
  return typed && query.lang === "ja"
    ? (entity.aliases.find((a) => a.normalize("NFKC").toLowerCase() === typed) ?? typed)
    : (alias ?? name);
}

function calendarNote(query: Query): string {
  const y = query.years.years.find((m) => m.calendar)!;
  return say(
    query.lang,
    `※「${y.text}」は${formatFiscalYear(y.fiscalYear, "ja")}として答えています（年度は4月〜翌年3月）。`,
    `Note: "${y.text}" is read as ${formatFiscalYear(y.fiscalYear, "en")}; Japanese fiscal years run April to March.`,
  );
}

function conflictNotes(query: Query, deps: Deps, facts: Fact[]): string[] {
  const notes: string[] = [];
  for (const fact of facts) {
    for (const id of fact.conflictsWith ?? []) {
      const other = deps.kb.factsById.get(id);
      if (!other || (facts.includes(other) && other.id < fact.id)) continue;
      notes.push(
        say(
          query.lang,
          `⚠ 資料間で数値が異なります: ${fact.display}（${fact.evidence.section}）と ${other.display}（${other.evidence.section}）`,
          `⚠ The documents disagree: ${fact.display} (${fact.evidence.section}) vs ${other.display} (${other.evidence.section})`,
        ),
      );
    }
  }
  return notes;
}

function nothingOfThisKind(query: Query, deps: Deps, subjectIds: string[], names: string): Draft {
  const { lang } = query;
  // An intent that asks one group of kinds (目標値) names that kind; else the measure it asks (件数).
  const groups = query.intent!.qualifierGroups;
  const kind = groups.length === 1 ? deps.kb.vocabulary.qualifiers.find((q) => q.group === groups[0])?.[lang] : undefined;
  const asked = kind ?? query.intent!.measures.map((m) => deps.kb.vocabulary.measures.find((x) => x.category === m)?.[lang] ?? m)[0] ?? "";
  return {
    status: "not_found",
    summary: say(lang, `${names}の${asked}は、資料には見当たりません。`, `The documents give no ${asked} for ${names}.`),
    lines: kindsGiven(query, deps, subjectIds),
    options: [],
    topic: { subject: subjectIds[0] },
  };
}

/**
 * What the documents do give for the subjects, as kinds of figure with their years, so the reader knows what
 * to ask instead: 「資料にあるのは: 累計（平成12年度〜平成14年度）」, not the bare measure label (件数・数).
 */
function kindsGiven(query: Query, deps: Deps, subjectIds: string[]): string[] {
  const { lang } = query;
  const byKind = new Map<string, number[]>();
  for (const fact of deps.kb.facts.filter((f) => subjectIds.includes(f.subject))) {
    const label = termLabel(deps.kb, "qualifiers", fact.qualifier, lang);
    byKind.set(label, [...(byKind.get(label) ?? []), ...(fact.fiscalYear === null ? [] : [fact.fiscalYear])]);
  }
  const span = (years: number[]) => {
    const sorted = [...new Set(years)].sort((a, b) => a - b);
    if (sorted.length === 0) return "";
    const [first, last] = [sorted[0]!, sorted[sorted.length - 1]!];
    const range = first === last ? formatFiscalYear(first, lang) : `${formatFiscalYear(first, lang)}〜${formatFiscalYear(last, lang)}`;
    return say(lang, `（${range}）`, ` (${range})`);
  };
  const kinds = [...byKind].map(([label, years]) => `${label}${span(years)}`);
  return kinds.length ? [say(lang, `資料にあるのは: ${kinds.join("、")}`, `They do give: ${kinds.join(", ")}`)] : [];
}

function noFigureForYear(query: Query, deps: Deps, facts: Fact[], names: string, years: number[], topic: Draft["topic"]): Draft {
  const { lang } = query;
  const asked = [...new Set(years)].map((y) => formatFiscalYear(y, lang)).join(say(lang, "・", ", "));
  const target = targetOfAnotherYear(query, deps, facts, asked, topic);
  if (target) return target;
  const have = [...new Set(facts.map((f) => f.fiscalYear).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  const measure = termLabel(deps.kb, "measures", facts[0]?.measure ?? "budget", lang);
  return {
    status: "not_found",
    summary: say(
      lang,
      `${names}の${asked}の${measure}は、資料にはありません。`,
      `The documents have no ${measure} of ${names} for ${asked}.`,
    ),
    lines: have.length
      ? [
          say(
            lang,
            `資料にある年度: ${have.map((y) => formatFiscalYear(y, lang)).join("、")}`,
            `Years the documents cover: ${have.map((y) => formatFiscalYear(y, lang)).join(", ")}`,
          ),
        ]
      : [],
    options: have.slice(0, 3).map((y) => ({ label: formatFiscalYear(y, lang), question: withYear(query, y) })),
    topic,
  };
}

/**
 * A target asked for a year that has none (共同研究件数の25年度の目標値) where the documents set one target for
 * another year: a target is one figure for a horizon, so that figure is the answer, its own year said first.
 * Never for actual figures or budgets, where another year's figure would be another answer.
 */
function targetOfAnotherYear(query: Query, deps: Deps, facts: Fact[], asked: string, topic: Draft["topic"]): Draft | undefined {
  const { lang } = query;
  const asksTarget = query.qualifiers.some((q) => groupOf(deps, q) === "target");
  const rows = mergeRestatements(facts);
  if (!asksTarget || rows.length !== 1 || groupOf(deps, rows[0]!.fact.qualifier) !== "target") return undefined;
  const { fact, same } = rows[0]!;
  const { citations } = numberCitations([fact, ...same]);
  const name = shortSubject(query, deps, deps.kb.entities.get(fact.subject)!);
  const kind = termLabel(deps.kb, "qualifiers", fact.qualifier, lang);
  return {
    status: "answered",
    summary: say(
      lang,
      `${name}の${kind}は、資料では${factYear(fact, lang)}の ${factFigure(fact, lang)} [1] です（${asked}の${kind}は資料にありません）。`,
      `${name}: the documents set the ${kind} ${factFigure(fact, lang)} [1] for ${factYear(fact, lang)} (none for ${asked}).`,
    ),
    lines: [],
    facts: [fact, ...same],
    citations,
    topic: { ...topic, fiscalYear: fact.fiscalYear ?? undefined },
  };
}

/**
 * A program asked a generic measure (知的クラスターの件数, …プロジェクトの割合) that two or more of its indicators
 * answer, none of them named: which one is the user's to say, each option a whole question.
 */
function whichIndicator(query: Query, deps: Deps, subjects: Entity[], facts: Fact[]): Draft | undefined {
  // Words beyond the program and the measure (sの評価を受けた, reached an appropriate phase) say which one.
  if (query.leftover.trim() || !subjects.every((s) => s.type === "program") || query.mentions.some((m) => m.entity.type !== "program"))
    return undefined;
  const ids = new Set(subjects.map((s) => s.id));
  const children = [...new Set(facts.map((f) => f.subject))]
    .map((id) => deps.kb.entities.get(id)!)
    .filter((e) => e.type !== "program" && e.parent !== undefined && ids.has(e.parent));
  if (children.length < 2 || facts.some((f) => ids.has(f.subject))) return undefined;
  const years = query.years.years.map((y) => y.text).join("・");
  const program = deps.kb.entities.get(children[0]!.parent!)!;
  const programName = shortEntityName(program, query.lang);
  const options = children.slice(0, 6).map((child) => {
    const own = shortEntityName(child, query.lang);
    // The option names the program too, so that picking it asks a whole question (事業化件数 of which program).
    const name = own.includes(programName) || query.lang === "en" ? own : `${programName}の${own}`;
    return {
      label: optionLabel(own),
      question: say(query.lang, `${name}${years ? `の${years}` : ""}は？`, `${name}${years ? ` in ${years}` : ""}?`),
    };
  });
  return {
    status: "clarify",
    summary: say(query.lang, "どの数値のことですか？", "Which figure do you mean?"),
    options,
    topic: { intent: query.intent?.name, subject: subjects[0]!.id },
  };
}

/** The same question for another year: "2015年度の都市エリアの予算" → "平成15年度の都市エリアの予算". */
function withYear(query: Query, year: number): string {
  let rest = query.text;
  // (An English year's preposition goes with it: …carry out in FY1991? → …carry out in FY2012?; 件数 for H17?)
  const before = "(?:\\b(?:in|for|of|during)\\s+)?";
  for (const y of query.years.years)
    rest = rest.replace(new RegExp(`${before}${y.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*(?:には|の|に|で|は)?`, "i"), "");
  // (A year restated in brackets, H17 (2005), leaves its brackets empty.)
  rest = rest.replace(/\s*[(（]\s*[)）]/gu, "");
  const era = formatFiscalYear(year, "ja").split("（")[0]!;
  const ask = rest.trim().replace(/\s*([?？])$/u, "");
  return query.lang === "ja" ? `${era}の${rest.trim()}` : `${ask} in FY${year}${/[?？]$/u.test(rest.trim()) ? "?" : ""}`;
}

/** The newest actual (実績) figure among indicator-like facts, to lead a list that also holds targets. */
function latestActual(deps: Deps, facts: Fact[]): Fact | undefined {
  const actual = facts.filter(
    (f) => f.fiscalYear !== null && deps.kb.vocabulary.qualifiers.find((q) => q.id === f.qualifier)?.group === "actual",
  );
  const hasTargets = facts.some((f) => deps.kb.vocabulary.qualifiers.find((q) => q.id === f.qualifier)?.group === "target");
  return hasTargets ? actual.sort(newestFirst(deps.kb))[0] : undefined;
}

function groupOf(deps: Deps, kind: string): string {
  return kindGroup(deps.kb, kind) ?? "other";
}

function kindMissing(query: Query, deps: Deps, facts: Fact[], names: string, kinds: string[], topic: Draft["topic"]): Draft {
  const { lang } = query;
  const asked = kinds.map((k) => termLabel(deps.kb, "qualifiers", k, lang)).join(say(lang, "・", ", "));
  const when = query.years.years.map((y) => formatFiscalYear(y.fiscalYear, lang)).join(say(lang, "・", ", "));
  const have = [...new Set(facts.map((f) => termLabel(deps.kb, "qualifiers", f.qualifier, lang)))].join(say(lang, "、", ", "));
  return {
    status: "not_found",
    summary: say(
      lang,
      `${names}の${when ? `${when}の` : ""}${asked}は、資料にはありません。`,
      `The documents give no ${asked} of ${names}${when ? ` for ${when}` : ""}.`,
    ),
    lines: [say(lang, `資料にあるのは${when ? "その年度の" : ""}${have}です。`, `They give: ${have}.`)],
    options: [],
    topic,
  };
}

/**
 * The fiscal years asked: those named, and every year between the two ends of a range (23〜25年度 asks 24 too).
 * @example yearsAsked(understand("施策の当初予算 23〜25年度")) // [2011, 2013, 2012]
 */
function yearsAsked(query: Query): number[] {
  const named = query.years.years.map((y) => y.fiscalYear);
  const { span } = query.years;
  if (!query.years.range || span?.from === undefined || span.to === undefined) return named;
  const between = Array.from({ length: Math.max(0, span.to - span.from - 1) }, (_, i) => span.from! + 1 + i);
  return [...named, ...between.filter((y) => !named.includes(y))];
}
