/**
 * The passage that answers an aspect (必要性, 課題, 評価…) of a subject: a section titled with the aspect's
 * heading words, or else sentences holding its marker words, about the subject or the question's own words.
 * A list item brings its whole list. Nothing is returned when no passage states the aspect.
 */
import type { AspectDecl } from "../query/aspect.js";
import { listAround, type Unit } from "./sentences.js";
import { contentBigrams } from "../../search/section-index.js";
import type { UnitSection } from "./section-units.js";

export type AspectAsk = {
  aspect: AspectDecl;
  /** The subject's names, normalized; empty when the question names no subject. */
  names: string[];
  /** Only sections that name the subject (in their text, headings or document title) may answer. */
  strict: boolean;
  /** Two-character pieces of what the question asks beyond the subject and the aspect. */
  words: string[];
  /** A subject only guessed from part of a word: its words, as typed, must then stand in the passage whole. */
  term?: string;
  /** The aspect's cue words the question uses, normalized. */
  typed: string[];
  /** The question, normalized: a section whose own title it nearly repeats is the one asked about. */
  question?: string;
  /** The names of a second subject the question relates the first to (知的クラスターと産業クラスターの関係): the
   * section must name it too. */
  other?: string[];
  /** Asked as a list (リストで, 挙げて): a section titled with the aspect is shown whole, not a window of it. */
  listed?: boolean;
};
/**
 * Units of one section to show; `focus` is the term a definition is about, to show it when it comes late;
 * `lead` is a sentence of the parent section shown first (its summary above the subsection's list).
 */
export type Passage = { where: UnitSection; units: Unit[]; focus?: string; lead?: { where: UnitSection; unit: Unit } };

const norm = (t: string) => t.normalize("NFKC").toLowerCase().replace(/\s/g, "");

/** Openings that refer to the sentence before: the reason or the need stated there. */
const BACK_REFERENCE = /^(このため|そのため|このように|したがって|以上のことから)/u;

/** At least this share of a section title's two-character pieces in the question: the question names the section. */
const MIN_REPEATED = 0.6;

/** Below this share of the question's own words, a section that does not name the subject is off topic. */
const MIN_TOPICAL = 0.5;

/**
 * @example
 * const ask = { aspect: aspects.necessity, names: ["総合的産学官連携推進事業"], strict: true, words: [], typed: [] };
 * findAspectPassage(sectionUnits(kb), ask)?.where.own // "必要性"
 */
export function findAspectPassage(sections: UnitSection[], ask: AspectAsk): Passage | undefined {
  const headings = ask.aspect.headings.map(norm);
  // A section whose own title the question nearly repeats (経済産業省との具体的な連携施策) is the one it asks about.
  // The subject's own name in a title (知的クラスター創成事業（第I期）) does not make it the one asked about.
  const repeated = (where: UnitSection) => {
    const grams = contentBigrams(where.own).filter((g) => !ask.names.some((n) => n.includes(g)));
    if (grams.length < 3) return 0;
    const share = grams.length && ask.question ? grams.filter((g) => ask.question!.includes(g)).length / grams.length : 0;
    return share >= MIN_REPEATED ? 1 : 0;
  };
  const markers = ask.aspect.markers.map(norm);
  let best: { score: number; where: UnitSection; at: number; headed: boolean } | undefined;
  for (const where of sections) {
    const inContext = ask.names.some((n) => where.context.includes(n));
    const related = inContext || ask.names.some((n) => where.match.some((m) => m.includes(n)));
    if (ask.strict && !related) continue;
    if (ask.other?.length && !ask.other.some((n) => where.context.includes(n) || where.match.some((m) => m.includes(n)))) continue;
    const own = ask.aspect.subjectSection && ask.names.some((n) => where.own.includes(n));
    const titled = own || where.titles.some((t) => headings.some((h) => headsTitle(t, h)));
    where.units.forEach((unit, at) => {
      const text = where.match[at]!;
      if (where.titles.includes(text)) return;
      const heading = norm(unit.heading);
      const headed = titled || headings.some((h) => headsTitle(heading, h));
      // A sentence cut by a PDF line break without its 。 (…順調に進捗していると / 判断される…) ends in the next unit.
      // (A 。 alone on its own line is the PDF's stray punctuation, not the sentence's end.)
      const cut = !/[。.]\s*$/u.test(unit.raw) || /\n\s*。\s*$/u.test(unit.raw);
      const rest = cut ? (where.match[at + 1] ?? "").slice(0, 12) : "";
      const found = markers.filter((m) => text.includes(m) || rest.includes(m)).length;
      if (!headed && found === 0) return;
      // The question's words in the sentence or its heading line count whole; in the section's titles, half.
      const hits = ask.words.map((b) => (text.includes(b) || heading.includes(b) ? 1 : where.context.includes(b) ? 0.5 : 0));
      const topical = ask.words.length ? hits.reduce((a: number, b) => a + b, 0) / ask.words.length : 0;
      if (!ask.strict && (topical < MIN_TOPICAL || (ask.term && ![text, heading, where.context].some((t) => t.includes(ask.term!)))))
        return;
      // Naming the subject chooses between sections; within a section titled with the aspect, order decides.
      // A table names a program in one cell and describes it in the next ones: a name just above counts too.
      const near = where.match.slice(Math.max(0, at - 3), at).some((m) => ask.names.some((n) => m.includes(n)));
      const inUnit = ask.names.some((n) => text.includes(n)) ? (titled && inContext ? 0.6 : 1.5) : near && !titled ? 1.5 : 0;
      // A section that names the subject only somewhere in its text (a table of programs) answers about it in
      // the sentence that names it, just below its name, or where the question's own words are.
      if (ask.strict && !inContext && inUnit === 0 && topical < MIN_TOPICAL) return;
      const named = Math.max(inUnit, inContext ? 0.8 : related ? 0.5 : 0);
      // In a section titled with the aspect, its first sentence states it; later ones qualify it.
      const lead = titled && at === firstProse(where.units) ? 0.3 : 0;
      // Of sections titled with the aspect, one whose title has the very word asked (評価) comes first.
      const asked = headed && where.titles.some((t) => ask.typed.some((c) => t.includes(c))) ? 0.2 : 0;
      const score = (headed ? 2 : 1 + Math.min(found, 3) * 0.1) + 2 * topical + named + lead + asked + repeated(where);
      if (!best || score > best.score) best = { score, where, at, headed };
    });
  }
  if (!best) return undefined;
  const { where, headed } = best;
  // A table names a program in one cell and describes it a few cells on (after its budget): a cell that is only
  // the name reads on to the first sentence after it.
  const onlyName = (i: number) => ask.names.includes(where.match[i]!.replace(/[「」『』]/g, ""));
  const described = onlyName(best.at) ? where.units.findIndex((u, i) => i > best!.at && i <= best!.at + 4 && isProse(u)) : -1;
  const at = described > 0 ? described : best.at;
  // The subject's own section, made of lists under headings, is shown whole (a plan and its programs); one
  // whose lists stand in a subsection titled with the aspect (事業の概要) shows its first sentence and them.
  if (headed && ask.names.some((n) => where.own.includes(n))) {
    const body = where.units.filter((_u, i) => i > 0 || !where.titles.includes(where.match[0]!));
    if (body.some((u) => u.list)) return { where, units: body.slice(0, 16) };
    const sub = sections.find(
      (s) =>
        s.section.label.startsWith(`${where.section.label} › `) &&
        s.units.some((u) => u.list) &&
        headings.some((h) => headsTitle(s.own, h)),
    );
    if (sub && body[0]) return { where: sub, units: sub.units.filter((u) => u.list).slice(0, 12), lead: { where, unit: body[0] } };
  }
  // Asked as a list, a section titled with the aspect (⑭備考（関係する計画・決定）) is its whole list: its marked
  // list from the first item, or its whole text when it marks none.
  if (ask.listed && headed && headings.some((h) => headsTitle(where.own, h))) {
    // (A list of one or two items is the PDF's layout, not the section's list.)
    const first = where.units.findIndex((u) => u.list);
    const list = first >= 0 ? listAround(where.units, first) : [];
    if (list.length >= 3) return { where, units: list };
    return { where, units: where.units.filter((_u, i) => !where.titles.includes(where.match[i]!)).slice(0, 16) };
  }
  // A numbered line that opens with the section's own title (⑥必要性 地域産業が…) is the section's text, not an item.
  const opensSection = where.match[at]!.replace(/^[①-⑳0-9.()\s]+/u, "").startsWith(where.own);
  // In a section titled with the aspect (＜…＞の課題), its list is the answer from its first item.
  const family = where.units[at]!.list?.family;
  const firstListItem = where.units.findIndex((u) => u.list && u.list.family === family);
  // (Only where that list runs on to the chosen item: a long section holds several lists.)
  const sameList = firstListItem >= 0 && firstListItem < at && listAround(where.units, firstListItem).includes(where.units[at]!);
  const anchor = headed && sameList ? firstListItem : at;
  if (where.units[at]!.list && !opensSection) return { where, units: itemOrList(where, anchor, ask.words) };
  // A bare label of a diagram (知的クラスター 産業クラスター) in a section titled with the aspect says nothing:
  // the section's own list does.
  const firstItem = where.units.findIndex((u) => u.list);
  if (headed && firstItem >= 0 && !isProse(where.units[at]!)) return { where, units: listAround(where.units, firstItem) };
  const siblings = itemsOfParent(sections, where, headed && !headings.some((h) => headsTitle(where.own, h)));
  if (siblings) return siblings;
  // A section about the aspect reads on from the chosen sentence; a single sentence elsewhere takes the
  // explanation that follows it (→ …, (…)).
  const next = where.units[at + 1];
  // The explanation after it (→ …, (…)) or the next sentence of the same paragraph (…死の谷の克服を目指す。).
  const follows = next && !next.list && (/^[→(（]/u.test(next.shown) || (next.shown.length > 20 && /。$/.test(next.shown)));
  // A sentence that opens on what came before (このため, そのためには) needs that sentence to be read.
  const before = at > 0 && BACK_REFERENCE.test(where.units[at]!.shown) ? [where.units[at - 1]!] : [];
  if (!headed) return { where, units: [...before, where.units[at]!, ...(follows ? [next] : [])] };
  // A section that is only a heading (目指すべき方向性) says it in its subsections: the first one answers.
  const rest = where.units.slice(at, at + 4);
  const under = (s: UnitSection) => s.section.label.startsWith(`${where.section.label} › `) && firstProse(s.units) >= 0;
  const subs = rest.length > 1 || firstProse(where.units) >= 0 ? [] : sections.filter(under);
  // Several subsections (＜産学連携関連施策＞の課題 with four ➤ items): each is one item of the answer, its title and
  // first sentence, so the answer is the whole list, not its first item.
  if (subs.length > 1) return { where, units: subs.slice(0, 8).map((sub, i) => asItem(sub, i)) };
  const sub = subs[0];
  return sub ? { where: sub, units: sub.units.slice(0, 4) } : { where, units: rest };
}

/**
 * The whole list, unless the question's words point to one item far more than to any other (③ 産学官協働のための
 * 「場」の構築 among the plan's items): then that item and the lines that explain it.
 */
function itemOrList(where: UnitSection, at: number, words: string[]): Unit[] {
  const list = listAround(where.units, at);
  const share = (u: Unit) => (words.length ? words.filter((b) => where.match[u.index]!.includes(b)).length / words.length : 0);
  const shares = list.map(share).sort((a, b) => b - a);
  if (list.length < 2 || shares[0]! < MIN_TOPICAL || shares[0]! < 2 * (shares[1] ?? 0)) return list;
  // The item the question points to, and the lines that explain it.
  const start = list.reduce((best, u) => (share(u) > share(best) ? u : best), list[0]!).index;
  let end = start + 1;
  while (end < where.units.length && !where.units[end]!.list && end < start + 4) end++;
  return where.units.slice(start, end);
}

/**
 * Whether a title is headed by the word: at its start or after a non-kanji (＜…＞の課題, ⑧有効性, 効果の把握),
 * not inside a compound (研究開発終了課題 is a research task, not an issue).
 */
function headsTitle(title: string, word: string): boolean {
  for (let at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
    // 具体的連携施策: a word after 〜的 is a word of its own, not the tail of a longer name (産学官連携).
    if (at === 0 || !/\p{Script=Han}/u.test(title[at - 1]!) || title[at - 1] === "的") return true;
  }
  return false;
}

/** The first unit that is a sentence rather than a heading line. */
function firstProse(units: Unit[]): number {
  return units.findIndex(isProse);
}

const isProse = (u: Unit) => u.shown.length > 40 || /。$/.test(u.shown);

/**
 * A short subsection titled with the aspect only by its parent (＜産学連携関連施策＞の課題 › 組織的・戦略的な共同研究の
 *推進) is one of its parent's items: the answer is every item, each its title and first sentence.
 */
function itemsOfParent(sections: UnitSection[], where: UnitSection, titledByParent: boolean): Passage | undefined {
  const path = where.section.label.split(" › ");
  if (!titledByParent || path.length < 2 || where.units.length > 3) return undefined;
  const parent = path.slice(0, -1).join(" › ");
  const siblings = sections.filter(
    (s) =>
      s.document === where.document && s.section.label.startsWith(`${parent} › `) && s.section.label.split(" › ").length === path.length,
  );
  if (siblings.length < 2) return undefined;
  const home = sections.find((s) => s.document === where.document && s.section.label === parent) ?? where;
  return { where: home, units: siblings.slice(0, 8).map((sub, i) => asItem(sub, i)) };
}

/** A subsection as one list item: its title, then its first sentence (組織的・戦略的な共同研究の推進：…が必要). */
function asItem(sub: UnitSection, i: number): Unit {
  const first = sub.units[Math.max(0, firstProse(sub.units))]!;
  const title = sub.section.title.replace(/^[#\s➤]+/u, "");
  return { ...first, shown: `・${title}：${first.shown}`, list: { family: "bullet", number: i + 1 } };
}
