/**
 * What the bot knows (documents, programs, fiscal years) and example questions to click, shared by the App Home
 * tab and the help message, in the language asked.
 */
import type { KnowledgeOverview } from "../../qa/index.js";
import { encodeAskValue } from "../action-value.js";
import { actions, button, section, type Block } from "./blocks.js";
import { cutText } from "./cut-text.js";
import { escapeText } from "./escape-text.js";
import { labelsFor, type Lang } from "./labels.js";
import { LIMITS } from "./limits.js";

const BUTTONS_PER_ROW = 5;

/**
 * One section per topic, each within the section limit.
 * @example renderOverview(qa.overview(), "ja")[0] // section("*資料* (5)\n• …")
 */
export function renderOverview(overview: KnowledgeOverview, lang: Lang): Block[] {
  const labels = labelsFor(lang);
  const list = (items: string[]) => items.map((item) => `• ${escapeText(item)}`).join("\n");
  const fit = (text: string) => section(cutText(text, LIMITS.sectionText, "…"));
  const documents = overview.documents.map((d) =>
    lang === "ja" ? `${d.title}（${d.fiscalYear}年度）` : `${d.titleEn} (FY${d.fiscalYear})`,
  );
  const blocks: Block[] = [fit(`*${labels.documents}* (${overview.documents.length})\n${list(documents)}`)];
  if (overview.programs.length) blocks.push(fit(`*${labels.programs}*\n${list(overview.programs)}`));
  if (overview.factCount > 0) blocks.push(fit(labels.years(overview.years.from, overview.years.to, overview.factCount)));
  return blocks;
}

/**
 * The example questions as buttons (five to a row) under their title; a click asks the question.
 * @example renderExampleButtons(["都市エリア事業の予算の推移は？"], "ja", ACTION_IDS.clarifyOption)
 */
export function renderExampleButtons(questions: string[], lang: Lang, actionId: (index: number) => string): Block[] {
  if (!questions.length) return [];
  const buttons = questions.map((q, i) => button(q, actionId(i), encodeAskValue({ question: q })));
  const rows: Block[] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW)
    rows.push(actions(`examples_${i / BUTTONS_PER_ROW}`, buttons.slice(i, i + BUTTONS_PER_ROW)));
  return [section(`*${labelsFor(lang).examples}*`), ...rows];
}
