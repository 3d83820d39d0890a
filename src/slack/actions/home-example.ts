/**
 * An example question clicked on the App Home tab → the answer in the user's DM with the bot (a view has no
 * response_url and no conversation of its own), so that follow-ups continue there.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../action-ids.js";
import { decodeAskValue } from "../action-value.js";
import { answerInConversation } from "../answer-in-conversation.js";
import { describeSlackError } from "../describe-slack-error.js";
import type { SlackDeps } from "../deps.js";

/** @example registerHomeExample(app, deps) */
export function registerHomeExample(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.homeExamplePattern, async ({ ack, action, body, client }) => {
    await ack();
    const ask = decodeAskValue(action.value);
    if (!ask) {
      deps.logger.warn("unreadable button value", { action_id: action.action_id });
      return;
    }
    try {
      const opened = await client.conversations.open({ users: body.user.id });
      if (opened.channel?.id) await answerInConversation(deps, client, { channel: opened.channel.id }, ask.question);
    } catch (error) {
      const described = describeSlackError(error);
      deps.metrics.webApiErrors.inc({ method: "conversations.open", code: described.slackError ?? described.code ?? "unknown" });
      deps.logger.error("conversations.open failed", { user: body.user.id, ...described });
    }
  });
}
