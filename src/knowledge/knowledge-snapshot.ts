/**
 * A start-up snapshot: the validated knowledge base and its built search index, saved with v8.serialize
 * under node_modules/.cache/sangaku/ and keyed by a content hash of everything they are made from (every
 * file under knowledge/, the code that loads and indexes it, minisearch, the Node version).
 * The key is remembered beside the snapshot with the files' stat signature (src/knowledge/input-key.ts).
 * A snapshot is written only after a load that found no problem, so reading one skips YAML parsing, zod,
 * grounding, integrity checks and tokenization without weakening any of them: any changed byte changes the
 * key and the next start validates from the files again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { buildSectionIndex, type SavedSectionIndex, type SectionIndex } from "../search/section-index.js";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge, type KnowledgeBase } from "./load-knowledge.js";
import { inputKey, type InputKey } from "./input-key.js";
import { slotName } from "./slot-name.js";

/** Bump when the snapshot's shape changes in a way the code hash would not show. */
const FORMAT = 2;
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
  const file = cacheDir === false ? "" : join(cacheDir, snapshotName(dir));
  const inputs = cacheDir === false ? undefined : hashInputs(dir, `${file}.key`);
  const saved = inputs && readSnapshot(file, inputs.key);
  if (saved) {
    inputs.remember();
    return { kb: saved.kb, index: buildSectionIndex([], saved.kb.vocabulary.variants, saved.index), fromSnapshot: true };
  }
  const kb = loadKnowledge(dir);
  const index = buildSectionIndex(kb.documents.values(), kb.vocabulary.variants);
  if (inputs && writeSnapshot(cacheDir as string, file, { key: inputs.key, kb, index: index.save() })) inputs.remember();
  return { kb, index, fromSnapshot: false };
}

/**
 * One file per knowledge folder and per place the code runs from (src/ under tsx, dist/ when built), so the two
 * do not overwrite each other's snapshot; a changed file replaces its slot's snapshot instead of adding one.
 */
function snapshotName(dir: string): string {
  return `knowledge-${slotName(`${dir}\n${HERE}`)}.v8`;
}

/** sha256 over the knowledge files, the code that turns them into a snapshot, minisearch and Node's version. */
function hashInputs(dir: string, memoFile: string): InputKey {
  const code = [HERE, join(HERE, "../search")];
  return inputKey(
    [dir, ...code, createRequire(import.meta.url).resolve("minisearch")],
    `format ${FORMAT} node ${process.version}`,
    memoFile,
  );
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
function writeSnapshot(cacheDir: string, file: string, snapshot: Snapshot): boolean {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(snapshot));
    renameSync(temporary, file);
    return true;
  } catch {
    return false; // Caching is an optimisation only.
  }
}
