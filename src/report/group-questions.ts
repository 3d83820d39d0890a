/**
 * Questions the bot could not answer, grouped by their words so the owner sees which topic is missing, not
 * each wording: 「2011年の共同研究件数は？」 and 「共同研究の件数は2011年」 are one group. Words come from the
 * runtime's word segmenter (ICU; Japanese included); particles and question words are dropped, the order ignored.
 */
import { stripSlackMarkup } from "../qa/normalize-question.js";

export type QuestionGroup = {
  /** The words the group shares, sorted: its key. */
  words: string[];
  /** The wording asked most often (the first one on a tie). */
  example: string;
  count: number;
};

// Words that say how something is asked, not what: without them 「予算は？」 and 「予算はいくら」 group together.
const STOP_WORDS = new Set([
  "は",
  "が",
  "の",
  "を",
  "に",
  "で",
  "と",
  "も",
  "へ",
  "や",
  "か",
  "ね",
  "よ",
  "て",
  "です",
  "ます",
  "ですか",
  "ますか",
  "でしょう",
  "ください",
  "教え",
  "知り",
  "たい",
  "何",
  "なに",
  "いくら",
  "いくつ",
  "どれ",
  "どの",
  "どう",
  "どこ",
  "いつ",
  "だれ",
  "誰",
  "について",
  "とは",
  "the",
  "a",
  "an",
  "of",
  "in",
  "on",
  "for",
  "to",
  "is",
  "are",
  "was",
  "were",
  "what",
  "how",
  "much",
  "many",
  "which",
  "when",
  "who",
  "tell",
  "me",
  "about",
  "please",
]);

const segmenter = new Intl.Segmenter("ja", { granularity: "word" });

/**
 * The words of a question that say what it is about, sorted and without repeats.
 * @example wordsOf("2011年の共同研究件数は？") // ["2011", "件数", "共同", "年", "研究"]
 */
export function wordsOf(question: string): string[] {
  const text = stripSlackMarkup(question).normalize("NFKC").toLowerCase();
  const words = [...segmenter.segment(text)].filter((s) => s.isWordLike && !STOP_WORDS.has(s.segment)).map((s) => s.segment);
  return [...new Set(words)].sort();
}

/**
 * Groups questions sharing the same words; the largest groups first.
 * @example groupQuestions(["予算は？", "予算はいくら"]) // [{ words: ["予算"], example: "予算は？", count: 2 }]
 */
export function groupQuestions(questions: readonly string[]): QuestionGroup[] {
  const groups = new Map<string, { words: string[]; wordings: Map<string, number>; count: number }>();
  for (const question of questions) {
    const words = wordsOf(question);
    const key = words.length ? words.join(" ") : question.trim();
    const group = groups.get(key) ?? { words, wordings: new Map<string, number>(), count: 0 };
    group.count += 1;
    group.wordings.set(question.trim(), (group.wordings.get(question.trim()) ?? 0) + 1);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ words: g.words, example: mostFrequent(g.wordings), count: g.count }))
    .sort((a, b) => b.count - a.count);
}

function mostFrequent(wordings: Map<string, number>): string {
  let best: [string, number] = ["", 0];
  for (const entry of wordings) if (entry[1] > best[1]) best = entry;
  return best[0];
}
