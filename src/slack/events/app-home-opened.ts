/**
 * A tab of the app opened. Home → views.publish of what the bot knows, with example questions to click, and
 * the owner's report first for the users in ADMIN_USER_IDS (owner-report.ts). Messages (the DM, where the agent
 * messaging experience holds its conversations) → suggested prompts from the knowledge base, set for the
 * channel without a thread_ts as the agent experience requires.
 */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { describeSlackError } from "../describe-slack-error.js";
import { renderHome } from "../render/render-home.js";
import { renderPrompts } from "../render/render-prompts.js";
import { addOwnerReport } from "../owner-report.js";

/** @example registerAppHomeOpened(app, deps) */
export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    const tab = event.tab;
    const call = tab === "home" ? "views.publish" : "assistant.threads.setSuggestedPrompts";
    try {
      if (tab === "home")
        await client.views.publish({ user_id: event.user, view: await addOwnerReport(deps, event.user, renderHome(deps.qa.overview())) });
      const prompts = tab === "messages" ? renderPrompts(deps.qa.overview(), "ja") : undefined;
      if (prompts) await client.assistant.threads.setSuggestedPrompts({ channel_id: event.channel, ...prompts });
    } catch (error) {
      const described = describeSlackError(error);
      deps.metrics.webApiErrors.inc({ method: call, code: described.slackError ?? described.code ?? "unknown" });
      // A Home tab that cannot be published is a fault; prompts that cannot be set only leave the composer plain.
      deps.logger[tab === "home" ? "error" : "warn"](`${call} failed`, { user: event.user, ...described });
    }
  });
}
