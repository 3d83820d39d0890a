/**
 * An English question about something the documents title only in Japanese (What issues did MEXT flag for regional
 * S&T policy?) names it in words the glossary translates: regional → 地域, S&T → 科学技術, policy → 施策. The
 * question is then read as the documents would write it, so that their Japanese titles can answer it.
 */
import type { Lexicon } from "../intent-schema.js";
import { englishWords } from "../match/find-english.js";
import { detectAspect } from "./aspect.js";

type Phrase = { key: string; words: string[] };

const phraseLists = new WeakMap<object, Phrase[]>();

/**
 * The glossary's phrases as words, longest first (knowledge cluster before cluster), then the shorter key; made once
 * per glossary.
 * @example phrasesOf({ 地域: ["regional"] }) // [{ key: "地域", words: ["regional"] }]
 */
export function phrasesOf(glossary: Readonly<Record<string, string[]>>): Phrase[] {
  let phrases = phraseLists.get(glossary);
  if (!phrases) {
    phrases = Object.entries(glossary)
      .flatMap(([key, english]) => english.map((e) => ({ key: key.normalize("NFKC"), words: englishWords(e) })))
      .filter((p) => p.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length || a.key.length - b.key.length);
    phraseLists.set(glossary, phrases);
  }
  return phrases;
}

/**
 * The Japanese words an English text translates, in the order it says them, each phrase read once.
 * @example glossedWords("regional S&T policy issues", { 地域: ["regional"], 科学技術: ["s&t"], 施策: ["policy"] }) // ["地域", "科学技術", "施策"]
 */
export function glossedWords(text: string, glossary: Readonly<Record<string, string[]>>): string[] {
  const words = englishWords(text);
  const used = new Array<boolean>(words.length).fill(false);
  const found: Array<{ at: number; key: string }> = [];
  for (const { key, words: phrase } of phrasesOf(glossary)) {
    for (let at = 0; at + phrase.length <= words.length; at++) {
      const span = phrase.map((_, k) => at + k);
      if (span.some((i) => used[i] || words[i] !== phrase[i - at])) continue;
      for (const i of span) used[i] = true;
      found.push({ at, key });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.key))];
}

/**
 * An English question as the documents would write it: its glossed words, then the Japanese word of the aspect
 * it asks (issues → 課題), joined by の as a Japanese title would be.
 * @example inJapanese("What issues did MEXT flag for regional cluster formation?", glossary, lexicon) // "地域のクラスターの形成の課題"
 */
export function inJapanese(text: string, glossary: Readonly<Record<string, string[]>>, lexicon: Lexicon): string {
  // (The one aspect the question asks, as its other readings decide it: challenges, not what … does.)
  const aspect = lexicon.aspects[detectAspect(text.normalize("NFKC").toLowerCase(), lexicon) ?? ""];
  // (In its first Japanese word, which the aspect is read by again: 課題, との連携.)
  const cue = aspect && !aspect.weak ? aspect.cues.find((c) => !/[a-z]/i.test(c)) : undefined;
  const words = glossedWords(text, glossary);
  return cue ? `${words.join("の")}${cue.startsWith("と") ? "" : "の"}${cue}` : words.join("の");
}
