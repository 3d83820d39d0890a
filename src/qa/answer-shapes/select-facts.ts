/**
 * The facts an intent may answer with: by subject (and the subject's phases), measure, and kind.
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import type { Intent } from "../intent-schema.js";
import { kindGroup, withDescendants, type Deps } from "../answer-kit.js";
import { glossedWords } from "../query/in-japanese.js";

/**
 * Facts of the given subjects that the intent's measures and kinds allow.
 * @example selectFacts(deps, budgetIntent, ["toshi-area"]).every((f) => f.measure === "budget" || f.measure === "support-per-region")
 */
export function selectFacts(deps: Deps, intent: Intent, subjectIds: string[], cued: string[] = []): Fact[] {
  const subjects = new Set(subjectIds.flatMap((id) => [...withDescendants(deps.kb, id)]));
  // A kind the question names (基準値 in 基準値と目標値は？) is asked for even where the intent's kinds (targets) are not it.
  return deps.kb.facts.filter((fact) => subjects.has(fact.subject) && (allows(deps, intent, fact) || cued.includes(fact.qualifier)));
}

/** Whether the intent's measure and qualifier filters admit the fact. */
export function allows(deps: Pick<Deps, "kb">, intent: Intent, fact: Fact): boolean {
  const { measures, qualifiers } = deps.kb.vocabulary;
  if (intent.measureIds.length > 0 && !intent.measureIds.includes(fact.measure)) return false;
  const category = measures.find((m) => m.id === fact.measure)?.category;
  if (intent.measures.length > 0 && (!category || !intent.measures.includes(category))) return false;
  const group = qualifiers.find((q) => q.id === fact.qualifier)?.group;
  return intent.qualifierGroups.length === 0 || (group !== undefined && intent.qualifierGroups.includes(group));
}

/** Entities that have at least one fact the intent allows, most facts first: the options of a question back. */
export function candidatesFor(deps: Deps, intent: Intent, matchText = "", asked?: Pick<Query, "qualifiers" | "years">) {
  const unit = askedUnit(deps, matchText);
  const inUnit = (f: Fact) => !unit || f.unit === unit;
  const years = asked?.years.years.map((y) => y.fiscalYear) ?? [];
  // Subjects that have the asked kind in the asked year come first; the rest only when none has.
  const fits = (f: Fact) =>
    (asked?.qualifiers.length ? asked.qualifiers.includes(f.qualifier) : true) &&
    (years.length === 0 || years.includes(f.fiscalYear ?? -1));
  const count = (facts: Fact[]) => {
    const counts = new Map<string, number>();
    for (const fact of facts) counts.set(fact.subject, (counts.get(fact.subject) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => deps.kb.entities.get(id)!)
      .filter((e) => intent.subjectTypes.includes(e.type));
  };
  const allowed = deps.kb.facts.filter((f) => allows(deps, intent, f) && inUnit(f));
  const asking = count(allowed.filter(fits));
  return asking.length > 0 ? asking : count(allowed);
}

/**
 * Narrows to the kinds the question names (予算案, 概算要求, 目標値…), then to their group (目標値 → any
 * target, 年度ごとの目標値 included); keeps all, and says which kinds are missing, when none exist.
 */
export function narrowByKind(
  deps: Deps,
  facts: Fact[],
  kinds: string[],
  askedYears: number[] = [],
): { facts: Fact[]; missingKinds: string[] } {
  if (kinds.length === 0) return { facts, missingKinds: [] };
  const groupOf = (id: string) => kindGroup(deps.kb, id);
  // Each asked kind by itself (実績と目標値 asks two): its own figures, else those of its group (目標値 → 年度ごとの目標値).
  const found = new Set<Fact>();
  const missing: string[] = [];
  for (const kind of kinds) {
    const own = facts.filter((f) => f.qualifier === kind);
    const group = groupOf(kind);
    const grouped = own.length > 0 || !group || group === "budget" ? own : facts.filter((f) => groupOf(f.qualifier) === group);
    if (grouped.length === 0) missing.push(kind);
    for (const f of grouped) found.add(f);
  }
  // Years asked with kinds of their own (20年度予算案と19年度予算額): a year without an asked kind keeps its figures
  // of the asked kinds' group (the 予算 of 19年度), so no asked year goes unanswered.
  if (found.size > 0 && askedYears.length >= 2) {
    const groups = new Set(kinds.map(groupOf));
    for (const year of askedYears) {
      if ([...found].some((f) => f.fiscalYear === year)) continue;
      for (const f of facts) if (f.fiscalYear === year && groups.has(groupOf(f.qualifier))) found.add(f);
    }
  }
  return found.size > 0 ? { facts: facts.filter((f) => found.has(f)), missingKinds: [] } : { facts, missingKinds: kinds };
}

/**
 * The unit the question asks in (何件 → 件, 割合 → %), from intents/lexicon.yaml › units.
 * @example askedUnit(deps, "何社ある？") // "社"
 */
export function askedUnit(deps: Pick<Deps, "lexicon">, matchText: string): string | undefined {
  return unitCues(deps.lexicon).find(([, cues]) => cues.some((c) => matchText.includes(c)))?.[0];
}

const normalCues = new WeakMap<Deps["lexicon"], Array<[string, string[]]>>();

/** Each unit's cues, normalized once per lexicon (asked on every figure question). */
function unitCues(lexicon: Deps["lexicon"]): Array<[string, string[]]> {
  let cues = normalCues.get(lexicon);
  if (!cues) {
    cues = Object.entries(lexicon.units).map(([unit, words]) => [unit, words.map((c) => c.normalize("NFKC").toLowerCase())]);
    normalCues.set(lexicon, cues);
  }
  return cues;
}

/** "何クラスター", "何社", "割合": the unit the question asks in selects the facts counted in it, when there are any. */
export function narrowByCounter(deps: Pick<Deps, "lexicon">, matchText: string, facts: Fact[]): Fact[] {
  const unit = askedUnit(deps, matchText);
  const counted = unit ? facts.filter((f) => f.unit === unit || f.display.normalize("NFKC").includes(unit)) : [];
  return counted.length ? counted : facts;
}

/** Facts of the asked years; the latest year (of figures other than targets where there are any) when 最新 is asked. */
export function narrowByYear(facts: Fact[], years: number[], latest: boolean, isTarget: (f: Fact) => boolean = () => false): Fact[] {
  if (years.length > 0) return facts.filter((f) => f.fiscalYear !== null && years.includes(f.fiscalYear));
  if (!latest) return facts;
  const actual = facts.filter((f) => f.fiscalYear !== null && !isTarget(f));
  const newest = Math.max(...(actual.length ? actual : facts).map((f) => f.fiscalYear ?? -1));
  return facts.filter((f) => f.fiscalYear === newest);
}

/**
 * Facts of the asked years; when there are none and the question names a document of an asked year (H17の要求で
 * 大学発ベンチャーは何社？, the 2005 budget request doc), that document's figures whose year the source does not
 * state: the document's own time is the year asked. A year alone (共同研究件数 for H17) names no document.
 * @example narrowByAskedYear(deps, facts, [2005], query) // [約800社 (h17, 年度の明記なし)] for "H17の要求で…何社"
 */
export function narrowByAskedYear(
  deps: Pick<Deps, "kb" | "lexicon">,
  facts: Fact[],
  years: number[],
  query: Pick<Query, "documents" | "qualifiers" | "match">,
): Fact[] {
  const dated = narrowByYear(facts, years, false);
  if (dated.length || !years.length) return dated;
  return facts.filter((f) => f.fiscalYear === null && documentNamed(deps, query, f.evidence.document, years));
}

/** The question names the document: by a reference (H17資料で), or by a year and a kind of figure its title holds (H17の要求). */
function documentNamed(
  deps: Pick<Deps, "kb" | "lexicon">,
  query: Pick<Query, "documents" | "qualifiers" | "match">,
  file: string,
  years: number[],
) {
  if (query.documents.includes(file)) return true;
  const doc = deps.kb.documents.get(file);
  if (!doc || !years.includes(doc.fiscalYear)) return false;
  const title = `${doc.title} ${doc.titleEn}`.normalize("NFKC").toLowerCase();
  const said = query.qualifiers.flatMap((q) => deps.lexicon.qualifierCues[q] ?? []).map((w) => w.normalize("NFKC").toLowerCase());
  return said.some((w) => query.match.includes(w) && title.includes(w));
}

/**
 * The scopes (別表 rows, countries, 単独施策…) a question names: every part of the scope ("人材育成・受講者"
 * → 人材育成, 受講者) occurs in the question.
 * @example namedScopes("人材育成の受講者の割合", facts) // ["人材育成・受講者"]
 */
export function namedScopes(matchText: string, facts: Fact[]): string[] {
  const scopes = [...new Set(facts.map((f) => f.scope).filter((x): x is string => Boolean(x)))];
  return scopes.filter((scope) => {
    const parts = scope
      .normalize("NFKC")
      .toLowerCase()
      .split(/[・、,（）()「」『』\s]+/)
      .filter((p) => p.length >= 2);
    // A long quoted name inside the scope (「特色ある知的財産管理・活用機能支援プログラム」) is enough on its own.
    return (parts.length > 0 && parts.every((p) => matchText.includes(p))) || parts.some((p) => p.length >= 8 && matchText.includes(p));
  });
}

/**
 * The text scopes are named in: the match text, and for an English question the Japanese words its words
 * translate (trial areas → 試行地域), since scopes are written only as the documents write them.
 * @example scopeText(understand("how long are the trial areas funded"), deps) // "how long are the trial areas funded 試行地域"
 */
export function scopeText(query: Pick<Query, "lang" | "match">, deps: Pick<Deps, "kb">): string {
  if (query.lang !== "en") return query.match;
  // (Of the match text, where what the question sets aside is blanked: excluding trial regions names none.)
  return [query.match, ...glossedWords(query.match, deps.kb.vocabulary.glossary)].join(" ");
}

/**
 * Without the facts of a scope the question sets aside (試行地域を除くと何地域: not the trial regions' count), unless
 * that would leave none.
 * @example withoutSetAside(understand("試行地域を除くと何地域"), deps, regionCounts).some((f) => f.scope === "試行地域") // false
 */
export function withoutSetAside(query: Pick<Query, "lang" | "excluded">, deps: Pick<Deps, "kb">, facts: Fact[]): Fact[] {
  if (query.excluded.length === 0) return facts;
  const scopes = namedScopes(scopeText({ lang: query.lang, match: query.excluded.join(" ") }, deps), facts);
  const kept = facts.filter((f) => !f.scope || !scopes.includes(f.scope));
  return kept.length > 0 ? kept : facts;
}

/** Narrows to the scopes the question names; without one, prefers facts that have no scope when there are any. */
export function narrowByScope(matchText: string, facts: Fact[], triggers: string[] = []): Fact[] {
  // (A scope inside the question word asked, 実施地域 of 実施地域数, is the measure's word, not a scope named.)
  const named = namedScopes(matchText, facts).filter((scope) => !triggers.some((t) => t.includes(scope.normalize("NFKC").toLowerCase())));
  if (named.length) return facts.filter((f) => f.scope && named.includes(f.scope));
  return facts;
}

/**
 * In a later part that names the part before's figures by their scope in its own words (共同研究になった件数 for
 * 大学等と企業の共同研究に至ったもの): the one scope that shares the longest run of four characters or more.
 * @example narrowByParaphrasedScope("そこから共同研究になった件数", coordinatorFacts)[0].scope // "大学等と企業の共同研究に至ったもの"
 */
export function narrowByParaphrasedScope(matchText: string, facts: Fact[]): Fact[] {
  const scopes = [...new Set(facts.map((f) => f.scope).filter((x): x is string => Boolean(x)))];
  const shared = scopes.map((scope) => ({ scope, run: longestShared(scope.normalize("NFKC").toLowerCase(), matchText) }));
  const best = Math.max(0, ...shared.map((s) => s.run));
  const top = shared.filter((s) => s.run === best);
  return best >= 4 && top.length === 1 ? facts.filter((f) => f.scope === top[0]!.scope) : facts;
}

/** When the question names no entity but names a scope of some facts (人材育成・受講者), their subject. */
export function subjectsByScope(query: Query, deps: Deps): Entity[] {
  const byScope = subjectsOfNamedScope(query, deps);
  return byScope.length > 0 ? byScope : onlyHolderOfKind(query, deps);
}

/**
 * A question that names a kind of figure but no subject (24年度の執行額は？) is about the one subject that has
 * figures of that kind in the asked years, when there is exactly one; with two or more it is asked back.
 * @example onlyHolderOfKind(understand("施策の26年度要求額は？"), deps).map((e) => e.id) // ["h24-policy"]
 */
function onlyHolderOfKind(query: Query, deps: Deps): Entity[] {
  if (query.qualifiers.length === 0 || query.mentions.length > 0) return [];
  const years = query.years.years.map((y) => y.fiscalYear);
  // Each subject counts the asked kinds it has: a cue can stand for several kinds (補正予算 → 補正予算, 補正後予算額),
  // so the subject that has the most of them is meant, when it is the only one that does.
  const kinds = new Map<string, Set<string>>();
  for (const f of deps.kb.facts) {
    if (
      !query.qualifiers.includes(f.qualifier ?? "") ||
      (years.length > 0 && !years.includes(f.fiscalYear ?? -1)) ||
      !allows(deps, query.intent!, f)
    )
      continue;
    kinds.set(f.subject, (kinds.get(f.subject) ?? new Set()).add(f.qualifier!));
  }
  const most = Math.max(0, ...[...kinds.values()].map((k) => k.size));
  const top = [...kinds].filter(([, k]) => k.size === most).map(([id]) => id);
  const entity = top.length === 1 ? deps.kb.entities.get(top[0]!) : undefined;
  return entity ? [entity] : [];
}

function subjectsOfNamedScope(query: Query, deps: Deps): Entity[] {
  const allowed = deps.kb.facts.filter((f) => f.scope && allows(deps, query.intent!, f));
  // A scope inside the question's own measure word (実施地域 of 実施地域数) names no scope.
  const asked = query.triggers.reduce((t, w) => t.split(w.normalize("NFKC").toLowerCase()).join(" "), scopeText(query, deps));
  const scopes = namedScopes(asked, allowed);
  return [...new Set(allowed.filter((f) => scopes.includes(f.scope!)).map((f) => f.subject))].map((id) => deps.kb.entities.get(id)!);
}

/**
 * Of a program's figures for several of its indicators, those of the indicator whose name shares the longest piece
 * (three characters or more) with what the question says besides the program's name (実施地域数 → 事業実施地域数).
 * @example narrowByNamedChild(understand("戦略支援プログラムの実施地域数の目標値"), deps, facts) // the 事業実施地域数 targets
 */
export function narrowByNamedChild(query: Query, deps: Deps, facts: Fact[]): Fact[] {
  const subjects = [...new Set(facts.map((f) => f.subject))];
  if (subjects.length < 2) return facts;
  // Children the question names themselves (参加機関数と事業化件数) are what it asks, all of them.
  const named = subjects.filter((id) => query.mentions.some((m) => m.entity.id === id));
  if (named.length >= 2) return facts.filter((f) => named.includes(f.subject));
  let rest = query.match;
  for (const m of query.mentions) rest = rest.slice(0, m.start) + " ".repeat(m.end - m.start) + rest.slice(m.end);
  // A child's own words: its name without its parent's (参加機関数 of 地域イノベーション戦略支援プログラム参加機関数).
  const own = (id: string) => {
    const e = deps.kb.entities.get(id);
    const parent = e?.parent ? (deps.kb.entities.get(e.parent)?.name ?? "") : "";
    return (e?.name ?? "").replace(parent, " ").normalize("NFKC").toLowerCase();
  };
  const shared = new Map(subjects.map((id) => [id, longestShared(own(id), rest)]));
  const best = Math.max(...shared.values());
  return best >= 3 ? facts.filter((f) => shared.get(f.subject) === best) : facts;
}

/** The length of the longest piece two texts share. */
/**
 * The longest run of characters two texts share, counting only the characters `counts` accepts (not spaces).
 * @example longestShared("事業実施地域数", "実施地域数は") // 5
 */
export function longestShared(a: string, b: string, counts: (c: string) => boolean = (c) => c !== " "): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = b.length; j >= 1; j--) {
      row[j] = a[i - 1] === b[j - 1] && counts(a[i - 1]!) ? row[j - 1]! + 1 : 0;
      if (row[j]! > best) best = row[j]!;
    }
  }
  return best;
}
