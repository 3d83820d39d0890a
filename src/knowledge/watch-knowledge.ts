/**
 * Calls back when anything under knowledge/ changes, once per burst of changes: an ingestion writes several
 * files, and the knowledge base should be reloaded once, after the last of them.
 */
import { watch } from "node:fs";

/** Quiet time after the last change before the callback runs. */
export const SETTLE_MS = 500;

/**
 * Watches the folder (recursively) and calls `onChange` after changes settle; `close()` stops watching.
 * @example const watcher = watchKnowledge(DEFAULT_KNOWLEDGE_DIR, () => qa.reload()); … watcher.close();
 */
export function watchKnowledge(dir: string, onChange: () => void, settleMs = SETTLE_MS): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
    // Temporary files of an ingestion in progress are not a change yet; their rename is.
    if (name && String(name).endsWith(".tmp-ingest")) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  });
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
