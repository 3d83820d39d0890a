/**
 * A start-up snapshot: the validated knowledge base and its built search index, saved with v8.serialize
 * under node_modules/.cache/sangaku/ and keyed by a content hash of everything they are made from (every
 * file under knowledge/, the code that loads and indexes it, minisearch, the Node version).
 * A snapshot is written only after a load that found no problem, so reading one skips YAML parsing, zod,
 * grounding, integrity checks and tokenization without weakening any of them: any changed byte changes the
 * key and the next start validates from the files again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { buildSectionIndex, type SavedSectionIndex, type SectionIndex } from "../search/section-index.js";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type KnowledgeBase } from "./load-knowledge.js";

/** Bump when the snapshot's shape changes in a way the code hash would not show. */
const FORMAT = 1;
const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/sangaku/", import.meta.url));

type Snapshot = { key: string; kb: KnowledgeBase; index: SavedSectionIndex };
export type LoadedKnowledge = { kb: KnowledgeBase; index: SectionIndex; fromSnapshot: boolean };

/**
 * Loads knowledge/ and builds its index, from the snapshot when one matches the files, else from the files
 * (validating everything, as loadKnowledge does) and then saves a snapshot. `cacheDir: false` never reads or writes one.
 * @example const { kb, index } = loadKnowledgeWithIndex(); index.search("知的クラスターとは").length > 0
 * @throws KnowledgeError when the files have a problem (no snapshot is written then)
 */
export function loadKnowledgeWithIndex(dir = DEFAULT_KNOWLEDGE_DIR, options: { cacheDir?: string | false } = {}): LoadedKnowledge {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const key = cacheDir === false ? "" : hashInputs(dir);
  const file = cacheDir === false ? "" : join(cacheDir, snapshotName(dir));
  const saved = cacheDir === false ? undefined : readSnapshot(file, key);
  if (saved) return { kb: saved.kb, index: buildSectionIndex([], saved.kb.vocabulary.variants, saved.index), fromSnapshot: true };
  const kb = loadKnowledge(dir);
  const index = buildSectionIndex(kb.documents.values(), kb.vocabulary.variants);
  if (cacheDir !== false) writeSnapshot(cacheDir, file, { key, kb, index: index.save() });
  return { kb, index, fromSnapshot: false };
}

/**
 * One file per knowledge folder and per place the code runs from (src/ under tsx, dist/ when built), so the two
 * do not overwrite each other's snapshot; a changed file replaces its slot's snapshot instead of adding one.
 */
function snapshotName(dir: string): string {
  return `knowledge-${createHash("sha256").update(`${dir}\n${HERE}`).digest("hex").slice(0, 16)}.v8`;
}

/** sha256 over the knowledge files, the code that turns them into a snapshot, minisearch and Node's version. */
function hashInputs(dir: string): string {
  const hash = createHash("sha256").update(`format ${FORMAT} node ${process.version}\n`);
  const code = [HERE, join(HERE, "../search")];
  for (const folder of [dir, ...code]) {
    for (const name of listFiles(folder))
      hash
        .update(`${name}\n`)
        .update(readFileSync(join(folder, name)))
        .update("\n");
  }
  hash.update(readFileSync(fileURLToPath(import.meta.resolve("minisearch"))));
  return hash.digest("hex");
}

/** Every file below a folder, by relative path, in a stable order. */
function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
}

/** A snapshot is only trusted when its embedded key matches; anything unreadable counts as no snapshot. */
function readSnapshot(file: string, key: string): Snapshot | undefined {
  try {
    const snapshot = deserialize(readFileSync(file)) as Snapshot;
    return snapshot.key === key ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Written to a temporary name and renamed, so a reader never sees half a file.
 * A cache that cannot be written (read-only checkout) is not an error: the next start validates again.
 */
function writeSnapshot(cacheDir: string, file: string, snapshot: Snapshot): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(snapshot));
    renameSync(temporary, file);
  } catch {
    // Caching is an optimisation only.
  }
}
