/**
 * The sources of an answer as a context block: "[1] document title p.N › section", the title a link to the
 * document (at its page) where the knowledge base has its URL. The source file's name is not shown: readers
 * do not have the .txt files.
 */
import type { Citation } from "../../qa/index.js";
import { context } from "./blocks.js";
import { cutText } from "./cut-text.js";
import { escapeText } from "./escape-text.js";
import { labelsFor, type Lang } from "./labels.js";
import { LIMITS } from "./limits.js";

/**
 * A context block naming each cited document and section; beyond the element limit, "and N more".
 * @example renderCitations([{ documentTitle: "評価書", section: "h24.txt › 達成目標１", document: "h24.txt", page: 3, url: "https://x/a.pdf#page=3", quote: "…" }], "ja")
 * // context(["*出典*", "[1] <https://x/a.pdf#page=3|評価書 p.3> › 達成目標１"])
 */
export function renderCitations(citations: Citation[], lang: Lang) {
  const labels = labelsFor(lang);
  const room = LIMITS.contextElements - 1;
  const shown = citations.length > room ? citations.slice(0, room - 1) : citations;
  const texts = shown.map((c, i) => cutText(`[${i + 1}] ${citationLabel(c, lang)}`, LIMITS.sectionText, "…"));
  if (shown.length < citations.length) texts.push(labels.moreSources(citations.length - shown.length));
  return context([`*${labels.source}*`, ...texts]);
}

/**
 * One citation as mrkdwn: the title (linked when a URL is known) with its page, then the section.
 * @example citationLabel({ documentTitle: "評価書", section: "h24.txt › 達成目標１", document: "h24.txt", quote: "…" }, "ja") // "評価書 › 達成目標１"
 */
export function citationLabel(c: Citation, lang: Lang): string {
  const title = `${escapeText(c.documentTitle)}${c.page ? ` ${labelsFor(lang).page(c.page)}` : ""}`;
  const linked = c.url ? `<${escapeText(c.url)}|${title}>` : title;
  const section = readableSection(c);
  return section ? `${linked} › ${escapeText(section)}` : linked;
}

/**
 * The section without the source file's name, which the core puts first ("h24-jigo-hyoka.txt › 達成目標１ › …")
 * and which means nothing to a reader.
 * @example readableSection({ document: "h24.txt", section: "h24.txt › 達成目標１", … }) // "達成目標１"
 */
export function readableSection(c: Citation): string {
  return c.section.startsWith(`${c.document} › `) ? c.section.slice(c.document.length + 3) : c.section === c.document ? "" : c.section;
}
