/**
 * The owner's report in App Home: added for a user named in ADMIN_USER_IDS when the question log is kept.
 * A report that cannot be read (the database down) is logged and left out; the Home tab still opens.
 */
import type { types } from "@slack/bolt";
import { buildReport } from "../report/build-report.js";
import type { SlackDeps } from "./deps.js";
import { describeSlackError } from "./describe-slack-error.js";
import { withOwnerReport } from "./render/render-owner-report.js";

/** The days App Home's report covers; `npm run report -- --days N` for others. */
export const HOME_REPORT_DAYS = 7;

/**
 * `home` with the report first for an admin, unchanged for anyone else.
 * @example await addOwnerReport(deps, event.user, renderHome(deps.qa.overview()))
 */
export async function addOwnerReport(
  deps: Pick<SlackDeps, "store" | "adminUserIds" | "logger">,
  user: string,
  home: types.HomeView,
): Promise<types.HomeView> {
  if (!deps.store || !deps.adminUserIds.includes(user)) return home;
  try {
    return withOwnerReport(home, await buildReport(deps.store, { days: HOME_REPORT_DAYS }));
  } catch (error) {
    deps.logger.error("owner report failed", { user, ...describeSlackError(error) });
    return home;
  }
}
