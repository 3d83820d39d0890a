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
  for (const [place, words] of Object.entries(lexicon.places)) {
    for (const word of [place, ...words]) {
      // Latin words stand alone; an all-capital one (US, UK) only as written, never the pronoun "us".
      const latin = /^[a-z .]+$/i.test(word);
      const flags = latin && word !== word.toUpperCase() ? "iu" : "u";
      const pattern = new RegExp(latin ? `(?<![A-Za-z])${escapeRegExp(word)}(?![A-Za-z])` : escapeRegExp(word), flags);
      const hit = pattern.exec(text);
      if (hit) found.push({ place, at: hit.index });
    }
  }
  const initials = Object.keys(lexicon.placeInitials).join("");
  if (initials) {
    for (const run of text.matchAll(new RegExp(`[${escapeRegExp(initials)}]{2,}`, "gu")))
      [...run[0]].forEach((c, i) => found.push({ place: lexicon.placeInitials[c]!, at: run.index! + i }));
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.place))];
}
