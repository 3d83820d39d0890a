/**
 * A one-line message from the bot itself (an apology, a thank-you): no user text, but escaped all the same.
 */
import { section, type SlackMessage } from "./blocks.js";
import { escapeText } from "./escape-text.js";

/**
 * @example renderNotice("Thanks") // { text: "Thanks", blocks: [{ type: "section", text: { type: "mrkdwn", text: "Thanks" } }] }
 */
export function renderNotice(text: string): SlackMessage {
  return { text: escapeText(text), blocks: [section(escapeText(text))] };
}
