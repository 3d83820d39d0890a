/**
 * Slack reads &, < and > in mrkdwn and in a message's `text` as markup (<!channel>, <@U123>, <https://x|y>).
 * Anything that comes from a user or a document is escaped before it is put in such a field.
 */

/**
 * Escapes the three control characters, so the text shows literally and notifies nobody.
 * @example escapeText("<!channel> & <@U1>") // "&lt;!channel&gt; &amp; &lt;@U1&gt;"
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
