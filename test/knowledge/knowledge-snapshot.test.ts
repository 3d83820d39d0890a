import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledgeWithIndex } from "../../src/knowledge/knowledge-snapshot.js";
import { KnowledgeError } from "../../src/knowledge/knowledge-error.js";

const FIXTURE = join(import.meta.dirname, "../fixtures/knowledge-mini");
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the mini knowledge base and an empty cache folder, so each test starts cold. */
function freshCopy(): { dir: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), "sangaku-kb-"));
  const cacheDir = mkdtempSync(join(tmpdir(), "sangaku-cache-"));
  temporary.push(dir, cacheDir);
  cpSync(FIXTURE, dir, { recursive: true });
  return { dir, cacheDir };
}

const editFacts = (dir: string, edit: (text: string) => string) =>
  writeFileSync(join(dir, "facts/mini.yaml"), edit(readFileSync(join(dir, "facts/mini.yaml"), "utf8")));

describe("loadKnowledgeWithIndex", () => {
  it("serves the second start from the snapshot with the same facts and the same search results", () => {
    const { dir, cacheDir } = freshCopy();
    const first = loadKnowledgeWithIndex(dir, { cacheDir });
    const second = loadKnowledgeWithIndex(dir, { cacheDir });
    expect([first.fromSnapshot, second.fromSnapshot]).toEqual([false, true]);
    expect(second.kb.facts).toEqual(first.kb.facts);
    expect(second.kb.entities).toEqual(first.kb.entities);
    expect(second.index.search("都市エリア 予算")).toEqual(first.index.search("都市エリア 予算"));
    expect(second.index.search("都市エリア 予算").length).toBeGreaterThan(0);
  });

  it("validates from the files again when one byte of knowledge changes, and refuses what is now wrong", () => {
    const { dir, cacheDir } = freshCopy();
    loadKnowledgeWithIndex(dir, { cacheDir });
    editFacts(dir, (t) => t.replace("display: 31億円", "display: 32億円"));
    expect(() => loadKnowledgeWithIndex(dir, { cacheDir })).toThrow(KnowledgeError);
  });

  it("picks up a corrected file instead of the snapshot of the old one", () => {
    const { dir, cacheDir } = freshCopy();
    loadKnowledgeWithIndex(dir, { cacheDir });
    editFacts(dir, (t) => t.replace("yearLabel: 平成１５年度", "yearLabel: 平成15年度"));
    const reloaded = loadKnowledgeWithIndex(dir, { cacheDir });
    expect(reloaded.fromSnapshot).toBe(false);
    expect(reloaded.kb.factsById.get("mini-budget-2003")?.yearLabel).toBe("平成15年度");
  });

  it("writes no snapshot for a knowledge base with a problem", () => {
    const { dir, cacheDir } = freshCopy();
    editFacts(dir, (t) => t.replace("subject: toshi-area", "subject: nowhere"));
    expect(() => loadKnowledgeWithIndex(dir, { cacheDir })).toThrow(KnowledgeError);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it("loads from the files when the snapshot is unreadable", () => {
    const { dir, cacheDir } = freshCopy();
    loadKnowledgeWithIndex(dir, { cacheDir });
    for (const file of readdirSync(cacheDir)) writeFileSync(join(cacheDir, file), "not a snapshot");
    const reloaded = loadKnowledgeWithIndex(dir, { cacheDir });
    expect(reloaded.fromSnapshot).toBe(false);
    expect(reloaded.kb.facts.length).toBe(2);
  });
});
