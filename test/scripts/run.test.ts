/**
 * scripts/run.mjs on a throw-away project (its own src/ and dist/, the real node_modules linked in):
 * the built code runs, and an edit to src/ is what runs next, never the stale build.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const project = mkdtempSync(join(tmpdir(), "sangaku-run-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));
cpSync(join(ROOT, "scripts"), join(project, "scripts"), { recursive: true });
symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
mkdirSync(join(project, "src/cli"), { recursive: true });
writeFileSync(join(project, "package.json"), JSON.stringify({ type: "module" }));

const writeEntry = (word: string) =>
  writeFileSync(join(project, "src/cli/say.ts"), `const word: string = "${word}";\nconsole.log(word, process.argv.slice(2).join(" "));\n`);
const run = (...args: string[]) =>
  execFileSync("node", ["scripts/run.mjs", "src/cli/say.ts", ...args], { cwd: project, encoding: "utf8" }).trim();

describe("scripts/run.mjs", () => {
  it("builds dist/ on first use and runs the entry from it with its own arguments", () => {
    writeEntry("one");
    expect(run("--json", "x")).toBe("one --json x");
    expect(readFileSync(join(project, "dist/cli/say.js"), "utf8")).toContain('"one"');
  });

  it("rebuilds before running when src/ changed, so a stale build never runs", () => {
    writeEntry("one");
    run();
    writeEntry("two");
    expect(run()).toBe("two");
    expect(existsSync(join(project, "dist/.source-hash"))).toBe(true);
  });

  it("runs a script entry (cli/ask.ts) from one CommonJS file with a code cache, and an edit runs the new code", () => {
    const ask = (word: string) =>
      writeFileSync(
        join(project, "src/cli/ask.ts"),
        `const word: string = "${word}";\nconsole.log(word, process.argv.slice(2).join(" "));\n`,
      );
    const runAsk = () => execFileSync("node", ["scripts/run.mjs", "src/cli/ask.ts", "--json"], { cwd: project, encoding: "utf8" }).trim();
    ask("first");
    expect(runAsk()).toBe("first --json");
    expect(existsSync(join(project, "dist/cli/ask.cjs.cache"))).toBe(true);
    expect(runAsk()).toBe("first --json");
    ask("second");
    expect(runAsk()).toBe("second --json");
  });

  it("runs the current source through tsx when the build fails, not the last build", () => {
    writeEntry("one");
    run();
    writeFileSync(join(project, "src/cli/broken.ts"), 'import "./nowhere.js";\n');
    writeEntry("three");
    try {
      expect(execFileSync("node", ["scripts/run.mjs", "src/cli/say.ts"], { cwd: project, encoding: "utf8", stdio: "pipe" }).trim()).toBe(
        "three",
      );
    } finally {
      rmSync(join(project, "src/cli/broken.ts"));
    }
  });

  it("bundles the worker threads' bodies and points the built code at them, so no thread needs tsx", () => {
    mkdirSync(join(project, "src/slack/pool"), { recursive: true });
    cpSync(join(ROOT, "src/slack/pool/worker-url.ts"), join(project, "src/slack/pool/worker-url.ts"));
    writeFileSync(join(project, "src/slack/pool/answer-worker.ts"), 'export default (): string => "worker body";\n');
    writeFileSync(
      join(project, "src/cli/where.ts"),
      'import { workerUrl } from "../slack/pool/worker-url.js";\n' +
        'const url = workerUrl("answer-worker", import.meta.url);\n' +
        "console.log(url, (await import(url)).default());\n",
    );
    const [url, ...said] = execFileSync("node", ["scripts/run.mjs", "src/cli/where.ts"], { cwd: project, encoding: "utf8" })
      .trim()
      .split(" ");
    expect(url).toMatch(/\/dist\/slack\/pool\/answer-worker\.js$/);
    expect(said.join(" ")).toBe("worker body");
  });
});
