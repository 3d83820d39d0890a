import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runIngest } from "../../src/ingest/run-ingest.js";
import { writeKnowledge } from "../../src/ingest/write-knowledge.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../../src/knowledge/load-knowledge.js";

const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .filter((f) => /\.(ya?ml|txt)$/.test(f))
    .map((f) => [f, readFileSync(join(dir, f), "utf8")]);

describe("writeKnowledge", () => {
  it("puts back the previous ingestion when a replacement does not load, and writes nothing else", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sangaku-write-"));
    copyFileSync(join(DEFAULT_KNOWLEDGE_DIR, "vocabulary.yaml"), join(dir, "vocabulary.yaml"));
    const { ingested } = await runIngest({
      file: new URL("../fixtures/cid-noembed.pdf", import.meta.url).pathname,
      id: "sample",
      knowledge: dir,
    });
    const before = snapshot(dir);
    const broken = {
      ...ingested,
      facts: ingested.facts.map((f, i) => (i === 0 ? { ...f, evidence: { quote: "どこにもない一文 7,248件" } } : f)),
    };
    expect(() => writeKnowledge(dir, broken, { file: "sample.pdf", replace: true })).toThrow(
      /does not load:[\s\S]*sample-f1\) › evidence\.quote/,
    );
    expect(snapshot(dir)).toEqual(before);
  });
});
