/**
 * What the bot knows (documents, programs, years, example questions) as mrkdwn sections, shared by the
 * App Home tab and the /sangaku help text.
 */
import type { KnowledgeOverview } from "../../qa/index.js";
import { section, type Block } from "./blocks.js";
import { cutText } from "./cut-text.js";
import { escapeText } from "./escape-text.js";
import { LIMITS } from "./limits.js";

/**
 * One section per topic, each within the section limit.
 * @example renderOverview(qa.overview(), { examples: 5 })[0] // section("*資料* (5)\n• …")
 */
export function renderOverview(overview: KnowledgeOverview, options: { examples: number }): Block[] {
  const list = (items: string[]) => items.map((item) => `• ${escapeText(item)}`).join("\n");
  const fit = (text: string) => section(cutText(text, LIMITS.sectionText, "…"));
  const documents = overview.documents.map((d) => `${d.title}（${d.fiscalYear}年度 / ${d.titleEn}）`);
  const blocks: Block[] = [fit(`*資料 Documents* (${overview.documents.length})\n${list(documents)}`)];
  if (overview.programs.length) blocks.push(fit(`*事業 Programs*\n${list(overview.programs)}`));
  if (overview.factCount > 0) blocks.push(fit(`*年度 Fiscal years*: ${overview.years.from}〜${overview.years.to}年度 ・ 数値 ${overview.factCount} 件`));
  blocks.push(fit(`*質問の例 Example questions*\n${list(overview.examples.slice(0, options.examples))}`));
  return blocks;
}
