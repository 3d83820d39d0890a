import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cachedValue } from "../../src/knowledge/cached-value.js";

function setup() {
  const root = mkdtempSync(join(tmpdir(), "cached-value-"));
  const input = join(root, "in.yaml");
  writeFileSync(input, "a: 1\n");
  return { cache: join(root, "cache"), input };
}

describe("cachedValue", () => {
  it("builds once and reads the saved value while the inputs are unchanged", () => {
    const { cache, input } = setup();
    let builds = 0;
    const build = () => ({ n: ++builds });
    expect(cachedValue(cache, "x", [input], build)).toEqual({ n: 1 });
    expect(cachedValue(cache, "x", [input], build)).toEqual({ n: 1 });
    expect(builds).toBe(1);
  });

  it("builds again when one byte of an input changes", () => {
    const { cache, input } = setup();
    let builds = 0;
    cachedValue(cache, "x", [input], () => ++builds);
    writeFileSync(input, "a: 2\n");
    expect(cachedValue(cache, "x", [input], () => ++builds)).toBe(2);
  });

  it("saves nothing when the build throws, so a broken file is reported on every start", () => {
    const { cache, input } = setup();
    expect(() =>
      cachedValue(cache, "x", [input], () => {
        throw new Error("bad file");
      }),
    ).toThrow("bad file");
    expect(() => readdirSync(cache)).toThrow();
  });
});
