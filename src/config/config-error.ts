/**
 * The configuration is wrong: the operator's fault, raised at start-up, never shown to a Slack user.
 * The message lists every problem as "VARIABLE: what is wrong and how to fix it"; it never holds a secret value.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`configuration is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
  }
}
