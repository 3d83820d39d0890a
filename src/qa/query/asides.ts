/**
 * Asides: a clause about the asker that comes before the question (「新人なんですが、」「急ぎなので、」).
 * It ends on a connective and a comma, and names nothing the documents hold: its words are chatter, never a
 * subject the documents lack.
 */
import type { Mention } from "../resolve-entities.js";

/**
 * The match text with each leading aside blanked (same length, so mention offsets stay valid).
 * @example blankAsides("新人なんですが、tlo法はいつ", ["ですが"], []) // "        tlo法はいつ"
 */
export function blankAsides(match: string, endings: string[], mentions: Mention[], yearTexts: string[]): string {
  let text = match;
  let from = 0;
  for (;;) {
    const end = findClauseEnd(text, endings, from);
    if (end < 0) return text;
    const clause = text.slice(from, end);
    const names = mentions.some((m) => m.start < end && m.end > from) || yearTexts.some((y) => clause.includes(y));
    // An aside names no subject and no year; a clause that does is part of the question.
    if (names) return text;
    text = text.slice(0, from) + " ".repeat(end - from) + text.slice(end);
    from = end;
  }
}

/** Where the first clause after `from` ends on one of the connectives followed by a comma, or -1. */
function findClauseEnd(text: string, endings: string[], from: number): number {
  const comma = /[、,，]/g;
  comma.lastIndex = from;
  const hit = comma.exec(text);
  if (!hit) return -1;
  const before = text.slice(from, hit.index);
  return endings.some((e) => before.endsWith(e)) ? hit.index + 1 : -1;
}
