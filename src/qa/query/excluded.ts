/**
 * What a question sets aside (試行地域を除くと何地域, excluding trial regions, 試行以外): the words of the thing set
 * aside name no scope and choose no reading. They are blanked (same length, so offsets stay valid) unless they
 * hold a name the documents use exactly: a subject set aside is left for the readings that compare subjects.
 */

import { escapeRegExp } from "../match/mention.js";

export type ExclusionCues = { after: string[]; before: string[] };

const NOUN_RUN = "[\\p{Script=Han}\\p{Script=Katakana}ー]+";

/** A cue list's pattern, made once per list (the lexicon's lists; asked on every question). */
const patterns = new WeakMap<string[], RegExp>();
function patternOf(list: string[], make: (cues: string) => string, flags: string): RegExp | undefined {
  if (list.length === 0) return undefined;
  let pattern = patterns.get(list);
  if (!pattern) patterns.set(list, (pattern = new RegExp(make(list.map(escapeRegExp).join("|")), flags)));
  return pattern;
}

/**
 * The text with each phrase it sets aside, and the word that sets it aside, blanked; and those phrases.
 * @example blankExcluded("試行地域を除くと何地域", { after: ["を除く"], before: [] }, () => false).text // "       と何地域"
 * @example blankExcluded("regions excluding trial regions", { after: [], before: ["excluding"] }, () => false).phrases // ["trial regions"]
 */
export function blankExcluded(text: string, cues: ExclusionCues, named: (phrase: string) => boolean): { text: string; phrases: string[] } {
  const phrases: string[] = [];
  let out = text;
  // Japanese sets aside the noun before the word (試行地域を除く, 試行以外の); English up to three words after it, to
  // a comma or bracket (excluding the trial regions).
  const after = patternOf(cues.after, (c) => `(${NOUN_RUN})(?:${c})`, "gu");
  const before = patternOf(cues.before, (c) => `\\b(?:${c})\\s+([a-z][a-z'-]*(?:\\s+[a-z][a-z'-]*){0,2})`, "giu");
  for (const pattern of [after, before].filter((p): p is RegExp => p !== undefined))
    out = out.replace(pattern, (whole: string, phrase: string) => {
      if (named(phrase)) return whole;
      phrases.push(phrase);
      return " ".repeat(whole.length);
    });
  return { text: out, phrases };
}
