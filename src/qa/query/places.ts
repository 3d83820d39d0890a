/**
 * Countries a question names (日本, アメリカ, 米英, the US and the UK): the documents give some figures per
 * country (海外大学発ベンチャー設立件数: アメリカ, イギリス), so a country is a scope a figure can be asked for.
 * The words are data (`places` and `placeInitials` in intents/lexicon.yaml).
 */
import type { Lexicon } from "../intent-schema.js";
import { escapeRegExp } from "../match/mention.js";

/**
 * The places named, each once, in the order the question names them. Initials count only in a run of two or
 * more (日米英, 米英): a lone 米 or 英 is as often part of another word (英語, 米国産).
 * @example findPlaces("日本の大学発ベンチャー数を米英と比べる", lexicon) // ["日本", "アメリカ", "イギリス"]
 */
export function findPlaces(text: string, lexicon: Pick<Lexicon, "places" | "placeInitials">): string[] {
  const found: Array<{ place: string; at: number }> = [];
  const { words, initials } = compiled(lexicon);
  for (const { place, pattern } of words) {
    const hit = pattern.exec(text);
    if (hit) found.push({ place, at: hit.index });
  }
  if (initials)
    for (const run of text.matchAll(initials))
      [...run[0]].forEach((c, i) => found.push({ place: lexicon.placeInitials[c]!, at: run.index! + i }));
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.place))];
}

type Compiled = { words: Array<{ place: string; pattern: RegExp }>; initials?: RegExp };
const cache = new WeakMap<object, Compiled>();

/** Each place word's pattern, compiled once per lexicon (asked on every question). */
function compiled(lexicon: Pick<Lexicon, "places" | "placeInitials">): Compiled {
  let out = cache.get(lexicon);
  if (out) return out;
  const words = Object.entries(lexicon.places).flatMap(([place, list]) =>
    [place, ...list].map((word) => {
      // Latin words stand alone; an all-capital one (US, UK) only as written, never the pronoun "us".
      const latin = /^[a-z .]+$/i.test(word);
      const flags = latin && word !== word.toUpperCase() ? "iu" : "u";
      const body = escapeRegExp(word);
      return { place, pattern: new RegExp(latin ? `(?<![A-Za-z])${body}(?![A-Za-z])` : body, flags) };
    }),
  );
  const letters = Object.keys(lexicon.placeInitials).join("");
  out = { words, ...(letters ? { initials: new RegExp(`[${escapeRegExp(letters)}]{2,}`, "gu") } : {}) };
  cache.set(lexicon, out);
  return out;
}
