/**
 * Suggested prompts (assistant.threads.setSuggestedPrompts) from the knowledge base's suggested questions.
 */
import type { KnowledgeOverview } from "../../qa/index.js";
import { cutLabel } from "./cut-text.js";
import { labelsFor, type Lang } from "./labels.js";

/** Slack shows up to four prompts; a prompt's title is a short label. */
const MAX_PROMPTS = 4;
const TITLE_MAX = 75;

/**
 * The title and up to four prompts, each asking one suggested question; undefined when there is none.
 * @example renderPrompts(qa.overview(), "ja") // { title: "質問の例", prompts: [{ title: "都市エリア事業の予算の推移は？", message: "…" }] }
 */
export function renderPrompts(
  overview: KnowledgeOverview,
  lang: Lang,
): { title: string; prompts: Array<{ title: string; message: string }> } | undefined {
  const prompts = overview.suggestions[lang].slice(0, MAX_PROMPTS).map((q) => ({ title: cutLabel(q, TITLE_MAX), message: q }));
  return prompts.length ? { title: labelsFor(lang).suggestedTitle, prompts } : undefined;
}
