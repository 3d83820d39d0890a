/**
 * Turns what a person typed in Slack into text the matcher can work with: Slack markup removed,
 * NFKC (full-width → half-width), OCR variants folded, kanji numerals before counters converted.
 */
import { normalizeKanjiNumerals } from "./kanji-numerals.js";
import type { VariantMap } from "../knowledge/normalize-text.js";

/** Questions longer than this are not parsed: a pasted wall of text is not a question. */
export const MAX_QUESTION_LENGTH = 1000;

/**
 * Removes Slack markup: mentions, broadcasts and channel references vanish; links keep their label (or URL).
 * @example stripSlackMarkup("<@U123> <!channel> 予算 <https://x.jp|資料>") // "  予算 資料"
 */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, " ")
    .replace(/<#[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, "$1")
    .replace(/<((?:https?|mailto):[^>]*)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Normalizes a question for matching; keeps spaces (single) because English words need them.
 * @example normalizeQuestion("<@U1> 平成二十三年度の　共同研究件数？", {}) // "平成23年度の 共同研究件数?"
 */
export function normalizeQuestion(text: string, variants: VariantMap): string {
  const plain = stripSlackMarkup(text).normalize("NFKC");
  const folded = [...plain].map((c) => variants[c] ?? c).join("");
  return normalizeKanjiNumerals(folded)
    .replace(/[\u200B-\u200D\uFE0F]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the text has something to ask about (letters, kana or kanji), not only punctuation or emoji. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/:[a-z0-9_+-]+:/g, ""));
}
