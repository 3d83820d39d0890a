/**
 * The loader's checks, run on an ingestion before anything is written: every section heading is found in order,
 * every quote is found on the fact's own page, no two facts say the same, disagreeing facts are marked as
 * conflicts, and every figure of the source is a fact or an exception with its reason.
 */
import type { DocumentDecl, ExceptionDecl, FactDecl } from "../knowledge/schema.js";
import type { VariantMap } from "../knowledge/normalize-text.js";
import { buildDocument, locateQuote, type SourceDocument } from "../knowledge/document-model.js";
import { extractFigures, findUncoveredFigures } from "../knowledge/find-uncovered-figures.js";
import { valuesAgree } from "../knowledge/check-integrity.js";
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { LeftOut } from "./find-tables.js";

export type KnownFact = Pick<
  FactDecl,
  "id" | "subject" | "measure" | "qualifier" | "fiscalYear" | "value" | "display" | "scope" | "approx"
>;
type Input = { document: DocumentDecl; source: string; facts: FactDecl[]; variants: VariantMap; leftOut: LeftOut[]; known: KnownFact[] };

/**
 * Keeps what the loader will accept and turns everything else into exceptions with reasons.
 * @example groundFacts({ document, source, facts, variants: {}, leftOut: [] }).exceptions // []
 */
export function groundFacts({ document, source, facts, variants, leftOut, known }: Input): {
  document: DocumentDecl;
  facts: FactDecl[];
  exceptions: ExceptionDecl[];
} {
  const { doc, decl } = buildWithFoundSections(document, source, variants);
  const kept: FactDecl[] = [];
  const seen = new Map<string, FactDecl[]>();
  for (const fact of facts) {
    const found = locateQuote(doc, fact.evidence.quote, variants);
    if (!found) {
      leftOut.push({ text: fact.display, page: fact.page ?? 1, reason: "its line is not found again in the source" });
      continue;
    }
    const page = doc.linePages?.[found.line];
    if (page !== fact.page) {
      leftOut.push({ text: fact.display, page: fact.page ?? 1, reason: `its line also occurs earlier, on page ${page}` });
      continue;
    }
    const key = [fact.subject, fact.measure, fact.qualifier, fact.fiscalYear, fact.scope ?? ""].join("|");
    const same = seen.get(key) ?? [];
    if (same.some((s) => valuesAgree(s, fact))) continue;
    // Every fact it disagrees with is marked, and marks it: the loader checks each pair both ways.
    for (const s of same) {
      s.conflictsWith = [...(s.conflictsWith ?? []), fact.id];
      fact.conflictsWith = [...(fact.conflictsWith ?? []), s.id];
    }
    seen.set(key, [...same, fact]);
    // A figure another document states differently is kept and marked; the loader marks the other side.
    const others = known.filter(
      (k) => [k.subject, k.measure, k.qualifier, k.fiscalYear, k.scope ?? ""].join("|") === key && !valuesAgree(k, fact),
    );
    if (others.length) fact.conflictsWith = [...(fact.conflictsWith ?? []), ...others.map((k) => k.id)];
    kept.push(fact);
  }
  return { document: decl, facts: kept, exceptions: exceptionsFor(doc, kept, leftOut) };
}

/** Drops a heading the loader would not find (its start also begins an earlier line) rather than fail. */
function buildWithFoundSections(decl: DocumentDecl, source: string, variants: VariantMap): { doc: SourceDocument; decl: DocumentDecl } {
  for (;;) {
    try {
      return { doc: buildDocument(decl, source, variants), decl };
    } catch (error) {
      const index = Number((error as Error).message.match(/^sections\[(\d+)\]/)?.[1]);
      if (!(index > 0)) throw error;
      decl = { ...decl, sections: decl.sections.filter((_, i) => i !== index) };
    }
  }
}

function exceptionsFor(doc: SourceDocument, facts: FactDecl[], leftOut: LeftOut[]): ExceptionDecl[] {
  // The same coverage check as the knowledge-base test, on this document alone.
  const kb = {
    documents: new Map([[doc.file, doc]]),
    facts: facts.map((f) => ({ ...f, evidence: { document: doc.file } })),
    exceptions: [],
  } as unknown as KnowledgeBase;
  return findUncoveredFigures(kb).map((missing) => {
    const text = missing.slice(doc.file.length + 2);
    const why = leftOut.find((l) => extractFigures(l.text).includes(text) || l.text.replace(/[,\s]/g, "") === text);
    return {
      document: doc.file,
      text,
      reason: why ? `p.${why.page}: ${why.reason}` : "not in a table row or a sentence the extractor could place",
    };
  });
}
