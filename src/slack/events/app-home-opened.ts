/**
 * Opening the bot's Home tab → views.publish of what the bot knows, with the owner's report first for the
 * users in ADMIN_USER_IDS (owner-report.ts).
 */
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { describeSlackError } from "../describe-slack-error.js";
import { renderHome } from "../render/render-home.js";
import { addOwnerReport } from "../owner-report.js";

/** @example registerAppHomeOpened(app, deps) */
export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event("app_home_opened", async ({ event, client }) => {
    // The Messages tab fires this event too; only the Home tab has something to publish.
    if (event.tab !== "home") return;
    try {
      await client.views.publish({ user_id: event.user, view: await addOwnerReport(deps, event.user, renderHome(deps.qa.overview())) });
    } catch (error) {
      const described = describeSlackError(error);
      deps.metrics.webApiErrors.inc({ method: "views.publish", code: described.slackError ?? described.code ?? "unknown" });
      deps.logger.error("views.publish failed", { user: event.user, ...described });
    }
  });
}
