import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchKnowledge } from "../../src/knowledge/watch-knowledge.js";

describe("watchKnowledge", () => {
  it("calls back after files change in a sub-folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sangaku-watch-"));
    mkdirSync(join(dir, "facts"));
    let calls = 0;
    const changed = new Promise<void>((resolve) => {
      const watcher = watchKnowledge(
        dir,
        () => {
          calls++;
          watcher.close();
          resolve();
        },
        50,
      );
      writeFileSync(join(dir, "facts", "a.yaml"), "x");
      writeFileSync(join(dir, "facts", "b.yaml"), "y");
    });
    await changed;
    expect(calls).toBe(1);
  });
});
