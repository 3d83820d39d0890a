/**
 * The content key of a cache's inputs (files, or folders read whole): sha256 over their paths and bytes.
 * Hashing every input on each start cost ~20 ms (knowledge/, intents/ and the code that reads them), so the
 * key is remembered with the inputs' stat signature (path, size, inode, mtime and ctime in ns): while the
 * signature is unchanged the remembered key is used and no file is read. ctime changes with every write and
 * cannot be set back except by the clock, and a signature taken while an input was changed within the last
 * two seconds is never remembered (git's "racy clean" rule), so an edit never hides behind a remembered key.
 */
import { readFileSync, renameSync, statSync, writeFileSync, type BigIntStats } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { listTree } from "../../scripts/list-tree.mjs";

const RACY_NS = 2_000_000_000n;

export type InputKey = {
  key: string;
  /** Remembers the key for this signature in `memoFile`, once what it keys has been written or found good. */
  remember(): void;
};

/**
 * `nowMs` is the time racy inputs are judged against (tests pass a later one).
 * @example const { key, remember } = inputKey(["knowledge", "src/knowledge"], "node v20", "cache/keys-kb.txt");
 * if (snapshot.key === key) remember();
 */
export function inputKey(inputs: string[], salt: string, memoFile: string | false, nowMs = Date.now()): InputKey {
  const files: Array<{ file: string; stat: BigIntStats }> = [];
  for (const input of inputs) {
    const stat = statSync(input, { bigint: true });
    if (!stat.isDirectory()) files.push({ file: input, stat });
    else
      for (const name of listTree(input).sort()) {
        const file = join(input, name);
        const entry = statSync(file, { bigint: true });
        if (entry.isFile()) files.push({ file, stat: entry });
      }
  }
  const now = BigInt(Math.round(nowMs)) * 1_000_000n;
  const racy = files.some(({ stat }) => now - stat.ctimeNs < RACY_NS || now - stat.mtimeNs < RACY_NS);
  const signature =
    `${salt}\n` + files.map(({ file, stat }) => `${file} ${stat.size} ${stat.ino} ${stat.mtimeNs} ${stat.ctimeNs}`).join("\n");
  const remembered = memoFile === false ? undefined : readMemo(memoFile, signature);
  const key =
    remembered ??
    hashFiles(
      files.map((f) => f.file),
      salt,
    );
  return {
    key,
    remember() {
      if (memoFile === false || racy || remembered) return;
      try {
        writeFileSync(`${memoFile}.${process.pid}.tmp`, `${signature}\0${key}`);
        renameSync(`${memoFile}.${process.pid}.tmp`, memoFile);
      } catch {
        // Remembering is an optimisation only.
      }
    },
  };
}

function readMemo(memoFile: string, signature: string): string | undefined {
  try {
    const [remembered, key] = readFileSync(memoFile, "utf8").split("\0");
    return remembered === signature && key ? key : undefined;
  } catch {
    return undefined;
  }
}

function hashFiles(files: string[], salt: string): string {
  // Loaded only when the inputs changed: a start with remembered keys does not load Node's crypto module (~2 ms).
  const { createHash } = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  const hash = createHash("sha256").update(`${salt}\n`);
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(file)).update("\n");
  return hash.digest("hex");
}

/** Every path under a folder, relative to it (shared with scripts/source-hash.mjs, which runs before a build). */
export { listTree };
