/**
 * Whether a Latin word is an ordinary English word (urban, created) or a name of its own (Germany, NEDO):
 * read from the word list of the `word-list` package (274,000 lower-case words, no proper nouns), loaded on
 * first use only, since few questions need it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DEFAULT_KNOWLEDGE_DIR } from "../../knowledge/load-knowledge.js";

let words: string | undefined;

/**
 * @example isEnglishWord("urban") // true
 * @example isEnglishWord("germany") // false
 */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = seen.get(lower);
  if (known === undefined) {
    words ??= loadWords();
    // One search of the list as it is (a word per line): few questions ask, and a Set of 274,000 words took ~220 ms
    // to build where reading the file takes a few. Each search is ~1 ms: a word asked again (JST in every part of a
    // long question, every read of it) is remembered.
    known = words.includes(`\n${lower}\n`);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(lower, known);
  }
  return known;
}

/** The answers given so far, at most this many (fuzzed or pasted text brings new words without end). */
const SEEN_LIMIT = 10_000;
const seen = new Map<string, boolean>();

function loadWords(): string {
  // Resolved from the project's root, as the source and the bundle in dist/ both sit beside knowledge/.
  const require = createRequire(join(DEFAULT_KNOWLEDGE_DIR, "..", "package.json"));
  const file = join(dirname(require.resolve("word-list")), "words.txt");
  return `\n${readFileSync(file, "utf8")}\n`;
}
