/**
 * A value that is costly to build from files (parsed and validated YAML), kept between starts with
 * v8.serialize under node_modules/.cache/sangaku/ and keyed by a content hash of the files it is made from,
 * the code that builds it and Node's version (remembered with their stat signature: input-key.ts). Any changed
 * byte changes the key and the value is built (and validated) from the files again; a build that throws writes nothing.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { inputKey } from "./input-key.js";
import { slotName } from "./slot-name.js";

/**
 * Returns the cached value for `slot` when its key matches `inputs` (files or folders), else `build()`,
 * saved for next time. `cacheDir: false` always builds.
 * @example cachedValue(cacheDir, "intents", [intentsDir, codeDir], () => loadIntents(intentsDir))
 */
export function cachedValue<T>(cacheDir: string | false, slot: string, inputs: string[], build: () => T): T {
  if (cacheDir === false) return build();
  const file = join(cacheDir, `${slot}-${slotName(inputs.join("\n"))}.v8`);
  const { key, remember } = inputKey(inputs, `node ${process.version}`, `${file}.key`);
  try {
    const saved = deserialize(readFileSync(file)) as { key: string; value: T };
    if (saved.key === key) {
      remember();
      return saved.value;
    }
  } catch {
    // No cache, or an unreadable one: built below.
  }
  const value = build();
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, serialize({ key, value }));
    renameSync(`${file}.${process.pid}.tmp`, file);
    remember();
  } catch {
    // A cache that cannot be written (read-only checkout) only costs the next start its time.
  }
  return value;
}
