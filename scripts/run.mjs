/**
 * `node scripts/run.mjs src/cli/ask.ts [args…]`: runs an entry point from dist/ when dist/ is a build of the
 * current src/ (by content hash), rebuilding it first when it is not; if it cannot be built, runs the
 * TypeScript source through tsx instead. Either way the code that runs is the code in src/.
 * Why: tsx transpiles every module on every start; node on the prebuilt JavaScript starts several
 * hundred milliseconds sooner (figures in docs/speed.md).
 * An entry also built as one CommonJS script (dist/<entry>.cjs, see SCRIPT_ENTRIES) runs from that script
 * with a V8 code cache beside it: Node 20 has no compile cache for ES modules (module.enableCompileCache is
 * Node 22), and parsing and compiling the bundle and its packages is most of a short run's start-up.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ROOT, hashSources, isBuildFresh } from "./source-hash.mjs";
import { runScript } from "./run-script.mjs";

const [entry, ...args] = process.argv.slice(2);
if (!entry?.startsWith("src/") || !entry.endsWith(".ts")) {
  console.error("usage: node scripts/run.mjs src/<path>.ts [arguments…]");
  process.exit(2);
}
const source = join(ROOT, entry);
const built = join(DIST, entry.slice("src/".length).replace(/\.ts$/, ".js"));
// The entry sees the arguments as if it had been started directly.
process.argv = [process.argv[0], source, ...args];

const sourceHash = hashSources();
let fresh = isBuildFresh(sourceHash);
if (!fresh) {
  try {
    const { buildDist } = await import("./build.mjs");
    fresh = await buildDist(sourceHash);
  } catch {
    fresh = false; // esbuild missing or failing: the tsx fallback below still runs the current source
  }
}
if (fresh) {
  process.argv[1] = built;
  if (!runScript(built.replace(/\.js$/, ".cjs"), sourceHash)) await import(pathToFileURL(built).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(source).href);
}
