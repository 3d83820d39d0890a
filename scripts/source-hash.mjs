/**
 * The content hash of what a build is made from: every file under src/, the build script and this one, the esbuild
 * version and the versions of the packages bundled into the script entries. dist/ is run only when its recorded hash equals this one, so a stale build can never run,
 * whatever the files' modification times say (git checkouts, copies, clock changes).
 * Reading and hashing every source on each start costs ~10 ms, so the hash is remembered beside the build
 * with the files' stat signature (path, size, inode, mtime and ctime in ns); while that signature is
 * unchanged the remembered hash is used. ctime cannot be set back by anyone but the clock, and a signature
 * taken while a file was changed within the last two seconds is never remembered (git's "racy clean" rule),
 * so an edit can never hide behind a remembered hash.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { listTree } from "./list-tree.mjs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const DIST = join(ROOT, "dist");
export const HASH_FILE = ".source-hash";
/**
 * Entries also built as one CommonJS script (dist/<entry>.cjs) that scripts/run.mjs loads with a V8 code cache,
 * and the pure-JavaScript packages bundled into them (their versions are part of the hash).
 */
export const SCRIPT_ENTRIES = ["cli/ask.ts"];
/** The entry that scripts/ask.sh makes the start-up snapshot of `npm run ask` from (built as dist/cli/ask-snapshot.cjs). */
export const SNAPSHOT_ENTRY = "cli/ask-snapshot.ts";
export const BUNDLED_PACKAGES = ["zod", "js-yaml", "dayjs", "minisearch", "wanakana"];
/** The last line of such a script: this mark and the source hash it was built from. */
export const SCRIPT_HASH_MARK = "//# sangaku-source-hash=";
/** The stat signature the remembered hash was computed for, then that hash. */
const MEMO_FILE = ".source-stat";
const RACY_NS = 2_000_000_000n;

/**
 * @returns {string} sha256 hex of src/ (paths and contents), scripts/build.mjs, the installed esbuild version and bundled packages' versions
 * @example hashSources() // "3f2a…"
 */
export function hashSources() {
  const { files, signature, racy } = statSources();
  const memo = join(DIST, MEMO_FILE);
  try {
    const [remembered, hash] = readFileSync(memo, "utf8").split("\0");
    if (remembered === signature && hash) return hash;
  } catch {
    // Nothing remembered: hashed below.
  }
  // Loaded only when the sources changed: a start with a remembered hash does not load Node's crypto module (~2 ms).
  const { createHash } = createRequire(import.meta.url)("node:crypto");
  const hash = createHash("sha256");
  for (const file of files.filter((f) => f.startsWith("src/")).map((f) => f.slice("src/".length)))
    hash
      .update(`${file}\n`)
      .update(readFileSync(join(ROOT, "src", file)))
      .update("\n");
  hash.update(readFileSync(join(ROOT, "scripts/build.mjs")));
  // Bundled into the start-up snapshot's entry, which checks with it that it is still of the current sources.
  hash.update(readFileSync(join(ROOT, "scripts/source-hash.mjs")));
  // Bundled wherever src/knowledge/input-key.ts is.
  hash.update(readFileSync(join(ROOT, "scripts/list-tree.mjs")));
  hash.update(readFileSync(join(ROOT, "node_modules/esbuild/package.json")));
  for (const name of BUNDLED_PACKAGES) hash.update(readFileSync(join(ROOT, `node_modules/${name}/package.json`)));
  const digest = hash.digest("hex");
  try {
    if (!racy && isBuildFresh(digest)) writeFileSync(memo, `${signature}\0${digest}`);
  } catch {
    // Remembering is an optimisation only.
  }
  return digest;
}

/** Every input of the hash with its stat, in a stable order; racy when one changed in the last two seconds. */
function statSources() {
  const files = listTree(join(ROOT, "src"))
    .sort()
    .map((f) => `src/${f}`)
    .concat(["scripts/build.mjs", "scripts/source-hash.mjs", "scripts/list-tree.mjs", "node_modules/esbuild/package.json"])
    .concat(BUNDLED_PACKAGES.map((name) => `node_modules/${name}/package.json`));
  const now = BigInt(Date.now()) * 1_000_000n;
  let signature = "";
  let racy = false;
  const kept = [];
  for (const file of files) {
    const stat = statSync(ROOT + file, { bigint: true }); // ROOT ends with a slash; join() costs more than the stat
    if (!stat.isFile()) continue;
    kept.push(file);
    signature += `${file} ${stat.size} ${stat.ino} ${stat.mtimeNs} ${stat.ctimeNs}\n`;
    if (now - stat.ctimeNs < RACY_NS || now - stat.mtimeNs < RACY_NS) racy = true;
  }
  return { files: kept.sort(), signature, racy };
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
