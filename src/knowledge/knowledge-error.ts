/**
 * A knowledge file is wrong: the developer's fault, raised at start-up, never shown to a Slack user.
 * The message lists every problem, one per line, as "file › record › field: what was expected".
 */
export class KnowledgeError extends Error {
  override readonly name = "KnowledgeError";
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 40);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : "";
    super(`knowledge base is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${shown.join("\n  ")}${more}`);
  }
}
