import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runIngest } from "../../src/ingest/run-ingest.js";
import { confirmReviewed, listForReview } from "../../src/ingest/review-facts.js";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { createAnswerer } from "../../src/qa/index.js";

async function ingested(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "sangaku-review-"));
  copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, "vocabulary.yaml"), join(dir, "vocabulary.yaml"));
  await runIngest({ file: new URL("../fixtures/embedded.pdf", import.meta.url).pathname, id: "sample", knowledge: dir });
  return dir;
}
const QUESTION = "共同研究の実施件数の平成23年度の実績は？";

describe("npm run kb -- review", () => {
  it("lists each extracted fact with its row, year, kind, figure, page and quote, and the proposed entities", async () => {
    const list = listForReview(loadKnowledge(await ingested()), "sample");
    expect(list).toMatch(/^sample: 15 of 15 facts still to review/);
    expect(list).toContain("共同研究の実施件数 | 23年度 (2011) | 実績 | 16,302件 | p.2");
    expect(list).toContain("「①共同研究の実施件数 7,248件 14,974件 14,779件 15,544件 16,302件 調査中 －」");
    expect(list).toMatch(/sample-e\d+ {2}indicator {2}共同研究の実施件数 {2}aliases: ①共同研究の実施件数/);
    expect(list).toContain("npm run kb -- review sample --confirm");
  });

  it("removes the caution line of a fact once it is confirmed, and only of that fact", async () => {
    const dir = await ingested();
    const fact = loadKnowledge(dir).facts.find((f) => f.display === "16,302件")!;
    expect(createAnswerer({ knowledge: dir }).answer(QUESTION).caution).toBeDefined();
    expect(confirmReviewed(dir, "sample", [fact.id])).toBe(1);
    const kb = loadKnowledge(dir);
    expect(kb.factsById.get(fact.id)!.origin).toBe("reviewed");
    expect(kb.facts.filter((f) => f.origin === "extracted")).toHaveLength(14);
    expect(createAnswerer({ knowledge: dir }).answer(QUESTION).caution).toBeUndefined();
  });

  it("keeps what was confirmed when the same document is ingested again", async () => {
    const dir = await ingested();
    const fact = loadKnowledge(dir).facts.find((f) => f.display === "16,302件")!;
    confirmReviewed(dir, "sample", [fact.id]);
    await runIngest({ file: new URL("../fixtures/embedded.pdf", import.meta.url).pathname, id: "sample", knowledge: dir, replace: true });
    const again = loadKnowledge(dir).facts;
    expect(again.filter((f) => f.origin === "reviewed").map((f) => f.display)).toEqual(["16,302件"]);
  });

  it("confirms every fact and proposed entity with --confirm-all", async () => {
    const dir = await ingested();
    expect(confirmReviewed(dir, "sample", "all")).toBe(15);
    const kb = loadKnowledge(dir);
    expect([...kb.entities.values()].every((e) => e.origin === "reviewed")).toBe(true);
    expect(listForReview(kb, "sample")).toContain("Every fact is reviewed");
  });
});
