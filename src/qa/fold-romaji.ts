/**
 * Names typed in romaji (toshi area, sangakukan renkei honbu, chiteki cluster): each Latin word that is no English
 * word and reads, as kana, wholly as words of the names (knowledge/readings.yaml) is written as those words, and
 * words so read side by side are joined (産学官連携本部). Long vowels are often left out in romaji (jigyo for
 * jigyou, sogoteki for sougouteki), so readings are compared without them. An English word a name holds in
 * katakana (area, cluster) is written so only beside such a word (vocabulary `loanwords`).
 * Romaji becomes kana through wanakana (Hepburn and its variants: shi/si, tsu/tu, double consonants, n').
 */
import { toHiragana } from "wanakana";

export type RomajiIndex = { words: ReadonlyMap<string, string>; longest: number };

/** Kana whose vowel is o or u: a う or お after one is a long vowel that romaji often drops. */
const LONG_AFTER = "おこそとのほもよろをごぞどぼぽょうくすつぬふむゆるぐずづぶぷゅ";

/**
 * Kana without long vowels: ようきゅう → よきゅ, そうごうてき → そごてき.
 * @example shortVowels("じぎょう") // "じぎょ"
 */
export function shortVowels(kana: string): string {
  return kana.replace(/ー/g, "").replace(new RegExp(`([${LONG_AFTER}])[うお]`, "gu"), "$1");
}

const indexes = new WeakMap<object, RomajiIndex>();

/**
 * The words by their reading without long vowels, two kana or more; of two words read alike, the first keeps it
 * unless only the other is `used` (by the documents).
 * @example indexRomaji({ 事業: "じぎょう" }).words.get("じぎょ") // "事業"
 */
export function indexRomaji(readings: Readonly<Record<string, string>>, used: (word: string) => boolean = () => true): RomajiIndex {
  const known = indexes.get(readings);
  if (known) return known;
  const words = new Map<string, string>();
  for (const [word, read] of Object.entries(readings)) {
    // (何 before a counter or a noun is read なん as often as なに: nan chiiki, nan ken are 何地域, 何件.)
    for (const reading of word.startsWith("何") && read.startsWith("なに") ? [read, `なん${read.slice(2)}`] : [read]) {
      const key = shortVowels(reading);
      // (Of two words read alike, one the documents use goes before one they never do: shikou is 試行, not 施行.)
      const before = words.get(key);
      if (key.length >= 2 && (before === undefined || (!used(before) && used(word)))) words.set(key, word);
    }
  }
  const index = { words, longest: Math.max(0, ...[...words.keys()].map((k) => k.length)) };
  indexes.set(readings, index);
  return index;
}

/**
 * @example foldRomaji("toshi area no yosan", index, isEnglishWord, { area: "エリア" }) // "都市エリア no yosan"
 */
export function foldRomaji(
  text: string,
  index: RomajiIndex,
  isEnglishWord: (word: string) => boolean,
  loanwords: Readonly<Record<string, string>>,
  wide: RomajiIndex = index,
): string {
  if (index.words.size === 0 || !/[a-z]{2}/i.test(text)) return text;
  // A question written in Japanese (with its script, or a particle or copula typed in romaji) reads any word of
  // the documents; an English one only names and question words (Mr. Nakagawa stays as typed)…
  if (writtenInJapanese(text)) return foldWith(text, wide, wide, isEnglishWord, loanwords);
  // …and the Japanese words it glosses in brackets, none of them English: efficiency (koritsusei).
  const glossed = text.replace(BRACKETED_WORDS, (all, inner: string) =>
    inner.split(/\s+/).some(isEnglishWord) ? all : foldWith(all, wide, wide, isEnglishWord, loanwords),
  );
  return foldWith(glossed, index, wide, isEnglishWord, loanwords);
}

/** One to four Latin words in brackets, nothing else. */
const BRACKETED_WORDS = /[(（]\s*([A-Za-z]+(?:[\s-][A-Za-z]+){0,3})\s*[)）]/gu;

/** foldRomaji with the index chosen (`wide` still reads a loanword's katakana beside a name). */
function foldWith(
  text: string,
  index: RomajiIndex,
  wide: RomajiIndex,
  isEnglishWord: (word: string) => boolean,
  loanwords: Readonly<Record<string, string>>,
): string {
  // A phase as typed in romaji (dai 1 ki, dai2ki, dai ni ki) is written as the documents write it (第1期).
  // (So is a phase numbered in figures in English, phase 2, as the names number it: phase II.)
  const phased = text
    .replace(/\b[Dd]ai\s?(\d|ichi|ni|san|I{1,3})\s?ki\b/gu, (_m, n: string) => `第${PHASE_NUMBERS[n.toLowerCase()] ?? n}期`)
    .replace(/\b(phase|period|stage)\s?([1-3])\b/giu, (_m, word: string, n: string) => `${word} ${"I".repeat(Number(n))}`);
  // (An apostrophe inside a word, JST's, is the word's; one around it, 'chiteki cluster', is a quote.)
  const parts = phased.split(/([A-Za-z]+(?:'[A-Za-z]+)*)/);
  const read: Array<string | undefined> = parts.map(() => undefined);
  const joined = (i: number) => /^[\s-]*$/.test(parts[i] ?? "x");
  // Words written apart that read as one (daigaku-hatsu → 大学発): the longest run read whole, from each word on.
  for (let i = 1; i < parts.length; i += 2) {
    let j = i;
    while (j + 2 < parts.length && joined(j + 1)) j += 2;
    for (; j >= i; j -= 2) {
      const words = parts.slice(i, j + 1).filter((_p, k) => k % 2 === 0);
      // (In an English sentence, two words or more of the documents together, none English, read as Japanese
      // too: the overall shisaku mokuhyo.)
      const whole =
        readWord(words, index, isEnglishWord) ??
        (index !== wide && words.length > 1 && !words.some(isEnglishWord) ? readWord(words, wide, isEnglishWord) : undefined);
      // (English words written apart, can you, are never one romaji word: asked only of a run that reads, as the
      // word list is loaded on first use.)
      if (whole === undefined || (words.length > 1 && words.every((w) => isEnglishWord(w)))) continue;
      read[i] = whole;
      for (let k = i + 2; k <= j; k += 2) read[k] = "";
      i = j;
      break;
    }
  }
  // A loanword beside a word read from romaji is part of the same name (toshi area, chiteki cluster), in English
  // or as the documents' katakana word typed in romaji (toshi eria, chiteki kurasutaa).
  const near = (i: number) => read[i - 2] !== undefined || read[i + 2] !== undefined;
  const loanOf = (part: string) =>
    loanwords[part.toLowerCase()] ?? (isEnglishWord(part) ? undefined : katakanaOnly(readWord([part], wide, isEnglishWord)));
  const loan = parts.map((part, i) => (i % 2 === 1 && read[i] === undefined && near(i) ? loanOf(part) : undefined));
  const written = (i: number) => read[i] ?? loan[i];
  // (Not a verb read with its ending, 目標 kuraberu: 比べる is no part of a name.)
  const nameLike = (i: number) => written(i) !== undefined && !/\p{Script=Hiragana}$/u.test(written(i)!);
  return (
    parts
      .map((part, i) => {
        if (i % 2 === 1) return written(i) ?? part;
        // Spaces or a hyphen between two words written as kanji or katakana join them into one name; within one run
        // read whole the later words are "", and their spaces go with them.
        return (written(i + 1) === "" || (nameLike(i - 1) && nameLike(i + 1))) && joined(i) ? "" : part;
      })
      .join("")
      // An English ordinal before a name read from romaji is the name's term (4th kihon keikaku → 第4期基本計画).
      .replace(/\b(\d)(?:st|nd|rd|th)\s*(?=\p{Script=Han})/gu, "第$1期")
      .replace(PARTICLE_RUN, (run: string) => run.replace(/[a-z]+/giu, (p) => PARTICLES[p.toLowerCase()] ?? p).replace(/\s+/g, ""))
  );
}

/** A reading that is one katakana word (エリア), else nothing. */
function katakanaOnly(reading: string | undefined): string | undefined {
  return reading && /^[\p{Script=Katakana}ー]+$/u.test(reading) ? reading : undefined;
}

/**
 * Whether a question is written in Japanese: in its script, or in romaji with a word only Japanese has (wa, desu)
 * or two particles English also has (no, to, de).
 * @example writtenInJapanese("toshi eria no yosan H14 to H15") // true
 * @example writtenInJapanese("what's a super sangakukan renkei honbu?") // false
 */
export function writtenInJapanese(text: string): boolean {
  return JAPANESE_SCRIPT.test(text) || JAPANESE_WORD.test(text) || (text.match(PARTICLE_WORDS) ?? []).length >= 2;
}

const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** Words only Japanese typed in romaji has. */
const JAPANESE_WORD = /\b(?:wa|ga|wo|tte|desu|desuka|masu|dakke|kana|onegai)\b/i;
/** Particles an English sentence may also hold (no, to, de): two of them make it Japanese. */
const PARTICLE_WORDS = /\b(?:no|to|de|ni|mo|kara|made)\b/gi;

const PHASE_NUMBERS: Readonly<Record<string, string>> = { ichi: "1", ni: "2", san: "3" };

/** Japanese particles as typed in romaji (wa of the topic is は, wo is を). */
const PARTICLES: Readonly<Record<string, string>> = {
  no: "の",
  wa: "は",
  wo: "を",
  ga: "が",
  tte: "って",
  de: "で",
  to: "と",
  mo: "も",
  ni: "に",
  ka: "か",
  kara: "から",
  made: "まで",
};
/**
 * Particles typed in romaji between words in Japanese (知的クラスター no 予算, 選定した no wa いつ): one or a run of
 * them, after Japanese script and before Japanese script or a digit.
 */
const PARTICLE_RUN = new RegExp(
  `(?<=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー])\\s?(?:\\b(?:${Object.keys(PARTICLES).join("|")})\\b\\s?)+(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}0-9])`,
  "giu",
);

/**
 * The typed words as the names' words, when their kana read wholly as them; undefined otherwise. A word read may
 * span typed words (daigaku hatsu → 大学発) but then ends where one ends: yosan to jigyouka is never 予算 当時 業化.
 */
function readWord(words: string[], index: RomajiIndex, isEnglishWord: (word: string) => boolean): string | undefined {
  if (words.join("").length < 4) return undefined;
  const read = readKana(words, index);
  // (An n before a vowel may end a syllable, ん, that was typed without its apostrophe: mihonichi is 見本市.)
  const out =
    read ??
    (words.some((w) => /n[aiueo]/i.test(w))
      ? readKana(
          words.map((w) => w.replace(/n(?=[aiueo])/gi, "n'")),
          index,
        )
      : undefined);
  if (out === undefined) return undefined;
  // An English word is never romaji (asked last: the word list is loaded only for a word that reads as names' words);
  // words written apart are judged each on their own.
  return words.length > 1 || !isEnglishWord(words[0]!) ? out : undefined;
}

/** Kana of one typed word: a katakana word's long vowel typed doubled (koodineetaa) is ー, which readings drop. */
function kanaOf(word: string): string {
  return shortVowels(toHiragana(word.toLowerCase().replace(/([ae])\1/g, "$1")).replace(/ぢ/g, "でぃ"));
}

/** The words' kana wholly as words of the index, longest first from each place; undefined otherwise. */
function readKana(words: string[], index: RomajiIndex): string | undefined {
  const parts = words.map(kanaOf);
  const kana = parts.join("");
  if (!/^[\p{Script=Hiragana}]+$/u.test(kana)) return undefined;
  const ends = new Set(parts.map((_, i) => parts.slice(0, i + 1).join("").length));
  const crosses = (at: number, end: number) => [...ends].some((b) => b > at && b < end);
  const lastStart = kana.length - parts.at(-1)!.length;
  let out = "";
  let before = "";
  for (let at = 0; at < kana.length;) {
    let hit: { word: string; end: number } | undefined;
    for (let end = Math.min(kana.length, at + index.longest); !hit && end - at >= 2; end--) {
      const word = index.words.get(kana.slice(at, end));
      // (Or a word ending in the last typed word right before a verb's ending: mokuhyou ni taishite → 目標に対し|て.)
      const inflected = afterKana(out) && end > lastStart && verbEndsAt(kana, end);
      if (word && (!crosses(at, end) || ends.has(end) || inflected)) hit = { word, end };
    }
    // (A verb's ending after its stem in the same typed word, kurabete → 比べて, taishite → 対して: kept as kana.
    // The stem stands first or after a particle, never run into a noun: mokuhyou kuraberu is two words.)
    if (!hit && out && afterKana(before) && at > lastStart && verbEndsAt(kana, at)) return out + kana.slice(at);
    if (!hit) return undefined;
    before = out;
    out += hit.word;
    at = hit.end;
  }
  return out;
}

/** Whether the kana from `at` on are a verb's ending after its stem (くらべ|て, たいし|て). */
function verbEndsAt(kana: string, at: number): boolean {
  return STEM_END.test(kana[at - 1]!) && INFLECTION.test(kana.slice(at));
}

/** Whether what was read so far is nothing or ends in kana (a particle, って). */
function afterKana(read: string): boolean {
  return read === "" || /\p{Script=Hiragana}$/u.test(read);
}

/** The last kana of a verb's stem before those endings: of the i or e row (比べ|て, 対し|て, 増え|た; not 数|る). */
const STEM_END = /[いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ]/u;

/** The endings a verb typed in romaji carries after its stem (て, った, ている, ました…). */
const INFLECTION = /^(?:て|た|って|った|てる|ている|ていた|てた|てい|ます|ました|ません|ない|なかった|る|れる|られる|たい|たら|れば|ず)$/u;
