/**
 * Sending, with failures logged instead of thrown: one answer that cannot be delivered (channel_not_found,
 * not_in_channel, an expired response_url) must not take the listener, or other answers, down with it.
 * Transient failures (429, 5xx, timeouts) were already retried by the Web API client (see create-app.ts).
 */
import type { Logger, RespondArguments, RespondFn, webApi } from "@slack/bolt";
import { describeSlackError } from "./describe-slack-error.js";
import type { SlackMessage } from "./render/blocks.js";

type PostTarget = { channel: string; threadTs?: string | undefined };

/**
 * chat.postMessage without link previews (answers cite documents; an unfurled URL would only add noise).
 * @example await postMessage(client, logger, { channel: "C1", threadTs: "1.2" }, renderAnswer(answer, opts)) // true
 */
export async function postMessage(client: webApi.WebClient, logger: Logger, target: PostTarget, message: SlackMessage): Promise<boolean> {
  try {
    await client.chat.postMessage({ channel: target.channel, ...(target.threadTs ? { thread_ts: target.threadTs } : {}), text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false });
    return true;
  } catch (error) {
    logger.error("chat.postMessage failed", { channel: target.channel, thread_ts: target.threadTs, ...describeSlackError(error) });
    return false;
  }
}

/**
 * respond() (the response_url) with the failure logged.
 * @example await respondSafely(respond, logger, { response_type: "ephemeral", ...renderHelp(overview) })
 */
export async function respondSafely(respond: RespondFn, logger: Logger, message: RespondArguments): Promise<boolean> {
  try {
    await respond(message);
    return true;
  } catch (error) {
    logger.error("respond (response_url) failed", describeSlackError(error));
    return false;
  }
}
