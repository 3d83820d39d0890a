/**
 * How well the extractor does on documents whose facts were curated by hand: each source is ingested as text
 * (without writing) and its extracted facts compared with the curated ones by value, fiscal year and kind.
 */
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import { valuesAgree } from "../knowledge/check-integrity.js";
import { ingestLayout } from "./ingest-document.js";
import { readText } from "./read-text.js";

export type Measurement = {
  document: string;
  curated: number;
  found: number;
  extracted: number;
  /** Extracted facts whose figure is curated, but never with that year and kind. */
  wrong: Array<{ display: string; fiscalYear: number | null; kind: string; curated: string }>;
  /** Extracted facts whose figure no curated fact of the document states. */
  unmatched: number;
  /** Curated facts not found, with what the extractor said about their figure (for working on classes of misses). */
  missed: Array<{ id: string; display: string; fiscalYear: number | null; kind: string; quote: string; why: string }>;
};

/**
 * Measures one document of the knowledge base.
 * @example measureExtraction(kb, "h24-jigo-hyoka.txt").found // curated figures found with the same value, year and kind
 */
export function measureExtraction(kb: KnowledgeBase, file: string): Measurement {
  const doc = kb.documents.get(file)!;
  const layout = readText(doc.raw);
  const ingested = ingestLayout(
    layout,
    { id: "measure", file, title: doc.title, fiscalYear: doc.fiscalYear, raw: doc.raw },
    {
      entities: [...kb.entities.values()],
      qualifiers: kb.vocabulary.qualifiers.map((q) => q.id),
      variants: kb.vocabulary.variants,
    },
  );
  const curated = kb.facts.filter((f) => f.evidence.document === file);
  const same = (a: { value: number; display: string; unit: string }, b: { value: number; display: string; unit: string }) =>
    a.unit === b.unit && valuesAgree(a, b);
  const found = curated.filter((c) =>
    ingested.facts.some((e) => same(e, c) && e.fiscalYear === c.fiscalYear && e.qualifier === c.qualifier),
  );
  const wrong: Measurement["wrong"] = [];
  let unmatched = 0;
  for (const e of ingested.facts) {
    const byValue = curated.filter((c) => same(e, c));
    if (!byValue.length) {
      unmatched++;
      continue;
    }
    if (byValue.some((c) => c.fiscalYear === e.fiscalYear && c.qualifier === e.qualifier)) continue;
    wrong.push({
      display: e.display,
      fiscalYear: e.fiscalYear,
      kind: e.qualifier,
      curated: byValue.map((c) => `${c.fiscalYear ?? "-"} ${c.qualifier}`).join(" / "),
    });
  }
  const missed = curated
    .filter((c) => !found.includes(c))
    .map((c) => {
      const as = ingested.facts.filter((e) => same(e, c)).map((e) => `extracted as ${e.fiscalYear ?? "-"} ${e.qualifier}`);
      const digits = (t: string) => t.normalize("NFKC").replace(/[^\d.]/gu, "");
      const left = ingested.exceptions.filter((x) => digits(x.text) === digits(c.display)).map((x) => x.reason);
      return {
        id: c.id,
        display: c.display,
        fiscalYear: c.fiscalYear,
        kind: c.qualifier,
        quote: c.evidence.quote,
        why: [...new Set([...as, ...left])].join("; ") || "not seen",
      };
    });
  return { document: file, curated: curated.length, found: found.length, extracted: ingested.facts.length, wrong, unmatched, missed };
}
