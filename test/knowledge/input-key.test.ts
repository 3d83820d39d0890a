import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inputKey, listTree } from "../../src/knowledge/input-key.js";

const root = mkdtempSync(join(tmpdir(), "sangaku-input-key-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const LATER = Date.now() + 60_000;

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "sub"), { recursive: true });
  writeFileSync(join(dir, "a.yaml"), "a: 1\n");
  writeFileSync(join(dir, "sub/b.yaml"), "b: 2\n");
  return dir;
}

describe("inputKey", () => {
  it("is the same for the same files and changes with one byte, remembered or not", () => {
    const dir = folder("edit");
    const memo = join(root, "edit.key");
    const first = inputKey([dir], "salt", memo, LATER);
    first.remember();
    expect(existsSync(memo)).toBe(true);
    expect(inputKey([dir], "salt", memo, LATER).key).toBe(first.key);
    writeFileSync(join(dir, "sub/b.yaml"), "b: 33\n");
    expect(inputKey([dir], "salt", memo, LATER).key).not.toBe(first.key);
    expect(inputKey([dir], "salt", false).key).toBe(inputKey([dir], "salt", memo, LATER).key);
  });

  it("never remembers a signature taken right after a change (two edits within one clock tick look alike)", () => {
    const dir = folder("racy");
    const memo = join(root, "racy.key");
    inputKey([dir], "salt", memo).remember();
    expect(existsSync(memo)).toBe(false);
  });

  it("changes with the salt and with a file added", () => {
    const dir = folder("added");
    const before = inputKey([dir], "salt", false).key;
    expect(inputKey([dir], "other", false).key).not.toBe(before);
    writeFileSync(join(dir, "c.yaml"), "c: 1\n");
    expect(inputKey([dir], "salt", false).key).not.toBe(before);
  });
});

describe("listTree", () => {
  it("lists what readdirSync's recursive listing lists: folders too, symlinked folders entered, broken links kept", () => {
    const dir = folder("tree");
    symlinkSync(join(dir, "sub"), join(dir, "linked"));
    symlinkSync(join(dir, "nowhere"), join(dir, "broken"));
    expect(listTree(dir).sort()).toEqual(readdirSync(dir, { recursive: true, encoding: "utf8" }).sort());
    expect(listTree(dir)).toContain("linked/b.yaml");
  });
});
