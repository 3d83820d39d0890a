/**
 * The App Home tab: how to ask, what the bot knows, and example questions that a click answers in the DM.
 */
import type { types } from "@slack/bolt";
import type { KnowledgeOverview } from "../../qa/index.js";
import { ACTION_IDS } from "../action-ids.js";
import { header, section } from "./blocks.js";
import { labelsFor, type Lang } from "./labels.js";
import { LIMITS } from "./limits.js";
import { renderExampleButtons, renderOverview } from "./render-overview.js";

/**
 * A home view for views.publish. Slack does not say the viewer's language with app_home_opened: Japanese, the
 * documents' language, unless asked otherwise.
 * @example renderHome(qa.overview()).type // "home"
 */
export function renderHome(overview: KnowledgeOverview, lang: Lang = "ja"): types.HomeView {
  const labels = labelsFor(lang);
  const blocks = [
    header(labels.homeTitle),
    section(labels.usage),
    { type: "divider" as const },
    ...renderExampleButtons(overview.suggestions[lang], lang, ACTION_IDS.homeExample),
    { type: "divider" as const },
    ...renderOverview(overview, lang),
  ];
  return { type: "home", blocks: blocks.slice(0, LIMITS.homeBlocks) };
}
