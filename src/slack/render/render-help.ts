/**
 * `/sangaku help` (or `/sangaku` alone): how to ask, with example questions.
 */
import type { KnowledgeOverview } from "../../qa/index.js";
import { section, type SlackMessage } from "./blocks.js";
import { escapeText } from "./escape-text.js";
import { renderOverview } from "./render-overview.js";

export const USAGE = [
  "*sangaku*: 文部科学省の産学官連携・地域科学技術政策の資料から、数値と出典つきで答えます。",
  "• `/sangaku 質問`: 自分だけに回答（「チャンネルに投稿」で全員に共有）",
  "• `@sangaku 質問`: スレッドで回答（スレッド内の続きの質問も文脈を引き継ぎます）",
  "• DM やアシスタント画面でもそのまま質問できます",
  "_Ask in Japanese or English: `/sangaku budget of the City Area program`_",
].join("\n");

/**
 * The usage text followed by the examples the core offers.
 * @example renderHelp(qa.overview()).blocks[0] // section(USAGE)
 */
export function renderHelp(overview: KnowledgeOverview): SlackMessage {
  const examples = overview.examples.slice(0, 5).map((e) => `• ${escapeText(e)}`).join("\n");
  return { text: `${USAGE}\n${examples}`, blocks: [section(USAGE), ...renderOverview(overview, { examples: 5 })] };
}
