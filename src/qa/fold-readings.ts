/**
 * Words typed in hiragana (きょうどう研究, さんがくかんれんけいほんぶ): within a run of hiragana, the longest
 * stretch that is the reading of a word of the names or question words (knowledge/readings.yaml) is read as
 * that word. Only readings of three kana or more are used here, so particles and endings (って, でした) are never
 * taken; the two-kana readings the file also holds serve romaji names (fold-romaji.ts), read whole words at a time.
 */

const HIRAGANA_RUN = /[\p{Script=Hiragana}ー]{3,}/gu;

export type ReadingIndex = { words: ReadonlyMap<string, string>; longest: number };

/**
 * The look-up of words by reading; of two words read alike, the first listed keeps the reading.
 * @example indexReadings({ 共同: "きょうどう" }).words.get("きょうどう") // "共同"
 */
export function indexReadings(readings: Readonly<Record<string, string>>): ReadingIndex {
  const words = new Map<string, string>();
  for (const [word, reading] of Object.entries(readings)) if (!words.has(reading)) words.set(reading, word);
  return { words, longest: Math.max(0, ...[...words.keys()].map((r) => r.length)) };
}

/**
 * `whole`: words read only from a run of hiragana of its own (foldWholeRuns), first.
 * @example foldReadings("きょうどう研究って", indexReadings({ 共同: "きょうどう" })) // "共同研究って"
 */
export function foldReadings(text: string, index: ReadingIndex, whole?: ReadingIndex): string {
  if (whole) text = foldWholeRuns(text, whole);
  if (index.words.size === 0) return text;
  return text.replace(HIRAGANA_RUN, (run) => {
    let out = "";
    for (let at = 0; at < run.length;) {
      const word = longestAt(run, at, index);
      out += word?.word ?? run[at];
      at += word?.length ?? 1;
    }
    return out;
  });
}

function longestAt(run: string, at: number, index: ReadingIndex): { word: string; length: number } | undefined {
  for (let end = Math.min(run.length, at + index.longest); end - at >= 3; end--) {
    const word = index.words.get(run.slice(at, end));
    if (word) return { word, length: end - at };
  }
  return undefined;
}

/** A run of hiragana, and the particles that may stand before or after a word in it (強化の はいけい, 課題の かだいは). */
const WHOLE_RUN = /[\p{Script=Hiragana}ー]{3,}/gu;
const BEFORE = ["", "の", "は", "が", "を", "も", "と"];
const AFTER = ["", "の", "は", "が", "を", "も", "と", "か", "って"];

/**
 * Words typed in hiragana as a run of their own (地域イノベーション・システム強化の はいけい): a run that is the
 * reading of a word of `index`, with at most a particle before and after it, is read as that word. The run alone is
 * the word, so a short reading may be read here that inside a longer run could be grammar.
 * @example foldWholeRuns("強化の はいけい", indexReadings({ 背景: "はいけい" })) // "強化の 背景"
 */
export function foldWholeRuns(text: string, index: ReadingIndex): string {
  if (index.words.size === 0) return text;
  return text.replace(WHOLE_RUN, (run) => {
    for (const before of BEFORE)
      for (const after of AFTER) {
        if (!run.startsWith(before) || !run.endsWith(after) || run.length - before.length - after.length < 3) continue;
        const word = index.words.get(run.slice(before.length, run.length - after.length));
        if (word) return `${before}${word}${after}`;
      }
    return run;
  });
}
