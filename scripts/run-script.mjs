/**
 * Runs a CommonJS script built by scripts/build.mjs through a V8 code cache kept beside it (`<script>.cache`),
 * the Node 20 counterpart of Node 22's module compile cache: the second start skips parsing and compiling
 * the script and every function the first run compiled (measured in docs/speed.md).
 * The cache is used only for the build it was made from: its first line is the source hash that the
 * script's last line also names (V8 itself checks only the source's length), and V8 rejects a cache made by
 * another Node version or with other flags; a missing or rejected cache is written again when the process exits.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";
import { SCRIPT_HASH_MARK } from "./source-hash.mjs";

/**
 * @returns {boolean} false when there is no such script for this build (the caller imports the ES module instead)
 * @example runScript("/app/dist/cli/ask.cjs", sourceHash) // true, and the script has run
 */
export function runScript(file, sourceHash) {
  let code;
  try {
    code = readFileSync(file, "utf8");
  } catch {
    return false;
  }
  if (!code.trimEnd().endsWith(`${SCRIPT_HASH_MARK}${sourceHash}`)) return false;
  const cacheFile = `${file}.cache`;
  const header = Buffer.from(`${sourceHash}\n`);
  let cachedData;
  try {
    const saved = readFileSync(cacheFile);
    if (saved.subarray(0, header.length).equals(header)) cachedData = saved.subarray(header.length);
  } catch {
    // No cache yet: written when this process exits.
  }
  const script = new Script(Module.wrap(code), { filename: file, cachedData, importModuleDynamically: (s) => import(s) });
  if (!cachedData || script.cachedDataRejected) {
    // At exit the functions this run compiled are in the cache too, not only the top level.
    process.once("exit", () => {
      try {
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([header, script.createCachedData()]));
        renameSync(temporary, cacheFile);
      } catch {
        // A cache is an optimisation only (a read-only checkout runs without one).
      }
    });
  }
  const module = new Module(file);
  module.filename = file;
  module.paths = Module._nodeModulePaths(dirname(file));
  const require = createRequire(file);
  script.runInThisContext()(module.exports, require, module, file, dirname(file));
  return true;
}
