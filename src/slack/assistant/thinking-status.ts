/**
 * The "is thinking…" status under a question while it is answered (assistant.threads.setStatus), outside the
 * Assistant middleware: for top-level messages in the app's DM, which the agent messaging experience treats as
 * the roots of its threads. A status Slack refuses (a workspace without the agent features) only goes unseen.
 */
import type { webApi } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { labelsFor } from "../render/labels.js";

/**
 * Sets the status (or clears it with ""); resolves whether Slack took it.
 * @example await setThinkingStatus(client, deps, { channel: "D1", threadTs: "1700000000.000100" })
 */
export async function setThinkingStatus(
  client: webApi.WebClient,
  deps: Pick<SlackDeps, "logger">,
  where: { channel: string; threadTs: string },
  status: string = labelsFor("en").thinking,
): Promise<boolean> {
  try {
    await client.assistant.threads.setStatus({ channel_id: where.channel, thread_ts: where.threadTs, status });
    return true;
  } catch (error) {
    deps.logger.debug("assistant.threads.setStatus failed", error instanceof Error ? error : new Error(String(error)));
    return false;
  }
}
