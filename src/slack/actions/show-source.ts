/**
 * "Show quote" clicked → the quoted source lines, visible only to the clicker, in the same thread.
 */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTION_IDS } from "../action-ids.js";
import { decodeAskValue } from "../action-value.js";
import { askCore } from "../ask-core.js";
import type { SlackDeps } from "../deps.js";
import { guessLang, labelsFor } from "../render/labels.js";
import { renderNotice } from "../render/render-notice.js";
import { renderQuotes } from "../render/render-quotes.js";
import { respondSafely } from "../send-message.js";
import { locateClickedMessage } from "./clicked-message.js";

/** @example registerShowSource(app, deps) */
export function registerShowSource(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showSource, async ({ ack, action, body, respond }) => {
    await ack();
    const ask = decodeAskValue(action.value);
    // The core is deterministic: asking again gives the citations the answer was rendered from.
    const answer = ask && (await askCore(deps, ask.question, ask.previous));
    const lang = answer?.lang ?? guessLang(ask?.question ?? "");
    const message = answer?.citations.length ? renderQuotes(answer) : renderNotice(labelsFor(lang)[ask ? "apology" : "expired"]);
    const { threadTs } = locateClickedMessage(body);
    await respondSafely(respond, deps, {
      response_type: "ephemeral",
      replace_original: false,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...message,
    });
  });
}
