/**
 * The one module that owns the full-text index: how sections become chunks, how chunks are tokenized,
 * and the minisearch options. Used for descriptive questions and as the fallback of every intent.
 */
import MiniSearch from "minisearch";
import type { SourceDocument } from "../knowledge/document-model.js";
import { normalizeForMatch, type VariantMap } from "../knowledge/normalize-text.js";
import { annotateEraYears, tokenize } from "./tokenize.js";

export type Chunk = { id: number; document: string; documentTitle: string; section: string; title: string; text: string; match: string };
export type SearchHit = { chunk: Chunk; score: number; coverage: number };

/** Chunks are whole paragraphs merged up to about this many characters: the PDF's tiny paragraphs alone are too small to rank. */
export const CHUNK_CHARS = 300;

export type SectionIndex = {
  search(query: string, options?: { within?: (chunk: Chunk) => boolean; limit?: number }): SearchHit[];
  chunks: Chunk[];
  /** The built index as plain data, for a start-up snapshot (see src/knowledge/knowledge-snapshot.ts). */
  save(): SavedSectionIndex;
};
/**
 * What save() returns and buildSectionIndex restores from, skipping tokenization: the chunks and minisearch's own
 * JSON form as one string. A snapshot reads a string at once, while restoring minisearch's many small objects with
 * v8.deserialize cost ~28 ms of every start, spent even when no question searched; the string is parsed on the
 * first search only (JSON.parse reads it in ~10 ms).
 */
export type SavedSectionIndex = { chunks: Chunk[]; mini: string };

/**
 * Builds the index over every section of every document, or restores one that save() returned for the same documents.
 * @example buildSectionIndex(kb.documents.values(), kb.vocabulary.variants).search("知的クラスターとは")[0].chunk.section
 */
export function buildSectionIndex(documents: Iterable<SourceDocument>, variants: VariantMap, saved?: SavedSectionIndex): SectionIndex {
  const chunks: Chunk[] = saved?.chunks ?? [];
  for (const doc of saved ? [] : documents) {
    for (const section of doc.sections) {
      for (const text of mergeParagraphs(section.text)) {
        chunks.push({
          id: chunks.length,
          document: doc.file,
          documentTitle: doc.title,
          section: section.label,
          title: section.path.join(" "),
          text,
          match: normalizeForMatch(text, variants).toLowerCase(),
        });
      }
    }
  }
  const options: ConstructorParameters<typeof MiniSearch<Chunk>>[0] = {
    fields: ["title", "body"],
    storeFields: [],
    tokenize,
    extractField: (chunk, field) =>
      field === "body" ? annotateEraYears(chunk.text) : field === "title" ? chunk.title : String((chunk as Record<string, unknown>)[field]),
    searchOptions: { boost: { title: 1.5 }, combineWith: "OR", tokenize },
  };
  // Built or restored on the first search: many questions are answered from facts alone and never search.
  let mini: MiniSearch<Chunk> | undefined;
  const ready = (): MiniSearch<Chunk> => {
    if (mini) return mini;
    if (saved) return (mini = MiniSearch.loadJSON<Chunk>(saved.mini, options));
    mini = new MiniSearch<Chunk>(options);
    mini.addAll(chunks);
    return mini;
  };
  return {
    chunks,
    save: () => ({ chunks, mini: JSON.stringify(ready()) }),
    search(query, options = {}) {
      const wanted = contentBigrams(normalizeForMatch(query, variants).toLowerCase());
      return ready()
        .search(annotateEraYears(query), options.within ? { filter: (r) => options.within!(chunks[r.id as number]!) } : {})
        .slice(0, options.limit ?? 5)
        .map((r) => {
          const chunk = chunks[r.id as number]!;
          const coverage = wanted.length ? wanted.filter((b) => chunk.match.includes(b)).length / wanted.length : 0;
          return { chunk, score: r.score, coverage };
        });
    },
  };
}

/** Two-character pieces of the query's CJK and word runs: what a relevant passage should mostly contain. */
export function contentBigrams(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.match(/[\p{L}\p{N}ー]+/gu) ?? []) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return [...out];
}

function mergeParagraphs(text: string): string[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const merged: string[] = [];
  let current = "";
  for (const p of paragraphs) {
    current = current ? `${current}\n${p}` : p;
    if (current.length >= CHUNK_CHARS) {
      merged.push(current);
      current = "";
    }
  }
  if (current) merged.push(current);
  return merged;
}
