/**
 * The passage about what a question asks when it names no known subject (大学と企業のギャップはどう埋める？):
 * the few sentences or list items that hold the question's content words, weighted by how rare each word is
 * in the documents, so that 地域 or 大学 count little and ギャップ counts much.
 */
import type { Query } from "../understand-question.js";
import type { Deps, Draft } from "../answer-kit.js";
import { passageDraft } from "./answer-aspect.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import { sectionUnits, type UnitSection } from "./section-units.js";
import type { Passage } from "./by-aspect.js";
import { wordSegments } from "../../search/word-segments.js";
import { inCorpus } from "../query/in-corpus.js";

/** The share of the question's weighted content words a passage must hold to answer it. */
export const MIN_TOPIC_COVERAGE = 0.75;

/** How many units, from the one that starts it, a passage may span: an item and the lines that explain it. */
const SPAN = 3;

/** How many units of a section asked as a whole are shown (a list of five issues with their notes). */
const WHOLE = 10;

export type TopicAsk = { known: string[]; unknown: string[] };
export type TopicPassage = Passage & { coverage: number };

/** A word worth looking for: two or more kanji, katakana or Latin letters (not grammar in hiragana). */
const CONTENT = /[\p{Script=Han}\p{Script=Katakana}ーa-z0-9]{2,}/gu;

/**
 * The question's content words, split into those the documents use and those they never do: its words of two
 * or more kanji, katakana or letters, names included, without stop words, fillers and years.
 * @example topicWords(understand("大学と企業のギャップ、どう埋める？"), deps).known // ["大学", "企業", "ギャップ"]
 */
export function topicWords(query: Query, deps: Deps): TopicAsk {
  const { lexicon } = deps;
  const skip = new Set([...lexicon.stopwords, ...lexicon.fillers, ...lexicon.asides].map((w) => w.normalize("NFKC").toLowerCase()));
  let text = query.match;
  for (const y of query.years.years) text = text.split(y.text.toLowerCase().replace(/\s/g, "")).join(" ");
  // (A name said as where it is written, 事後評価書に載ってる, is no word of the passage asked.)
  for (const place of query.places) text = text.split(place).join(" ");
  const pieces = mergeKatakana([...wordSegments(text)].map((s) => s.segment))
    .filter((w) => !skip.has(w))
    .flatMap((w) => w.match(CONTENT) ?? [])
    .filter((w) => !/^[0-9]+$/.test(w));
  const words = [...new Set(pieces.map((w) => normalizeForMatch(w, deps.kb.vocabulary.variants).toLowerCase()))];
  const inText = (w: string) => inCorpus(deps.corpus, w);
  return { known: words.filter(inText), unknown: words.filter((w) => !inText(w)) };
}

/** The segmenter cuts some katakana words (クラスター → クラス, ター): adjacent katakana pieces are one word. */
function mergeKatakana(segments: string[]): string[] {
  const out: string[] = [];
  const katakana = /^[\p{Script=Katakana}ー]+$/u;
  for (const s of segments) {
    const last = out.at(-1);
    if (last && katakana.test(last) && katakana.test(s)) out[out.length - 1] = last + s;
    else out.push(s);
  }
  return out;
}

const weightCache = new WeakMap<UnitSection[], Map<string, number>>();

/** How rare a word is among all units: a word in every other sentence tells little about where the answer is. */
function weightOf(sections: UnitSection[], word: string): number {
  let cache = weightCache.get(sections);
  if (!cache) weightCache.set(sections, (cache = new Map()));
  const known = cache.get(word);
  if (known !== undefined) return known;
  let total = 0;
  let holding = 0;
  for (const s of sections)
    for (const text of s.match) {
      total++;
      if (text.includes(word)) holding++;
    }
  const weight = Math.max(0.3, Math.log((total + 1) / (holding + 1)));
  cache.set(word, weight);
  return weight;
}

/**
 * The units that hold most of the weighted words, with their share; undefined when no passage holds at least
 * two of them. A word in the section's headings counts half.
 * @example findTopicPassage(sectionUnits(kb), ["大学", "企業", "ギャップ"])?.units[0].shown // "④大学の「研究」と企業の「開発」のギャップへの対応"
 */
export function findTopicPassage(sections: UnitSection[], words: string[]): TopicPassage | undefined {
  if (words.length < 2) return undefined;
  // A section whose headings hold every word (…施策の課題) is what is asked: the section from its start.
  const headed = sections
    .filter((s) => s.units.length > 1 && words.every((w) => s.context.includes(w)))
    .sort((a, b) => a.context.length - b.context.length)[0];
  if (headed) return { where: headed, units: headed.units.slice(0, WHOLE), coverage: 1 };
  const weights = words.map((w) => weightOf(sections, w));
  const whole = weights.reduce((a, b) => a + b, 0);
  let best: { score: number; own: number; where: UnitSection; at: number } | undefined;
  for (const where of sections) {
    where.match.forEach((_text, at) => {
      const span = where.match.slice(at, at + SPAN);
      let score = 0;
      let own = 0;
      let inText = 0;
      words.forEach((w, i) => {
        // A short label line (＜地域科学技術関係施策＞) is a heading: its words count as the headings' do.
        const hit = span.some((t) => t.includes(w) && !isLabel(where, t))
          ? 1
          : where.context.includes(w) || span.some((t) => t.includes(w))
            ? 0.5
            : 0;
        score += hit * weights[i]!;
        if (where.match[at]!.includes(w) && !isLabel(where, where.match[at]!)) own += weights[i]!;
        if (hit === 1) inText++;
      });
      // The passage starts where the words are: a span whose first unit holds none of them starts later.
      if (own === 0 || inText < 2) return;
      if (!best || score > best.score + 1e-9 || (Math.abs(score - best.score) < 1e-9 && own > best.own)) best = { score, own, where, at };
    });
  }
  if (!best) return undefined;
  const { where, at } = best;
  return { where, units: where.units.slice(at, spanEnd(where, at, words)), coverage: best.score / whole };
}

/** A line that repeats the section's heading (＜地域科学技術関係施策＞ under ＜地域科学技術関係施策＞の課題). */
const isLabel = (where: UnitSection, text: string) => text.length <= 30 && where.context.includes(text.replace(/[＜＞<>【】]/gu, ""));

/**
 * Where the passage ends: a list item runs on through the lines that explain it (→ …); otherwise the span runs
 * to the last unit that holds a word the units before it lack.
 */
function spanEnd(where: UnitSection, at: number, words: string[]): number {
  const units = where.units;
  if (units[at]!.list) {
    let end = at + 1;
    while (end < units.length && end < at + SPAN && !units[end]!.list) end++;
    return end;
  }
  // A label over a numbered list (知的創造による地域産学官連携強化プログラム, then (1) (2)): the label and its list.
  const next = units[at + 1];
  if (next?.list?.number === 1 && units[at]!.shown.length <= 40 && !/。$/.test(units[at]!.shown)) {
    let end = at + 2;
    while (end < units.length && units[end]!.list?.family === next.list.family && units[end]!.list!.number! > 1) end++;
    return end;
  }
  let end = at + 1;
  const held = new Set(words.filter((w) => where.match[at]!.includes(w)));
  for (let i = at + 1; i < Math.min(at + SPAN, units.length); i++) {
    const more = words.filter((w) => where.match[i]!.includes(w) && !held.has(w));
    more.forEach((w) => held.add(w));
    if (more.length) end = i + 1;
  }
  return end;
}

/**
 * The topic passage for a question, when one holds most of what it asks.
 * @example answeringPassage(understand("大学と企業のギャップ、どう埋める？"), deps)?.where.document.file // "h20-chiiki-innovation.txt"
 */
export function answeringPassage(query: Query, deps: Deps): TopicPassage | undefined {
  const { known, unknown } = topicWords(query, deps);
  // Words the documents never use may be how the asker puts it (範囲, 手当て), but not most of the question,
  // and never part of a longer word: 東京 of 東京大学 is a name the documents do not have.
  if (unknown.length * 2 > known.length || query.organizations.length > 0) return undefined;
  const runs = query.match.match(CONTENT) ?? [];
  if (unknown.some((w) => runs.some((r) => r.includes(w) && r !== w))) return undefined;
  // Beside words of the asker's own, the passage must hold something asked beyond the subject's name: in
  // 知的財産本部は誰がトップを担う想定？ nothing but the name is, and any passage naming it would be a guess.
  const names = query.mentions.map((m) => m.text);
  if (unknown.length > 0 && known.every((w) => names.some((n) => n.includes(w)))) return undefined;
  const found = findTopicPassage(sectionUnits(deps.kb), known);
  return found && found.coverage >= MIN_TOPIC_COVERAGE ? found : undefined;
}

/**
 * A topic passage as the answer: the units quoted and cited verbatim.
 * @example answerTopic(query, deps, found).summary // "資料の該当箇所です。 [1]"
 */
export function answerTopic(query: Query, deps: Deps, found: TopicPassage): Draft {
  return passageDraft(query, found, undefined);
}

/**
 * Whether the question writes out something the documents name at length (地域産学官連携強化プログラム,
 * 産学連携等実施状況調査): a run of ten kanji or katakana or more found verbatim in them. Such a question asks about
 * that thing even when it is no entity; a short generic one (達成目標って何) does not.
 * @example namesDocumentPhrase(understand("知的創造による地域産学官連携強化プログラムの事業は？"), deps) // true
 */
export function namesDocumentPhrase(query: Query, deps: Deps): boolean {
  return (query.match.match(/[\p{Script=Han}\p{Script=Katakana}ー]{10,}/gu) ?? []).some((run) => inCorpus(deps.corpus, run));
}
