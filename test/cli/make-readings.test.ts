import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { sourceTexts, writeReadings } from "../../src/cli/make-readings.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { ReadingsFile } from "../../src/knowledge/schema.js";
import { loadIntents } from "../../src/qa/load-intents.js";

describe("npm run kb -- readings", () => {
  it("writes the committed readings file again from the names and question words", async () => {
    const dir = mkdtempSync(join(tmpdir(), "readings-"));
    const { intents, lexicon } = loadIntents();
    await writeReadings(loadKnowledge(), intents, lexicon, dir, sourceTexts("knowledge"));
    const written = ReadingsFile.parse(load(readFileSync(join(dir, "readings.yaml"), "utf8")));
    expect(written.readings["共同研究"]).toBe("きょうどうけんきゅう");
    // (The documents' own words too, for romaji: kouritsusei.)
    expect(written.corpusWords["効率性"]).toBe("こうりつせい");
    expect(readFileSync(join(dir, "readings.yaml"), "utf8")).toBe(readFileSync("knowledge/readings.yaml", "utf8"));
  }, 60_000);
});
