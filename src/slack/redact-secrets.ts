/**
 * Removes Slack credentials from text about to be logged. Defensive: nothing should log a token, but an
 * error object or a request dump might carry one, and a log line is read by more people than the .env file.
 */

// Bot, user, app-config and refresh tokens (xoxb-, xoxp-, xoxe-, …) and app-level tokens (xapp-).
const TOKEN_PATTERN = /\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g;

/**
 * Replaces every Slack token pattern and every given secret value with a marker.
 * @example redactSecrets("token xoxb-123-abc, secret s3cr3t", ["s3cr3t"]) // "token xoxb-[redacted], secret [redacted]"
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(TOKEN_PATTERN, (_, kind: string) => `${kind}-[redacted]`);
  // Short values would redact ordinary words; real secrets are long.
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join("[redacted]");
  return out;
}
