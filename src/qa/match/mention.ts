/**
 * What every entity matcher shares: the mention type, and the parts of the question still unmatched.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";

export type Mention = {
  entity: Entity;
  start: number;
  end: number;
  score: number;
  how: "alias" | "partial" | "typo";
  text: string;
  alternatives?: Entity[];
  /** Entities the typed piece fits exactly as well as `entity` (支援機関数 → two indicators): a question to ask back. */
  close?: Entity[];
};
export type EntityMatcher = { find(matchText: string, casedText?: string): Mention[] };
export type Name = { name: string; entity: Entity };

/** Pieces shorter than this are too common to identify an entity on their own. */
export const MIN_PARTIAL = 4;
/** Names are matched partially only within runs of kanji and katakana, never across particles or digits. */
export const NAME_RUN = /[\p{Script=Han}\p{Script=Katakana}ー・]+/gu;

/** Longest matches win; a match inside a longer one is dropped; one mention per entity. */
export function keepLongest(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.start < k.end && m.end > k.start)) continue;
    if (kept.some((k) => k.entity.id === m.entity.id)) continue;
    kept.push(m);
  }
  return kept;
}

export function uncovered(text: string, taken: Mention[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of [...taken].sort((a, b) => a.start - b.start)) {
    if (m.start > start) spans.push([start, m.start]);
    start = Math.max(start, m.end);
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Two-character pieces of a text. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** Escapes a name for use in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Two guessed pieces of one entity's name typed with only a particle between them (産連本部の整備状況) are one
 * mention of it, spanning both: read apart, the one that is also a question word would drop the other.
 * @example joinPieces(text, [piece("産連本部"), piece("整備状況")])[0].text // "産連本部の整備状況"
 */
export function joinPieces(text: string, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    const gap = last ? text.slice(last.end, m.start) : "";
    if (last && m.start >= last.end && last.entity === m.entity && last.how !== "alias" && m.how !== "alias" && /^[のとや]?$/u.test(gap)) {
      out[out.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end), score: Math.max(last.score, m.score) };
    } else out.push(m);
  }
  return out;
}

/**
 * The text with each mention's span blanked (same length, so other offsets stay valid): what a question says
 * besides the names it uses.
 * @example blankMentions("知的クラスターの予算", [{ start: 0, end: 7 }]) // "       の予算"
 */
export function blankMentions(text: string, mentions: ReadonlyArray<Pick<Mention, "start" | "end">>): string {
  return mentions.reduce((t, m) => t.slice(0, m.start) + " ".repeat(m.end - m.start) + t.slice(m.end), text);
}
