/**
 * A document named by its year (H20資料で, H17の資料だと, 平成15年の資料): the year says which document,
 * not which fiscal year the figure is for, so it is taken out of the question before years are read.
 */
import { parseFiscalYears } from "../fiscal-year.js";
import type { Chunk } from "../../search/section-index.js";
import type { Deps } from "../answer-kit.js";
import { escapeRegExp } from "../match/mention.js";

/**
 * A year written right before a word for a document, with the particle that ends the phrase; built once per word
 * list and list of kinds.
 */
const patterns = new WeakMap<string[], WeakMap<string[], RegExp>>();
function referencePattern(words: string[], kinds: string[]): RegExp {
  const byKinds = patterns.get(words) ?? new WeakMap<string[], RegExp>();
  patterns.set(words, byKinds);
  let pattern = byKinds.get(kinds);
  if (!pattern) {
    // (In English a budget's kind may name the document between: the FY2004 request doc.)
    const between = kinds.length ? `((?:(?:${kinds.map(escapeRegExp).join("|")})\\s){0,2})` : "()";
    pattern = new RegExp(
      `(\\S{1,40}?)\\s?の?\\s?${between}(?:${words.map(escapeRegExp).join("|")})(?![a-z])(?:では|で|だと|には|に|によると|の中で|から)?`,
      "gi",
    );
    byKinds.set(kinds, pattern);
  }
  return pattern;
}

export type DocumentReference = { files: string[]; text: string };

/**
 * The documents a question names by their fiscal year, and the question with those names blanked out.
 * A year no document has is left in the question (it may be the year asked).
 * `words` are the lexicon's words for a document (intents/lexicon.yaml › cues.documentWords); `kinds`, English words
 * of budgets' kinds that may stand between the year and the word (the FY2004 request doc).
 * @example findDocumentReference("H20資料で課題は？", [{ file: "h20.txt", fiscalYear: 2008 }], ["資料"]) // { files: ["h20.txt"], text: "      課題は？" }
 */
export function findDocumentReference(
  text: string,
  documents: Array<{ file: string; fiscalYear: number; title?: string }>,
  words: string[],
  kinds: string[] = [],
): DocumentReference {
  const files = new Set<string>();
  const blanked = text.replace(referencePattern(words, kinds), (whole, before: string) => {
    const years = parseFiscalYears(before).years;
    const year = years.at(-1);
    if (!year) return whole;
    // A year that ends right before the document word, or one followed by words of a document's title (H17の総合的
    // 産学官連携推進事業の資料). Other words between are what is asked: 2011年の共同研究の資料 names no document.
    const between = before
      .slice(year.index + year.text.length)
      .replace(/^\s*の?/u, "")
      .trimEnd()
      .normalize("NFKC");
    const titled = (d: (typeof documents)[number]) => between.length >= 4 && (d.title ?? "").normalize("NFKC").includes(between);
    const named = documents.filter((d) => d.fiscalYear === year.fiscalYear && (between === "" || titled(d)));
    if (!named.length) return whole;
    for (const d of named) files.add(d.file);
    return before.slice(0, year.index) + " ".repeat(whole.length - year.index);
  });
  return { files: [...files], text: blanked };
}

/**
 * What answers a question that names documents: their facts, sections and passages only (entities stay
 * whole: an attribute cited from another document is replaced by the check after answering).
 * @example withinDocuments(deps, ["h20-chiiki-innovation.txt"]).index.search("課題")[0].chunk.document // "h20-chiiki-innovation.txt"
 */
export function withinDocuments(deps: Deps, files: string[]): Deps {
  if (!files.length) return deps;
  const named = (chunk: Chunk) => files.includes(chunk.document);
  const { index, kb } = deps;
  return {
    ...deps,
    kb: {
      ...kb,
      facts: kb.facts.filter((f) => files.includes(f.evidence.document)),
      documents: new Map([...kb.documents].filter(([file]) => files.includes(file))),
    },
    index: {
      ...index,
      search: (query, options = {}) => index.search(query, { ...options, within: (c) => named(c) && (options.within?.(c) ?? true) }),
    },
  };
}
