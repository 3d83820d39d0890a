/**
 * What a question sets aside (試行地域を除くと何地域, excluding trial regions, 試行以外): the words of the thing set
 * aside name no scope and choose no reading. They are blanked (same length, so offsets stay valid) unless they
 * hold a name the documents use exactly: a subject set aside is left for the readings that compare subjects.
 */

export type ExclusionCues = { after: string[]; before: string[] };

const NOUN_RUN = "[\\p{Script=Han}\\p{Script=Katakana}ー]+";

/**
 * The text with each phrase it sets aside, and the word that sets it aside, blanked; and those phrases.
 * @example blankExcluded("試行地域を除くと何地域", { after: ["を除く"], before: [] }, () => false).text // "       と何地域"
 * @example blankExcluded("regions excluding trial regions", { after: [], before: ["excluding"] }, () => false).phrases // ["trial regions"]
 */
export function blankExcluded(text: string, cues: ExclusionCues, named: (phrase: string) => boolean): { text: string; phrases: string[] } {
  const phrases: string[] = [];
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const blank = (t: string, re: RegExp, phraseOf: (m: RegExpExecArray) => string) =>
    t.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      if (named(phraseOf(m))) return m[0];
      phrases.push(phraseOf(m));
      return " ".repeat(m[0].length);
    });
  let out = text;
  // Japanese sets aside the noun before the word (試行地域を除く, 試行以外の).
  if (cues.after.length) {
    const after = new RegExp(`(${NOUN_RUN})(?:${cues.after.map(escape).join("|")})`, "gu");
    out = blank(out, after, (m) => m[1]!);
  }
  // English sets aside up to three words after it, to a comma or bracket (excluding the trial regions).
  if (cues.before.length) {
    const before = new RegExp(`\\b(?:${cues.before.map(escape).join("|")})\\s+((?:[a-z][a-z'-]*)(?:\\s+[a-z][a-z'-]*){0,2})`, "giu");
    out = blank(out, before, (m) => m[1]!);
  }
  return { text: out, phrases };
}
