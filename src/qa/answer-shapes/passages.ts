/**
 * Passages of the documents as answers: which section a question names, which lines to quote, and the
 * checks that keep a passage from standing in for a figure it does not hold.
 */
import { blankMentions } from "../match/mention.js";
import type { Query } from "../understand-question.js";
import { asDocumentsWrite } from "../describe/answer-aspect.js";
import type { Chunk } from "../../search/section-index.js";
import { contentBigrams } from "../../search/section-index.js";
import { annotateEraYears } from "../../search/tokenize.js";
import { normalizeForMatch, type VariantMap } from "../../knowledge/normalize-text.js";
import { say, type Deps, type Draft } from "../answer-kit.js";
import { listAround, type Unit } from "../describe/sentences.js";
import { sectionUnits, type UnitSection } from "../describe/section-units.js";
import type { Entity } from "../../knowledge/load-knowledge.js";
import { namesAnotherOfItsKind } from "../describe/another-subject.js";
import { citeUnits, isList, joinProse, shownLines } from "../describe/render-passage.js";
import { isContent } from "../describe/answer-aspect.js";
import { formatFiscalYear } from "../fiscal-year.js";
import { longestShared } from "./select-facts.js";

/**
 * A chunk found by search as an answer: the sentences of its section that share most with what is asked
 * (or, for a section the question names, the section from its start), cleaned for reading, whole sentences
 * only, a list item with its whole list; the citation quotes them verbatim.
 */
export function passageAnswer(query: Query, deps: Deps, chunk: Chunk, about: string, topic: Draft["topic"], fromStart = false): Draft {
  const sections = sectionUnits(deps.kb);
  const own = sections.find((s) => s.section.label === chunk.section);
  if (!own) return { status: "not_found", summary: about, topic };
  // A section that is only a heading (## 目指すべき方向性) reads on into its subsections.
  const family = fromStart ? sections.filter((s) => s.section.label.startsWith(`${chunk.section} › `)) : [];
  const units = [...own.units, ...family.flatMap((s) => s.units)];
  // 事業名を全部: the names of that kind the section holds, each cited where it stands (a table's rows).
  // Only where the question names no subject: a named one's own list (a plan's programs) is its section's text.
  const named = query.mentions.every((m) => m.how !== "alias") ? namesIn(deps, query.askedTypes, [own, ...family]) : [];
  if (named.length >= 2)
    return {
      status: "answered",
      summary: about,
      lines: named.map(({ entity }, i) => `・${entity.name} [${i + 1}]`),
      citations: named.map(({ where, unit }) => citeUnits(where, [unit])),
      topic,
    };
  // What is asked: the subject as typed, the words beyond it and the years, without the words that only say
  // "describe" (どういう, 内容).
  const weak = Object.values(deps.lexicon.aspects)
    .filter((a) => a.weak)
    .flatMap((a) => a.cues);
  const names = query.mentions.filter((m) => m.how === "alias").map((m) => m.text);
  const typed = [query.leftover, ...names, ...query.years.years.map((y) => y.text)].join(" ");
  const asked = weak.reduce((text, cue) => text.split(cue).join(" "), typed).trim() || query.text;
  const wanted = contentBigrams(normalizeForMatch(asked, deps.kb.vocabulary.variants).toLowerCase()).filter(isContent);
  // From the start: the first sentence or item, or for a section that is only a heading, its first subsection.
  const first = units.findIndex((u, i) => (u.shown.length > 40 || u.list !== undefined) && (i > 0 || own.units.length > 1));
  const at = fromStart ? (own.units.length > 1 ? Math.max(first, 0) : Math.min(1, units.length - 1)) : bestUnit(units, chunk, wanted);
  // A section the question names by its title: the title's and the subject's words name it; they do not pick
  // one of its items.
  const naming = normalizeForMatch([own.section.title, ...names].join(" "), deps.kb.vocabulary.variants).toLowerCase();
  const chosen = chooseAround(units, at, fromStart ? wanted.filter((b) => !naming.includes(b)) : wanted, own.units.length);
  const list = isList(chosen);
  const lines = shownLines(chosen, own.section.title);
  const cited = chosen.slice(0, lines.length).filter((u) => own.units.includes(u));
  const citation = citeUnits(own, cited.length ? cited : own.units.slice(0, 1));
  return { status: "answered", summary: about, lines: list ? lines : [`「${joinProse(lines)}」`], citations: [citation], topic };
}

/**
 * The entities of the asked kinds whose names the sections hold, in the order they stand, each with its unit.
 * @example namesIn(deps, ["program"], [section]).map((n) => n.entity.name) // ["大学等産学官連携自立化促進プログラム", …]
 */
function namesIn(deps: Deps, types: readonly string[], sections: UnitSection[]): Array<{ entity: Entity; where: UnitSection; unit: Unit }> {
  if (types.length === 0) return [];
  const norm = (t: string) => normalizeForMatch(t, deps.kb.vocabulary.variants).toLowerCase().replace(/\s/g, "");
  const kinds = [...deps.kb.entities.values()].filter((e) => types.includes(e.type));
  const found: Array<{ entity: Entity; where: UnitSection; unit: Unit }> = [];
  for (const where of sections)
    where.units.forEach((unit) => {
      const text = norm(unit.shown);
      for (const entity of kinds)
        if (norm(entity.name).length >= 6 && text.includes(norm(entity.name)) && !found.some((f) => f.entity === entity))
          found.push({ entity, where, unit });
    });
  return found;
}

export function coverageOf(chunk: Chunk, text: string): number {
  const wanted = contentBigrams(text.toLowerCase());
  return wanted.length ? wanted.filter((b) => chunk.match.includes(b) || chunk.title.toLowerCase().includes(b)).length / wanted.length : 0;
}

const ownTitles = new WeakMap<Chunk, { variants: VariantMap; title: string }>();

/**
 * A chunk's own section title, normalized, without its number and bracketed part: made once per chunk (and
 * variant map), as a question naming a section compares it with every chunk several times.
 */
function ownTitle(chunk: Chunk, variants: VariantMap): string {
  const known = ownTitles.get(chunk);
  if (known?.variants === variants) return known.title;
  const title = normalizeForMatch(chunk.section.split(" › ").pop() ?? "", variants)
    .toLowerCase()
    .replace(/^[\p{N}\p{P}\p{S}\s#①-⑳]+/u, "")
    .replace(/[（(].*$/, "")
    .replace(/[\p{P}\p{S}]+$/u, "");
  ownTitles.set(chunk, { variants, title });
  return title;
}

/**
 * The section of a document the question names, titled with a word it asks (H24の評価書の施策目標は？ → 施策目標・施策の
 * 概要): the first such in the document's order; none when the question names no document.
 * @example sectionOfDocument(understand("H24の評価書の施策目標は？"), deps)?.section // "…施策目標・施策の概要"
 */
export function sectionOfDocument(query: Query, deps: Deps): Chunk | undefined {
  const asked = query.triggers.map((t) => normalizeForMatch(t, deps.kb.vocabulary.variants).toLowerCase()).filter((t) => t.length >= 3);
  if (query.documents.length === 0 || asked.length === 0) return undefined;
  return deps.index.chunks.find(
    (c) => query.documents.includes(c.document) && asked.some((t) => ownTitle(c, deps.kb.vocabulary.variants).includes(t)),
  );
}

/**
 * A question that names a section (総合的産学官連携推進事業の必要性, 地域イノベーションの源泉の潤沢化とは)
 * is answered with that section: its own heading, three characters or more, occurs in the question; among
 * several, the one whose document or path also shares most with the question.
 */
export function sectionNamed(query: Query, deps: Deps): Chunk | undefined {
  const asked = normalizeForMatch(query.text, deps.kb.vocabulary.variants).toLowerCase();
  const own = (chunk: Chunk) => ownTitle(chunk, deps.kb.vocabulary.variants);
  // The heading must say more than the entities the question names (not the section titled with the subject).
  const names = query.mentions
    .flatMap((m) => [m.entity.name, ...m.entity.aliases])
    .map((n) => normalizeForMatch(n, deps.kb.vocabulary.variants).toLowerCase());
  // A section of another program (実施地域 of 知的クラスター, asked of 都市エリア) is not the one named.
  const subjects = query.mentions.filter((m) => m.how === "alias").map((m) => m.entity);
  const elsewhere = (c: Chunk) => subjects.length > 0 && subjects.every((s) => namesAnotherOfItsKind(deps, s, `${c.section}`));
  // The title typed with particles or a synonym of its own (経産省との具体的な連携施策 for 経済産業省との具体的連携施策):
  // compared without hiragana, each synonym written as the documents write it.
  const squeeze = (t: string) => asDocumentsWrite(deps, t).replace(/[\p{Script=Hiragana}\s]/gu, "");
  const loose = squeeze(asked);
  // (Only when the question names no subject: with one, the subject's own sections answer.)
  const typed = (c: Chunk) =>
    asked.includes(own(c)) || (query.mentions.length === 0 && squeeze(own(c)).length >= 6 && loose.includes(squeeze(own(c))));
  const candidates = deps.index.chunks.filter(
    (c) => own(c).length >= 3 && typed(c) && !names.some((n) => n.includes(own(c)) || own(c).includes(n)) && !elsewhere(c),
  );
  if (candidates.length === 0) return undefined;
  const score = (c: Chunk) =>
    own(c).length * 10 +
    contentBigrams(asked).filter((b) => normalizeForMatch(`${c.documentTitle}${c.section}`, {}).toLowerCase().includes(b)).length;
  const best = candidates.sort((a, b) => score(b) - score(a))[0];
  // A bracket after the section's name restates it (達成目標1（産学官連携システム構築）): it names no subsection.
  if (!best) return undefined;
  const rest = asked
    .split(own(best))
    .join(" ")
    .replace(/^\s*[(（][^)）]*[)）]/u, " ");
  return withSubsections(deps, namedSubsection(deps, best, rest) ?? best);
}

/**
 * A section of the named subject whose title begins with a term the question asks about (中間評価 of
 * 「4. 中間評価及び終了評価の実施」 under 知的クラスター創成事業（第I期）): the term's own section, whatever aspect
 * of it is asked (位置づけ, why). Only one such section, and a term of three kanji or katakana or more.
 * @example sectionOfTerm(understand("知的クラスター第I期の中間評価ってどういう位置づけ？"), deps)?.section // "…› 4. 中間評価及び終了評価の実施"
 */
export function sectionOfTerm(query: Query, deps: Deps): Chunk | undefined {
  const subjects = query.mentions.map((m) => m.entity);
  if (subjects.length !== 1) return undefined;
  const names = [subjects[0]!.name, ...subjects[0]!.aliases]
    .map((n) => normalizeForMatch(n, deps.kb.vocabulary.variants).toLowerCase())
    .filter((n) => n.length >= 3);
  const unnamed = blankMentions(query.match, query.mentions);
  const terms = unnamed.match(/[\p{Script=Han}\p{Script=Katakana}ー]{3,}/gu) ?? [];
  if (terms.length === 0) return undefined;
  const under = (c: Chunk) => {
    const path = normalizeForMatch(c.section, deps.kb.vocabulary.variants).toLowerCase();
    return names.some((n) => path.includes(n));
  };
  const own = (c: Chunk) => ownTitle(c, deps.kb.vocabulary.variants);
  const titled = deps.index.chunks.filter((c) => under(c) && terms.some((t) => own(c).startsWith(t)));
  const sections = [...new Set(titled.map((c) => c.section))];
  return sections.length === 1 ? withSubsections(deps, titled[0]!) : undefined;
}

/**
 * The subsection of a named section that the rest of the question names by a word of its title
 * (達成目標1の達成手段 → 達成目標１ › これまでに実施している主な達成手段): three characters or more shared.
 */
function namedSubsection(deps: Deps, section: Chunk, rest: string): Chunk | undefined {
  const title = (c: Chunk) => normalizeForMatch(c.section.split(" › ").pop() ?? "", deps.kb.vocabulary.variants).toLowerCase();
  const shared = (c: Chunk) => longestShared(rest, title(c), (ch) => NAME_CHAR.test(ch));
  const subs = deps.index.chunks.filter((c) => c.document === section.document && c.section.startsWith(`${section.section} › `));
  const best = subs.sort((a, b) => shared(b) - shared(a))[0];
  return best && shared(best) >= 3 ? best : undefined;
}

/** Kanji and katakana: the characters a subsection's title word is made of. */
const NAME_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

/**
 * A section that is only a heading (## 目指すべき方向性) holds its content in its subsections: the passage
 * then runs on through them, about three chunks' worth at most.
 */
function withSubsections(deps: Deps, chunk: Chunk): Chunk {
  const same = deps.index.chunks.filter(
    (c) => c.document === chunk.document && (c.section === chunk.section || c.section.startsWith(`${chunk.section} › `)),
  );
  const from = same.indexOf(chunk);
  const text = same
    .slice(from, from + 3)
    .map((c) => c.text)
    .join("\n");
  return { ...chunk, text: text.slice(0, 900) };
}

/** Whether the passage names one of the question's fiscal years, in any form (平成19年度, 19 年度, 2007). */
export function mentionsAskedYear(query: Query, chunk: Chunk): boolean {
  if (query.years.years.length === 0) return true;
  const text = annotateEraYears(chunk.text).normalize("NFKC").replace(/\s/g, "");
  return query.years.years.some((y) => text.includes(String(y.fiscalYear)));
}

export function noPassageForYear(query: Query, name: string | undefined, hasFigures = false): Draft {
  const when = query.years.years.map((y) => formatFiscalYear(y.fiscalYear, query.lang)).join(say(query.lang, "・", ", "));
  // Figures of the year exist (of another subject, or asked in other words): only the passage asked is missing.
  if (hasFigures)
    return {
      status: "not_found",
      summary: say(
        query.lang,
        `${name ? `${name}について、` : ""}${when}のお尋ねの記述は資料に見当たりません。`,
        `The documents say nothing${name ? ` on ${name}` : ""} of that kind for ${when}.`,
      ),
      lines: [
        say(query.lang, "数値は、事業名や指標名と年度で聞くと示せます。", "Ask for a figure by its program or indicator and the year."),
      ],
      options: [],
    };
  return {
    status: "not_found",
    summary: say(
      query.lang,
      `${name ? `${name}について、` : ""}${when}の数値や記述は資料にありません。`,
      `The documents have nothing${name ? ` on ${name}` : ""} for ${when}.`,
    ),
    lines: [
      say(
        query.lang,
        "年度を変えるか、年度なしで聞くと、資料にある数値を示します。",
        "Ask without the year, or for another year, to see what the documents give.",
      ),
    ],
    options: [],
  };
}

// Era years read with their western year too (平成15年 → 2003年), as the index reads them. Each unit's text
// is normalized once per answer, not once per window it falls in.
const normalCache = new WeakMap<Unit, string>();
const normal = (u: Unit) => {
  let text = normalCache.get(u);
  if (text === undefined) {
    text = normalizeForMatch(annotateEraYears(u.shown), {}).toLowerCase();
    normalCache.set(u, text);
  }
  return text;
};
const coverage = (units: Unit[], wanted: string[]) => {
  const text = units.map(normal).join("");
  return wanted.filter((b) => text.includes(b)).length;
};

/**
 * The unit that answers: most of what is asked in it and its neighbours (a table row's label and figures are
 * often separate lines), in the chunk that search found.
 */
function bestUnit(units: Unit[], chunk: Chunk, wanted: string[]): number {
  const around = (i: number) => units.slice(Math.max(i - 1, 0), i + 2);
  const scores = units.map((u, i) => coverage(around(i), wanted) + coverage([u], wanted) / 2 + (chunk.text.includes(u.raw) ? 0.5 : 0));
  return scores.reduce((best, score, i) => (score > scores[best]! ? i : best), 0);
}

/**
 * What to show around the chosen unit: a list item the question is about, with the lines that explain it;
 * the whole list when the question is about the list; otherwise the sentences from it on, with the short
 * label line above it (知的財産戦略について above its date).
 */
function chooseAround(units: Unit[], at: number, wanted: string[], ownCount: number): Unit[] {
  const unit = units[at]!;
  const list = unit.list && at < ownCount ? listAround(units.slice(0, ownCount), at) : [];
  if (list.length > 1) {
    let end = at + 1;
    while (end < ownCount && !units[end]!.list && end < at + 4) end++;
    const item = units.slice(at, end);
    return wanted.length && coverage(item, wanted) >= wanted.length / 2 ? item : list;
  }
  const label = at > 0 && units[at - 1]!.shown.length <= 40 && !/。$/.test(units[at - 1]!.shown);
  return units.slice(label ? at - 1 : at, at + 12);
}
