/**
 * The name of a cache slot (which file a snapshot of one folder, for code run from one place, is kept in): 16
 * hex digits of two FNV-1a hashes of the text. Only the file name: what a slot holds is trusted by the content
 * key inside it (input-key.ts), so two texts sharing a name would only take turns in one file. Node's crypto
 * module is not loaded for it (~2 ms of every start); sha256 is used where content is keyed.
 */

/**
 * @example slotName("/app/knowledge\n/app/src/knowledge") // "3f1c…" (16 hex digits, the same on every start)
 */
export function slotName(text: string): string {
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193);
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
