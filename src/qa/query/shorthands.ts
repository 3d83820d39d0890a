/**
 * Shorthands people type in a hurry (大学発VB, 地域イノベ戦略P, 共研センター, univ startups), written out as the
 * documents write them before names are matched. The list is data (`shorthands` in knowledge/vocabulary.yaml).
 */
import { escapeRegExp } from "../match/mention.js";

type Compiled = Array<{ pattern: RegExp; long: string }>;
const cache = new WeakMap<object, Compiled>();

/**
 * The text with each shorthand written out; a shorthand that already begins its long form (コーディ of
 * コーディネーター) is left alone, as is one inside a name that holds it as written (`names`: S-イノベ), and a Latin one
 * only stands alone (VB, not a letter of a word; P after a name; no. of, not piano. of).
 * @example expandShorthands("大学発VBの数", { VB: "ベンチャー" }) // "大学発ベンチャーの数"
 */
export function expandShorthands(text: string, shorthands: Readonly<Record<string, string>>, names: readonly string[] = []): string {
  let out = text;
  // A name that holds the shorthand as written (S-イノベ) is that name, not the shorthand.
  const inName = (all: string, at: number) =>
    names.some((name) => {
      const [hay, n] = [all.toLowerCase(), name.toLowerCase()];
      for (let from = hay.indexOf(n); from >= 0; from = hay.indexOf(n, from + 1)) if (from <= at && at < from + n.length) return true;
      return false;
    });
  for (const { pattern, long } of compiled(shorthands))
    out = out.replace(pattern, (short: string, at: number, all: string) => (all.startsWith(long, at) || inName(all, at) ? short : long));
  return out;
}

/** Each shorthand's pattern, compiled once per vocabulary, longest first. */
function compiled(shorthands: Readonly<Record<string, string>>): Compiled {
  let out = cache.get(shorthands);
  if (out) return out;
  out = Object.entries(shorthands)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([short, long]) => {
      // Latin words (univ, no. of) stand alone: never letters of a longer word.
      const latin = /^[A-Za-z][A-Za-z.' ]*$/.test(short);
      // An all-capital one only as written (VB, PJ), a lower-case one in any case (univ), but a single letter (u)
      // only in lower case: a capital one is an initial (U.K.).
      const flags = latin && short !== short.toUpperCase() && short.length > 1 ? "giu" : "gu";
      const body = escapeRegExp(short);
      return { pattern: new RegExp(latin ? `(?<![A-Za-z])${body}(?![A-Za-z])` : body, flags), long };
    });
  cache.set(shorthands, out);
  return out;
}
