/**
 * Where a clicked button lives: an ephemeral message (slash command answer) can only be answered through its
 * response_url; a normal message is answered in its conversation (its thread, or a DM's top level).
 */
import type { BlockAction } from "@slack/bolt";

export type ClickedMessage =
  { ephemeral: true; threadTs?: string | undefined } | { ephemeral: false; channel: string; threadTs?: string | undefined };

/**
 * @example locateClickedMessage(body) // { ephemeral: false, channel: "C1", threadTs: "1700000000.000100" }
 */
export function locateClickedMessage(body: BlockAction): ClickedMessage {
  const container = body.container as { is_ephemeral?: boolean; thread_ts?: string; channel_id?: string };
  const threadTs = (body.message?.thread_ts as string | undefined) ?? container.thread_ts;
  const channel = body.channel?.id ?? container.channel_id;
  if (container.is_ephemeral || !body.message || !channel) return { ephemeral: true, threadTs };
  return { ephemeral: false, channel, threadTs };
}
