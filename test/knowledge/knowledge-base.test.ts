/**
 * The real knowledge base, checked independently of the loader: grounding, aliases, conflicts, coverage.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { checkIntegrity } from "../../src/knowledge/check-integrity.js";
import { findUncoveredFigures } from "../../src/knowledge/find-uncovered-figures.js";

const kb = loadKnowledge();
const squash = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/产/g, "産")
    .replace(/[\s,，]/g, "");
const sources = new Map(
  [...kb.documents.keys()].map((file) => [file, squash(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, "sources", file), "utf8"))]),
);

describe("the knowledge base", () => {
  it("has facts from every one of the five documents", () => {
    expect(new Set(kb.facts.map((f) => f.evidence.document)).size).toBe(5);
    expect(kb.facts.length).toBeGreaterThan(250);
  });

  it("quotes every fact verbatim from its source, and the quote holds the figure", () => {
    const bad = kb.facts.filter((f) => {
      const quote = squash(f.evidence.quote);
      const digits = squash(f.display).match(/\d+(?:\.\d+)?/)?.[0] ?? "∅";
      return !sources.get(f.evidence.document)?.includes(quote) || !quote.includes(digits);
    });
    expect(bad.map((f) => f.id)).toEqual([]);
  });

  it("quotes every entity attribute verbatim from its source", () => {
    const attributes = [...kb.entities.values()].flatMap((e) => e.attributes.map((a) => ({ id: `${e.id}.${a.key}`, ...a.evidence })));
    expect(attributes.filter((a) => !sources.get(a.document)?.includes(squash(a.quote))).map((a) => a.id)).toEqual([]);
  });

  it("has one entity per alias and marks every disagreement between facts as a conflict", () => {
    expect(checkIntegrity(kb)).toEqual([]);
  });

  it("marks conflicts on both sides", () => {
    for (const fact of kb.facts)
      for (const other of fact.conflictsWith ?? []) expect(kb.factsById.get(other)?.conflictsWith).toContain(fact.id);
  });

  it("covers every figure of the sources with a fact or a listed exception", () => {
    expect(findUncoveredFigures(kb)).toEqual([]);
  });

  it("gives every exception a reason and a document that exists", () => {
    for (const e of kb.exceptions) expect(kb.documents.has(e.document), e.text).toBe(true);
  });
});
