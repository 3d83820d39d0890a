import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/qa/index.js";
import { createReloadableAnswerer } from "../../src/qa/reloadable-answerer.js";

const MINI = new URL("../fixtures/knowledge-mini/", import.meta.url).pathname;

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), "sangaku-reload-"));
  cpSync(MINI, dir, { recursive: true });
  const logged: string[] = [];
  const qa = createReloadableAnswerer(
    () => createAnswerer({ knowledge: dir }),
    (level, message) => logged.push(`${level}: ${message}`),
  );
  return { dir, qa, logged };
}

describe("createReloadableAnswerer", () => {
  it("takes knowledge that validates", () => {
    const { qa, logged } = setUp();
    expect(qa.reload()).toBe(true);
    expect(logged[0]).toMatch(/^info: knowledge reloaded: \d+ facts/);
  });

  it("keeps answering from the old knowledge when the new one does not validate, and logs the operator's error", () => {
    const { dir, qa, logged } = setUp();
    const before = qa.overview().factCount;
    writeFileSync(join(dir, "facts", "broken.yaml"), "document: mini.txt\nfacts:\n  - id: x\n");
    expect(qa.reload()).toBe(false);
    expect(qa.overview().factCount).toBe(before);
    expect(logged[0]).toMatch(/^error: knowledge not reloaded, still answering from the previous knowledge\. .*facts\/broken\.yaml/s);
    expect(logged[0]).not.toMatch(/\n\s+at /);
  });
});
