/**
 * The App Home tab: what the bot knows and how to ask.
 */
import type { types } from "@slack/bolt";
import type { KnowledgeOverview } from "../../qa/index.js";
import { header, section } from "./blocks.js";
import { LIMITS } from "./limits.js";
import { USAGE } from "./render-help.js";
import { renderOverview } from "./render-overview.js";

/**
 * A home view for views.publish.
 * @example renderHome(qa.overview()).type // "home"
 */
export function renderHome(overview: KnowledgeOverview): types.HomeView {
  const blocks = [header("sangaku: 産学官連携 Q&A"), section(USAGE), { type: "divider" as const }, ...renderOverview(overview, { examples: 20 })];
  return { type: "home", blocks: blocks.slice(0, LIMITS.homeBlocks) };
}
