/**
 * Which incoming messages are questions for the bot. Never answer ourselves or another bot (two bots
 * answering each other loop forever), nor edits, joins and other message subtypes.
 */

type IncomingMessage = { subtype?: string | undefined; bot_id?: string | undefined; user?: string | undefined; text?: string | undefined };

/**
 * The question text of a message, or why it is not one.
 * @example readQuestion({ user: "U1", text: "<@UBOT> 予算は?" }, "UBOT") // { question: "予算は?" }
 * @example readQuestion({ subtype: "message_changed" }, "UBOT") // { ignored: "subtype message_changed" }
 */
export function readQuestion(message: IncomingMessage, botUserId: string | undefined): { question: string } | { ignored: string } {
  if (message.subtype !== undefined) return { ignored: `subtype ${message.subtype}` };
  if (message.bot_id !== undefined) return { ignored: "from a bot" };
  if (!message.user || message.user === botUserId) return { ignored: "from the bot itself" };
  // The mention that addressed the bot is not part of the question.
  const question = (message.text ?? "").replace(botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g") : /$^/, " ").trim();
  return question ? { question } : { ignored: "empty" };
}
