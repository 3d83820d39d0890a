/**
 * The quoted source lines of an answer, shown when "Show quote" is clicked: each under its document and section,
 * with the column headers of its table (the fiscal years) when the quote is a table row, so that a reader can
 * tell which figure is which year.
 */
import type { Answer, Citation } from "../../qa/index.js";
import { section, type SlackMessage } from "./blocks.js";
import { cutText } from "./cut-text.js";
import { escapeText } from "./escape-text.js";
import { labelsFor, type Lang } from "./labels.js";
import { LIMITS } from "./limits.js";
import { citationLabel, readableSection } from "./render-citations.js";

/**
 * One section per citation: the document and section in bold, then the table header and the quote as a block quote.
 * @example renderQuotes(answer).blocks[1] // { type: "section", text: { type: "mrkdwn", text: "*[1] 評価書 › 達成目標１*\n>_表の見出し（年度）_ 15 年度 20 年度 …\n>7,248 件 …" } }
 */
export function renderQuotes(answer: Answer): SlackMessage {
  const labels = labelsFor(answer.lang);
  const shown = answer.citations.slice(0, LIMITS.messageBlocks - 1);
  const blocks = shown.map((c, i) =>
    section(cutText(`*[${i + 1}] ${citationLabel(c, answer.lang)}*\n${quoteLines(c, answer.lang)}`, LIMITS.sectionText, labels.more)),
  );
  const text = shown
    .map(
      (c, i) => `[${i + 1}] ${c.documentTitle} › ${readableSection(c)}${c.header ? `（${oneLine(c.header)}）` : ""}「${oneLine(c.quote)}」`,
    )
    .join("\n");
  return {
    text: escapeText(cutText(`${labels.quotesTitle}\n${text}`, LIMITS.fallbackText, labels.more)),
    blocks: [section(`*${labels.quotesTitle}*`), ...blocks],
  };
}

function quoteLines(c: Citation, lang: Lang): string {
  const header = c.header ? [`_${labelsFor(lang).columnHeaders}_ ${escapeText(oneLine(c.header, " / "))}`] : [];
  return [...header, ...c.quote.split(/\r?\n/).map(escapeText)].map((line) => `>${line}`).join("\n");
}

function oneLine(text: string, separator = " "): string {
  return text.split(/\s*\n\s*/).join(separator);
}
