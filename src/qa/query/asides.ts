/**
 * Asides: a clause about the asker that comes before the question (「新人なんですが、」「急ぎなので、」).
 * It ends on a connective and a comma, and names nothing the documents hold: its words are chatter, never a
 * subject the documents lack.
 */
import type { Mention } from "../resolve-entities.js";

const MAX_ASIDE = 24;

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

/** Where the first clause after `from` ends on one of the connectives and a comma, a space or a laugh (笑, www), or -1. */
function findClauseEnd(text: string, endings: string[], from: number): number {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A clause ends on a connective or a sentence's end (焦ってます…, 新人です。) and a mark that closes it.
  // (Or an emoji the asker closes it with: すみません🙇)
  const end = new RegExp(
    `(?:${endings.map(escape).join("|")})(?:(?:笑|[wｗ]+)[、,，\\s]?|[、,，。!！]|…+|\\.{3}|\\s|\\p{Extended_Pictographic}+\\s?)`,
    "gu",
  );
  end.lastIndex = from;
  const hit = end.exec(text);
  // An aside is short (えーと、ちょっと確認なんですが); a long clause before a connective is part of the question.
  if (!hit || hit.index - from > MAX_ASIDE) return -1;
  return hit.index + hit[0].length;
}
