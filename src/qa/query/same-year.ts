/**
 * A later part that asks of "the same year" (…と、同じ年の整備状況; …, and HQs in the same year?) asks the year
 * the part before it named: the words are replaced by that year as it was typed, so the part reads as asked alone.
 */
import { escapeRegExp } from "../match/mention.js";
import { parseFiscalYears } from "../fiscal-year.js";

const patterns = new WeakMap<string[], RegExp>();

/**
 * @example withSameYear(["2008年度の共同研究件数と、", "同じ年の整備状況"], ["同じ年"]) // [… , "2008年度の整備状況"]
 */
export function withSameYear(parts: string[], cues: string[]): string[] {
  let pattern = patterns.get(cues);
  if (!pattern) {
    // (Longest first: 同じ年度 before 同じ年, so no 度 is left behind.)
    const words = [...cues].sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = new RegExp(words.join("|"), "iu");
    patterns.set(cues, pattern);
  }
  let years: string[] = [];
  return parts.map((part) => {
    const own = parseFiscalYears(part.normalize("NFKC")).years.map((y) => y.text);
    if (own.length) {
      years = own;
      return part;
    }
    return years.length && pattern.test(part) ? part.replace(pattern, years.join("・")) : part;
  });
}
