/**
 * The sources of an answer as a context block: "[1] document title › section", one element each.
 */
import type { Citation } from "../../qa/index.js";
import { context } from "./blocks.js";
import { cutText } from "./cut-text.js";
import { escapeText } from "./escape-text.js";
import { labelsFor, type Lang } from "./labels.js";
import { LIMITS } from "./limits.js";

/**
 * A context block naming each cited document and section; beyond the element limit, "and N more".
 * @example renderCitations([{ documentTitle: "評価書", section: "達成目標１", document: "h24.txt", quote: "…" }], "ja")
 * // { type: "context", elements: [{ type: "mrkdwn", text: "*出典*" }, { type: "mrkdwn", text: "[1] 評価書 › 達成目標１" }] }
 */
export function renderCitations(citations: Citation[], lang: Lang) {
  const labels = labelsFor(lang);
  const room = LIMITS.contextElements - 1;
  const shown = citations.length > room ? citations.slice(0, room - 1) : citations;
  const texts = shown.map((c, i) => cutText(`[${i + 1}] ${escapeText(c.documentTitle)} › ${escapeText(c.section)}`, LIMITS.sectionText, "…"));
  if (shown.length < citations.length) texts.push(labels.moreSources(citations.length - shown.length));
  return context([`*${labels.source}*`, ...texts]);
}
