/**
 * The start-up snapshot of `npm run ask` (scripts/ask.sh) can hold only Node's own modules and the packages built
 * into it: a package the core imports that is not in BUNDLED_PACKAGES makes the snapshot fail to build, silently,
 * and every run then starts the slow way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_PACKAGES } from "../../scripts/source-hash.mjs";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe("the packages the answering core imports", () => {
  it("are all built into the start-up snapshot's script", () => {
    const sources = ["src/qa", "src/knowledge", "src/search"].flatMap(files).filter((f) => f.endsWith(".ts"));
    const imported = new Set(
      sources.flatMap((f) =>
        [...readFileSync(f, "utf8").matchAll(/^import (?!type )[^;]*?from "([^".][^"]*)"/gm)]
          .map((m) => m[1]!)
          .filter((p) => !p.startsWith("node:")),
      ),
    );
    expect([...imported].filter((p) => !BUNDLED_PACKAGES.includes(p))).toEqual([]);
  });
});
