/**
 * The quoted source lines of an answer, shown when "Show quote" is clicked.
 */
import type { Answer } from "../../qa/index.js";
import { section, type SlackMessage } from "./blocks.js";
import { cutText } from "./cut-text.js";
import { escapeText } from "./escape-text.js";
import { labelsFor } from "./labels.js";
import { LIMITS } from "./limits.js";

/**
 * One section per citation: the document and section in bold, then the quote as a block quote.
 * @example renderQuotes(answer).blocks[1] // { type: "section", text: { type: "mrkdwn", text: "*[1] 評価書 › 達成目標１*\n>7,248 件 …" } }
 */
export function renderQuotes(answer: Answer): SlackMessage {
  const labels = labelsFor(answer.lang);
  const shown = answer.citations.slice(0, LIMITS.messageBlocks - 1);
  const blocks = shown.map((c, i) => {
    const quote = c.quote.split(/\r?\n/).map((line) => `>${escapeText(line)}`).join("\n");
    return section(cutText(`*[${i + 1}] ${escapeText(c.documentTitle)} › ${escapeText(c.section)}*\n${quote}`, LIMITS.sectionText, labels.more));
  });
  const text = shown.map((c, i) => `[${i + 1}] ${c.documentTitle} › ${c.section}「${c.quote.replace(/\s*\n\s*/g, " ")}」`).join("\n");
  return { text: escapeText(cutText(`${labels.quotesTitle}\n${text}`, LIMITS.fallbackText, labels.more)), blocks: [section(`*${labels.quotesTitle}*`), ...blocks] };
}
