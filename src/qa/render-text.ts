/**
 * The plain-text form of an answer: what the CLI prints, the console shows and Slack uses as fallback.
 */
import type { AnswerTable, Citation, ClarifyOption } from "./types.js";
import { displayWidth, padToWidth } from "./display-width.js";
import { shownQuote } from "./describe/clean-text.js";

/**
 * Joins summary, table, lines, options and numbered sources into one text.
 * @example renderText({ summary: "A [1]", lines: [], options: [], citations: [c], lang: "ja" }) // "A [1]\n出典:\n[1] …"
 */
export function renderText(parts: {
  summary: string;
  lines: string[];
  table?: AnswerTable;
  options: ClarifyOption[];
  citations: Citation[];
  lang: "ja" | "en";
}): string {
  const out = [parts.summary];
  if (parts.table) {
    const width = Math.max(...[parts.table.columns[0], ...parts.table.rows.map(([a]) => a)].map(displayWidth));
    out.push(`${padToWidth(parts.table.columns[0], width)} | ${parts.table.columns[1]}`);
    for (const [a, b] of parts.table.rows) out.push(`${padToWidth(a, width)} | ${b}`);
  }
  out.push(...parts.lines);
  if (parts.options.length) out.push(...parts.options.map((o, i) => `  ${i + 1}. ${o.question}`));
  if (parts.citations.length) {
    out.push(parts.lang === "ja" ? "出典:" : "Sources:");
    parts.citations.forEach((c, i) =>
      out.push(
        `[${i + 1}] ${c.documentTitle}（${c.section}${c.page ? ` p.${c.page}` : ""}）`,
        `    「${shownQuote(c.quote, c.figure, c.otherYears)}」`,
      ),
    );
  }
  return out.join("\n");
}
