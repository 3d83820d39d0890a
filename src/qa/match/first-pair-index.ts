/**
 * Words indexed by their first two characters (UTF-16 code units), so that a question is searched only for
 * the words that start somewhere in it: one map lookup per character of the question instead of an indexOf
 * per word of a list of thousands (entity names: most are in no question).
 */
export type FirstPairIndex = { words: readonly string[]; byPair: Map<number, number[]> };

// A 32-bit integer (a small integer to V8, kept unboxed): a product such as 0x8000 * 0x10000 would not be one.
const pairOf = (text: string, at: number) => (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);

/**
 * Indexes `words` by their position in the list; a word shorter than two characters is never found.
 * @example wordsIn(indexByFirstPair(["都市エリア", "知的", ""]), "都市エリアの予算") // [0]
 */
export function indexByFirstPair(words: readonly string[]): FirstPairIndex {
  const byPair = new Map<number, number[]>();
  words.forEach((word, i) => {
    if (word.length < 2) return;
    const key = pairOf(word, 0);
    const list = byPair.get(key);
    if (list) list.push(i);
    else byPair.set(key, [i]);
  });
  return { words, byPair };
}

/**
 * The positions in the indexed list of the words that occur in `text`, ascending, each once.
 * @example wordsIn(indexByFirstPair(["ab", "bc", "zz"]), "abcab") // [0, 1]
 */
export function wordsIn({ words, byPair }: FirstPairIndex, text: string): number[] {
  // A few words at most are found: a plain array is cheaper than a set on this path, run many times per question.
  const found: number[] = [];
  for (let at = 0; at + 1 < text.length; at++) {
    const list = byPair.get(pairOf(text, at));
    if (list) for (const i of list) if (text.startsWith(words[i]!, at) && !found.includes(i)) found.push(i);
  }
  return found.length > 1 ? found.sort((a, b) => a - b) : found;
}
