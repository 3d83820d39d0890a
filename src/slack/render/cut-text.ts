/**
 * Fits text into a Slack limit, cutting at a line end when possible and saying where the rest is.
 */

/**
 * Returns text unchanged when it fits in max characters, else a prefix ending with the pointer.
 * @example cutText("line one\nline two", 12, "…") // "line one\n…"
 */
export function cutText(text: string, max: number, pointer: string): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - pointer.length - 1);
  const head = text.slice(0, room);
  const lineEnd = head.lastIndexOf("\n");
  // Cut at a line end unless that would throw away most of the room.
  const kept = lineEnd > room / 2 ? head.slice(0, lineEnd) : head;
  return `${dropBrokenEntity(kept)}\n${pointer}`;
}

/**
 * Cuts a label (button text) to max characters with an ellipsis.
 * @example cutLabel("都市エリア産学官連携促進事業", 6) // "都市エリア…"
 */
export function cutLabel(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// A cut in the middle of "&amp;" would leave "&am", which Slack shows as garbage.
function dropBrokenEntity(text: string): string {
  return text.replace(/&[a-z]{0,3}$/, "");
}
