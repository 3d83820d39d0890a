/**
 * Turns what a person typed in Slack into text the matcher can work with: Slack markup removed,
 * NFKC (full-width → half-width), OCR variants folded, kanji numerals before counters converted.
 */
import { normalizeKanjiNumerals } from "./kanji-numerals.js";
import type { VariantMap } from "../knowledge/normalize-text.js";

/** Questions longer than this are not parsed: a pasted wall of text is not a question. */
export const MAX_QUESTION_LENGTH = 1000;

/**
 * Removes Slack markup: mentions, broadcasts and channel references vanish; links keep their label (or URL);
 * formatting around words (*bold*, _italic_, `code`), a quote's > and a bullet at a line's start, and emoji
 * shortcodes (:pray:) are dropped, their words kept.
 * @example stripSlackMarkup("<@U123> <!channel> 予算 <https://x.jp|資料>") // "  予算 資料"
 * @example stripSlackMarkup("> *知的クラスター* の予算 :pray:") // "知的クラスター の予算  "
 */
export function stripSlackMarkup(text: string): string {
  return (
    withoutQuotedReply(text)
      .replace(/<[@!][^>]*>/g, " ")
      .replace(/<#[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
      .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, "$1")
      .replace(/<((?:https?|mailto):[^>]*)>/g, "$1")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      // (Formatting, not words: a * or _ pair around words, backticks, a line's quote mark or bullet, :emoji:.)
      .replace(/\*([^*\n]{1,200})\*/g, "$1")
      .replace(/(^|[\s(])_([^_\n]{1,200})_(?=$|[\s)\p{P}])/gmu, "$1$2")
      .replace(/`{1,3}([^`]*)`{1,3}/g, "$1")
      .replace(/^[ \t]*(?:>|[-•・*])[ \t]+/gm, "")
      .replace(/:[a-z0-9_+-]{2,40}:/g, " ")
  );
}

/** A line Slack shows as a quote (> …; &gt; as the Events API sends it). */
const QUOTED_LINE = /^[ \t]*(?:>|&gt;)/;

/**
 * A message that quotes an earlier one and adds lines of its own (> 技術移転の評判どうなの, then the question) asks
 * in its own lines: the quote is what it replies to. A message that is all quote asks what it quotes.
 * @example withoutQuotedReply("> 評判どうなの\n有効回答率の推移は？") // "有効回答率の推移は？"
 */
function withoutQuotedReply(text: string): string {
  const lines = text.split("\n");
  const own = lines.filter((l) => !QUOTED_LINE.test(l) && l.trim());
  return own.length && own.length < lines.filter((l) => l.trim()).length ? own.join("\n") : text;
}

/**
 * Normalizes a question for matching; keeps spaces (single) because English words need them.
 * @example normalizeQuestion("<@U1> 平成二十三年度の　共同研究件数？", {}) // "平成23年度の 共同研究件数?"
 */
export function normalizeQuestion(text: string, variants: VariantMap): string {
  const plain = stripSlackMarkup(text).normalize("NFKC");
  const folded = foldVariants(plain, variants);
  return unquoteWords(normalizeKanjiNumerals(folded))
    .replace(/[\u200B-\u200D\uFE0F]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Quote marks around words ('super' … HQ, "IP Strategic Program 2004") mark how the asker heard a name, not a
 * word of it: they are dropped, so a name quoted in part still reads as one. An apostrophe inside a word (MEXT's)
 * stays; Japanese brackets (「」) say what is defined and stay too.
 * @example unquoteWords("what is a 'super' UIC HQ?") // "what is a super UIC HQ?"
 */
export function unquoteWords(text: string): string {
  return text.replace(/(^|[\s(/])['"‘“]([^'"‘’“”]{1,80}?)['"’”](?=$|[\s)/,.?!:;])/gu, "$1$2");
}

const variantPatterns = new WeakMap<VariantMap, RegExp | null>();

/**
 * Each character that has a variant replaced by it. When every variant is one character (as in vocabulary.yaml),
 * one pattern of them all, made once per map, finds them: most questions have none, and the question is not
 * split into characters to find that out.
 */
function foldVariants(text: string, variants: VariantMap): string {
  let pattern = variantPatterns.get(variants);
  if (pattern === undefined) {
    const keys = Object.keys(variants);
    const single = keys.length > 0 && keys.every((k) => [...k].length === 1);
    pattern = single ? new RegExp(`[${keys.map((k) => `\\u{${k.codePointAt(0)!.toString(16)}}`).join("")}]`, "gu") : null;
    variantPatterns.set(variants, pattern);
  }
  if (pattern) return text.replace(pattern, (c) => variants[c]!);
  return Object.keys(variants).length === 0 ? text : [...text].map((c) => variants[c] ?? c).join("");
}

/** True when the text has something to ask about (letters, kana or kanji), not only punctuation or emoji. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/:[a-z0-9_+-]+:/g, ""));
}
