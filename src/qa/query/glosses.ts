/**
 * The asker's own words for a name they then give in brackets (地域の研究のまとまり(知的クラスターってやつ)の予算):
 * the words before the brackets describe the name, so they ask nothing of their own and are no part of the
 * leftover that decides between a figure and a passage.
 */
import type { Mention } from "../resolve-entities.js";

/** Where a gloss starts: after a mark, a space, or the name or year before it. */
const BOUNDARY = /[、。,.!?！？:：\s]/u;

/**
 * The match text with each gloss blanked (same length, so mention offsets stay valid). The brackets must hold a
 * name and nothing else but kana (ってやつ, のこと).
 * @example blankGlosses("地域の研究のまとまり(知的クラスターってやつ)の予算", [exact("知的クラスター", 11)]) // "          (知的クラスターってやつ)の予算"
 */
export function blankGlosses(match: string, mentions: Mention[], yearTexts: string[]): string {
  let text = match;
  for (const m of mentions) {
    const open = m.start - 1;
    const close = /^[\p{Script=Hiragana}ー]*[)）]/u.exec(match.slice(m.end));
    if (!close || !/[(（]/u.test(match[open] ?? "")) continue;
    let from = open;
    while (from > 0 && !BOUNDARY.test(match[from - 1]!) && !mentions.some((o) => o.end === from)) from--;
    // A year right before the gloss places the question: it stays.
    const gloss = match.slice(from, open);
    const year = yearTexts.find((y) => gloss.startsWith(y));
    if (year) from += year.length;
    if (open - from >= 2) text = text.slice(0, from) + " ".repeat(open - from) + text.slice(open);
  }
  return text;
}
