/**
 * Whether the documents use a word (deps.corpus, every document and name as one normalized text). A word not in
 * them is looked for through the whole text (~39,000 characters), and one question asks of the same words
 * several times (unknown words, topic words, spelling): each answer is remembered for the corpus it was read in.
 */
let memo: { corpus: string; found: Map<string, boolean> } | undefined;

/** Questions are unbounded: the memo starts again past this many words (those of the last hundred questions or so;
 * most repeats are within one question), so a long run keeps no large map for the garbage collector to walk. */
const MEMO_LIMIT = 2_000;

/**
 * @example inCorpus(deps.corpus, "ギャップ") // true; asked again, not searched again
 */
export function inCorpus(corpus: string, word: string): boolean {
  if (memo?.corpus !== corpus) memo = { corpus, found: new Map() };
  let found = memo.found.get(word);
  if (found === undefined) {
    if (memo.found.size >= MEMO_LIMIT) memo.found.clear();
    found = corpus.includes(word);
    memo.found.set(word, found);
  }
  return found;
}
