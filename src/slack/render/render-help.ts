/**
 * `/sangaku help` (or `/sangaku` alone, or an empty mention): how to ask, what the bot knows, and example
 * questions to click, in the language asked.
 */
import type { KnowledgeOverview } from "../../qa/index.js";
import { ACTION_IDS } from "../action-ids.js";
import { section, type SlackMessage } from "./blocks.js";
import { escapeText } from "./escape-text.js";
import { labelsFor, type Lang } from "./labels.js";
import { renderExampleButtons, renderOverview } from "./render-overview.js";

/**
 * The usage text, the overview, and the examples as buttons (a click answers like a clarify option).
 * @example renderHelp(qa.overview(), "ja").blocks[0] // section(labelsFor("ja").usage)
 */
export function renderHelp(overview: KnowledgeOverview, lang: Lang): SlackMessage {
  const { usage } = labelsFor(lang);
  const examples = overview.suggestions[lang];
  return {
    text: [usage, ...examples.map((e) => `• ${escapeText(e)}`)].join("\n"),
    blocks: [section(usage), ...renderOverview(overview, lang), ...renderExampleButtons(examples, lang, ACTION_IDS.clarifyOption)],
  };
}
