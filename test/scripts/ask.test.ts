/**
 * scripts/ask.sh (`npm run ask`) on a throw-away project (its own src/ and dist/, the real node_modules linked
 * in): the first run goes through scripts/run.mjs and makes the start-up snapshot, the next starts from it, and
 * an edit to src/ is what runs next, never the snapshot of the old code.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const project = mkdtempSync(join(tmpdir(), "sangaku-ask-sh-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));
cpSync(join(ROOT, "scripts"), join(project, "scripts"), { recursive: true });
symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
mkdirSync(join(project, "src/cli"), { recursive: true });
writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module" }));

/** A toy ask.ts and snapshot entry that say which one ran, with the same protocol as the real ones. */
function writeEntries(word: string): void {
  writeFileSync(join(project, "src/cli/ask.ts"), `console.log("script ${word}", process.argv.slice(2).join(" "));\n`);
  writeFileSync(
    join(project, "src/cli/ask-snapshot.ts"),
    `import v8 from "node:v8";
import { hashSources } from "../../scripts/source-hash.mjs";
declare const __SANGAKU_SOURCE_HASH__: string;
const built = __SANGAKU_SOURCE_HASH__;
const said = "snapshot ${word}";
v8.startupSnapshot.setDeserializeMainFunction(() => {
  if (hashSources() !== built) process.exit(75);
  console.log(said, process.argv.slice(1).join(" "));
});
`,
  );
}
const ask = (...args: string[]) => execFileSync("sh", ["scripts/ask.sh", ...args], { cwd: project, encoding: "utf8" }).trim();
const blob = join(project, "dist/cli/ask.blob");

describe("scripts/ask.sh", () => {
  it("runs through scripts/run.mjs when there is no snapshot, makes one, and starts from it next time", () => {
    writeEntries("one");
    expect(ask("--json", "a b")).toBe("script one --json a b");
    expect(existsSync(blob)).toBe(true);
    expect(ask("--json", "a b")).toBe("snapshot one --json a b");
  }, 60_000);

  it("runs the edited source when src/ changed, never the old snapshot, and then snapshots the new code", () => {
    writeEntries("one");
    ask();
    ask();
    writeEntries("two");
    expect(ask("x")).toBe("script two x");
    expect(ask("x")).toBe("snapshot two x");
  }, 60_000);

  it("falls back to scripts/run.mjs when Node cannot load the snapshot (made by another Node or other flags)", () => {
    writeEntries("three");
    ask();
    // Made without ask.sh's V8 flags: Node refuses it (exit 14, as for a blob of another Node version).
    execFileSync("node", ["--snapshot-blob", blob, "--build-snapshot", join(project, "dist/cli/ask-snapshot.cjs")], {
      cwd: project,
      stdio: "pipe",
    });
    expect(execFileSync("sh", ["scripts/ask.sh", "y"], { cwd: project, encoding: "utf8", stdio: "pipe" }).trim()).toBe("script three y");
    expect(ask("y")).toBe("snapshot three y");
  }, 60_000);

  it("builds its scripts in ASCII, Japanese in strings and regular expressions escaped to the same meaning", () => {
    // (A source beyond Latin-1 is kept two bytes a character in the snapshot: see escapeNonAscii in scripts/build.mjs.)
    writeEntries("four");
    const entry = join(project, "src/cli/ask-snapshot.ts");
    const era = `/(平成|\\u3046)(\\d+)/.exec("令和平成31")!.slice(1).join("-") + "年度"`;
    writeFileSync(entry, readFileSync(entry, "utf8").replace(`"snapshot four"`, `"snapshot " + ${era}`));
    ask();
    expect(readFileSync(join(project, "dist/cli/ask-snapshot.cjs"), "utf8")).toMatch(/^[\x00-\x7f]*$/);
    expect(ask("z")).toBe("snapshot 平成-31年度 z");
  }, 60_000);
});
