/**
 * Whether a Latin word is an ordinary English word (urban, created) or a name of its own (Germany, NEDO):
 * looked up in the word list of the `word-list` package (274,000 lower-case words a line, no proper nouns).
 * The list is searched where it lies, by halves (a few small reads a word): reading the 2.8 MB file whole cost a
 * process ~12 ms and 3 MB for the one word most questions that ask ever look up (docs/speed.md).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DEFAULT_KNOWLEDGE_DIR } from "../../knowledge/load-knowledge.js";

/**
 * @example isEnglishWord("urban") // true
 * @example isEnglishWord("germany") // false
 */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  let known = seen.get(lower);
  if (known === undefined) {
    // A word asked again (JST in every part of a long question, every read of it) is remembered.
    known = /^[a-z]+$/.test(lower) && searchList(lower);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(lower, known);
  }
  return known;
}

/** The answers given so far, at most this many (fuzzed or pasted text brings new words without end). */
const SEEN_LIMIT = 10_000;
const seen = new Map<string, boolean>();

/** Longer than any line of the list: a read from any offset holds the next whole line. */
const WINDOW = 128;

/**
 * Binary search over byte offsets: the first whole line at or after an offset is compared. The list is in order
 * but for a few neighbours swapped (manlily before manlihood), so the lines around where the word would stand are
 * all looked at.
 */
function searchList(word: string): boolean {
  const fd = openSync(listFile(), "r");
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(WINDOW);
    // The lines starting at or after `offset`, as far as one read holds them whole.
    const linesFrom = (offset: number): string[] => {
      const start = Math.max(0, offset - 1);
      const read = readSync(fd, buffer, 0, WINDOW, start);
      const lines = buffer.toString("latin1", 0, read).split("\n");
      if (start + read < size) lines.pop(); // cut by the window's end (the file's last line has no newline)
      return offset === 0 ? lines : lines.slice(1); // the first is cut by the offset (or ends just before it)
    };
    let low = 0;
    let high = size;
    while (high - low > WINDOW / 2) {
      const middle = Math.floor((low + high) / 2);
      const first = linesFrom(middle)[0];
      if (first === undefined || first >= word) high = middle;
      else low = middle;
    }
    return linesFrom(Math.max(0, low - WINDOW / 2)).includes(word) || linesFrom(low).includes(word);
  } finally {
    closeSync(fd);
  }
}

let file: string | undefined;

function listFile(): string {
  // Resolved from the project's root, as the source and the bundle in dist/ both sit beside knowledge/.
  file ??= join(dirname(createRequire(join(DEFAULT_KNOWLEDGE_DIR, "..", "package.json")).resolve("word-list")), "words.txt");
  return file;
}
