/**
 * Typos in the words a question asks with (概算要球額, buget, institutons): a stretch of the question the
 * documents never write, one keystroke away from exactly one word of the lexicon, is read as that word.
 * Names have their own typo matching (src/qa/match/find-typos.ts); this is for the other words.
 */
import { inCorpus } from "./in-corpus.js";

/** The lexicon's words a typo may stand for, split by script; built once at start-up. */
export type SpellingWords = { cjk: Map<number, string[]>; latin: Set<string>; latinByLength: Map<number, string[]> };

export type Correction = { typed: string; read: string };

const CJK_RUN = /[\p{Script=Han}\p{Script=Katakana}ー]{3,}/gu;
const LATIN_WORD = /[a-z]{4,}/g;

/**
 * @example buildSpellingWords(["概算要求額", "budget"]).latin.has("budget") // true
 */
export function buildSpellingWords(words: Iterable<string>): SpellingWords {
  const cjk = new Map<number, string[]>();
  const latin = new Set<string>();
  for (const raw of words) {
    const word = raw.normalize("NFKC").toLowerCase();
    if (/^[\p{Script=Han}\p{Script=Katakana}ー]{3,}$/u.test(word)) cjk.set(word.length, [...(cjk.get(word.length) ?? []), word]);
    for (const w of word.match(/[a-z]+/g) ?? []) if (w.length >= 4) latin.add(w);
  }
  const latinByLength = new Map<number, string[]>();
  for (const w of latin) latinByLength.set(w.length, [...(latinByLength.get(w.length) ?? []), w]);
  return { cjk, latin, latinByLength };
}

/**
 * The question with its typos read as the lexicon's words, and what was read how; no change when a stretch
 * is one keystroke from two different words, or from none.
 * @example correctSpelling("概算要球額は", words, corpus).corrections // [{ typed: "要球額", read: "要求額" }]
 */
export function correctSpelling(text: string, words: SpellingWords, corpus: string): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const lower = text.normalize("NFKC").toLowerCase();
  for (const run of lower.match(CJK_RUN) ?? []) {
    if (inCorpus(corpus, run)) continue;
    const fix = cjkFix(run, words, corpus);
    if (fix) corrections.push(fix);
  }
  for (const word of lower.match(LATIN_WORD) ?? []) {
    if (words.latin.has(word) || inCorpus(corpus, word)) continue;
    const near = [...new Set(latinNeighbours(word, words))];
    if (near.length === 1) corrections.push({ typed: word, read: near[0]! });
  }
  let out = lower;
  for (const { typed, read } of corrections) out = out.split(typed).join(read);
  return { text: corrections.length ? out : text, corrections };
}

/** The longest lexicon word that a stretch of the run misses by one character, when only one word does. */
function cjkFix(run: string, words: SpellingWords, corpus: string): Correction | undefined {
  for (let length = run.length; length >= 3; length--) {
    const found = new Map<string, string>();
    for (let at = 0; at + length <= run.length; at++) {
      const piece = run.slice(at, at + length);
      if (inCorpus(corpus, piece) || words.cjk.get(length)?.includes(piece)) continue;
      for (const word of words.cjk.get(length) ?? []) {
        // A how-many word starts a phrase: 京大学 inside 東京大学 is a name, not 何大学 mistyped.
        if (word.startsWith("何") && at > 0) continue;
        const at2 = differingAt(piece, word);
        // The mistyped character reads as a word with neither neighbour (要球額: 要球, 球額), not as the start
        // of the next word (クラスタ創成: 創成 is a word).
        const typo = at + at2;
        if (at2 >= 0 && (wholeKatakana(run, at, length) || !wordWithNeighbour(run, typo, corpus))) found.set(word, piece);
      }
    }
    const only = found.size === 1 ? [...found][0] : undefined;
    if (only) return { typed: only[1], read: only[0] };
    if (found.size > 1) return undefined;
  }
  return undefined;
}

/** The mistyped character reads as a word with a neighbour (クラスタ創成: 創成 is a word), so it is no typo. */
function wordWithNeighbour(run: string, at: number, corpus: string): boolean {
  return [run.slice(at - 1, at + 1), run.slice(at, at + 2)].some((b) => b.length === 2 && inCorpus(corpus, b));
}

const KATAKANA = /[\p{Script=Katakana}ー]/u;

/** The stretch is a whole katakana word (コーディネーダー): a loan word mistyped, whatever its pieces are. */
function wholeKatakana(run: string, at: number, length: number): boolean {
  const piece = run.slice(at, at + length);
  return [...piece].every((c) => KATAKANA.test(c)) && !KATAKANA.test(run[at - 1] ?? "") && !KATAKANA.test(run[at + length] ?? "");
}

/** Where two words of one length differ, when they differ in exactly one character; else -1. */
function differingAt(a: string, b: string): number {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** Lexicon words of five letters or more one edit away: a letter dropped, added, changed or two swapped. */
function latinNeighbours(word: string, words: SpellingWords): string[] {
  const out: string[] = [];
  for (const length of [word.length - 1, word.length, word.length + 1]) {
    if (length < 5) continue;
    for (const candidate of words.latinByLength.get(length) ?? []) if (oneEdit(word, candidate)) out.push(candidate);
  }
  return out;
}

function oneEdit(a: string, b: string): boolean {
  if (a.length === b.length) {
    const diffs = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return (
      diffs.length === 1 ||
      (diffs.length === 2 && diffs[1] === diffs[0]! + 1 && a[diffs[0]!] === b[diffs[1]!] && a[diffs[1]!] === b[diffs[0]!])
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
