/**
 * The content hash of what a build is made from: every file under src/, the build script and the esbuild
 * version. dist/ is run only when its recorded hash equals this one, so a stale build can never run,
 * whatever the files' modification times say (git checkouts, copies, clock changes).
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const DIST = join(ROOT, "dist");
export const HASH_FILE = ".source-hash";

/**
 * @returns {string} sha256 hex of src/ (paths and contents), scripts/build.mjs and the installed esbuild version
 * @example hashSources() // "3f2a…"
 */
export function hashSources() {
  const hash = createHash("sha256");
  const src = join(ROOT, "src");
  const files = readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(src, f)).isFile())
    .sort();
  for (const file of files)
    hash
      .update(`${file}\n`)
      .update(readFileSync(join(src, file)))
      .update("\n");
  hash.update(readFileSync(join(ROOT, "scripts/build.mjs")));
  hash.update(readFileSync(join(ROOT, "node_modules/esbuild/package.json")));
  return hash.digest("hex");
}

/**
 * @returns {boolean} whether dist/ holds a complete build of the current sources
 * @example isBuildFresh(hashSources()) // true after `npm run build`
 */
export function isBuildFresh(sourceHash) {
  try {
    return readFileSync(join(DIST, HASH_FILE), "utf8").trim() === sourceHash;
  } catch {
    return false;
  }
}
