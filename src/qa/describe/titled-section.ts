/**
 * A description asked of something a section's title names in the question's own words (地域科学技術施策の課題,
 * 産学連携関連施策で今後何が必要): that section, read from its start. The subject words are what the question says
 * beside the asked aspects; every one of them must be in the section's own title, and the section must be about
 * an asked aspect (a heading word of it, or its markers in the text). A title over subsections only (＜産学連携関連
 * 施策＞の課題 over four topics) is answered by its subsections, each cited.
 */
import type { Query } from "../understand-question.js";
import { say, type Deps, type Draft } from "../answer-kit.js";
import { detectAspect } from "../query/aspect.js";
import { sectionUnits, type UnitSection } from "./section-units.js";
import { topicWords } from "./topic-passage.js";
import { askFor, asDocumentsWrite, passageDraft } from "./answer-aspect.js";
import { findAspectPassage } from "./by-aspect.js";
import { inJapanese } from "../query/in-japanese.js";
import { citeUnits, joinProse, shownLines, isList } from "./render-passage.js";

/** A guessed name this unsure (two glossed pieces of a longer name) does not name a subject for a title's search. */
const LOOSE = 0.75;

/** How many units of a section are shown: a list of five issues with the lines that explain them. */
const WHOLE = 10;

/**
 * The sections the question names by a title: one with text, or the subsections of a title with none.
 * @example titledSections(understand("2008年ごろの地域科学技術施策の課題は？"), deps)[0]?.section.title // "＜地域科学技術関係施策＞の課題"
 */
export function titledSections(question: Query, deps: Deps): UnitSection[] {
  // An English question naming nothing the documents name exactly (regional cluster formation) is read in their words.
  // (Or names it only by a loose guess, METI … clusters read as METI's cluster plan; a sure one, knowledge clusters,
  // names its subject.)
  const loose = question.mentions.every((m) => m.how !== "alias" && m.score <= LOOSE);
  const read = question.lang === "en" && loose ? asJapanese(question, deps) : question;
  // (A Latin word in the documents' words: METIとの連携策 is 経済産業省との連携施策's.)
  const written = asDocumentsWrite(deps, read.match, true);
  const query = written === read.match ? read : { ...read, match: written };
  const aspectId = detectAspect(query.match, deps.lexicon);
  if (!aspectId || deps.lexicon.aspects[aspectId]!.weak) return [];
  // Every aspect the question words (今後…必要とされてる: direction and need) says how it asks, not what of.
  const norm = (w: string) => w.normalize("NFKC").toLowerCase();
  const asked = Object.values(deps.lexicon.aspects).filter((a) => !a.weak && a.cues.some((c) => query.match.includes(norm(c))));
  const ofAspect = asked.flatMap((a) => [...a.cues, ...a.headings, ...a.markers]).map(norm);
  const { known, unknown } = topicWords(query, deps);
  // (A word the documents never use, 宇宙 of 宇宙開発施策, names something no title can.)
  const subject = known.filter((w) => !ofAspect.some((a) => a.includes(w) || w.includes(a)));
  // (整理 of 整理されてる is the asker's phrasing, a stop word's piece.)
  const phrasing = deps.lexicon.stopwords.map(norm).filter((sw) => query.match.includes(sw));
  const ownWord = (w: string) => !ofAspect.some((a) => a.includes(w)) && !phrasing.some((sw) => sw.includes(w));
  if (subject.length < 2 || unknown.some(ownWord)) return [];
  const headings = asked.flatMap((a) => a.headings).map(norm);
  const markers = asked.flatMap((a) => a.markers).map(norm);
  const sections = sectionUnits(deps.kb);
  const under = (s: UnitSection) => sections.filter((c) => c.document === s.document && c.titles[1] === s.own && c.units.length > 1);
  // About the aspect: titled with a heading word of it, or most of its units state it.
  const marked = (s: UnitSection) => s.match.filter((t) => markers.some((m) => t.includes(m))).length;
  const about = (s: UnitSection) => headings.some((h) => s.context.includes(h)) || marked(s) * 2 >= s.match.length;
  // In a section titled with the aspect, a word of the subject may stand in its opening lines instead
  // (① クラスター形成等に向けては… under ＜地域科学技術関係施策＞の課題, after a label line), but not all of them.
  const opening = (s: UnitSection) => s.match.slice(0, 2).join(" ");
  const headed = (s: UnitSection) => headings.some((h) => s.context.includes(h));
  // (Or, in such a section, the subject's words written together in its opening lines: ① クラスター形成等に向けては
  // under ＜地域科学技術関係施策＞の課題 answers クラスター形成の課題.)
  const named = (s: UnitSection) =>
    subject.every((w) => s.own.includes(w)) ||
    (headed(s) && subject.every((w) => s.own.includes(w) || opening(s).includes(w)) && subject.some((w) => s.own.includes(w))) ||
    (headed(s) && opening(s).includes(subject.join("")));
  const titled = sections
    .filter(named)
    .map((s) => ({ title: s.own, context: s.context, group: s.units.length > 1 ? [s] : under(s) }))
    .filter(({ group }) => group.length > 0 && group.some(about))
    // The title that shares the longest stretch with the question (産学連携関連施策, not 産学官連携施策の経緯).
    // A section titled with the aspect (…の課題) first.
    .map((t) => ({ ...t, headed: headings.some((h) => t.context.includes(h)) ? 1 : 0, shared: longestShared(query.match, t.title) }))
    .sort((a, b) => b.headed - a.headed || b.shared - a.shared || a.context.length - b.context.length);
  return titled[0]?.group ?? [];
}

/** An English question as the documents would word it (地域のクラスターの形成の課題), to read their titles. */
function asJapanese(query: Query, deps: Deps): Query {
  const text = inJapanese(query.text, deps.kb.vocabulary.glossary, deps.lexicon);
  return { ...query, text, match: text, lang: "ja" };
}

/** The length of the longest stretch two texts share. */
function longestShared(a: string, b: string): number {
  let best = 0;
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (next[j] = row[j - 1]! + 1));
    row = next;
  }
  return best;
}

/**
 * The sections as an answer: one section's units quoted, or each subsection's under its title, each cited.
 * @example answerTitled(query, deps, sections).citations.length // 4 for a title over four subsections
 */
export function answerTitled(query: Query, deps: Deps, sections: UnitSection[]): Draft {
  if (sections.length === 1) {
    // The section as the aspect's own passage (its list from the first item, the label line left out), when it is one.
    const aspectId = detectAspect(query.match, deps.lexicon);
    const listed = aspectId ? findAspectPassage(sections, askFor(query, deps, undefined, aspectId)) : undefined;
    return passageDraft(query, listed ?? { where: sections[0]!, units: sections[0]!.units.slice(0, WHOLE) }, undefined);
  }
  const lines = sections.flatMap((s, i) => {
    const shown = shownLines(s.units, s.section.title);
    const body = isList(s.units) ? shown : [joinProse(shown)];
    // (Each subsection's text opens with its own heading: ➤組織的・戦略的な共同研究の推進 …)
    return body.map((line, k) => (k === 0 ? `・${line} [${i + 1}]` : line));
  });
  return {
    status: "answered",
    summary: say(query.lang, "資料の該当箇所です。", "The passages of the documents on that:"),
    lines,
    citations: sections.map((s) => citeUnits(s, s.units)),
    topic: { intent: "describe" },
  };
}
