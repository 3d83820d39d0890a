/**
 * A time series as a compact two-column table in a code block (fixed-width font keeps the columns aligned;
 * CJK characters count double so Japanese year labels line up too).
 */
import type { AnswerTable } from "../../qa/index.js";
import { escapeText } from "./escape-text.js";
import { cutLabel } from "./cut-text.js";
import { LIMITS } from "./limits.js";

const CAPTION_MAX = 200;
import { displayWidth } from "../../qa/display-width.js";

/**
 * The table as section mrkdwn: caption in bold, then one "year | figure" line per row; rows that do not
 * fit in a section are replaced by the pointer.
 * @example renderTable({ caption: "件数", columns: ["年度", "件数"], rows: [["2011", "16,302件"]] }, "…")
 * // "*件数*\n```\n年度 | 件数\n2011 | 16,302件\n```"
 */
export function renderTable(table: AnswerTable, pointer: string): string {
  const width = Math.max(...[table.columns[0], ...table.rows.map(([year]) => year)].map(displayWidth));
  const line = (a: string, b: string) => escapeText(`${a}${" ".repeat(width - displayWidth(a))} | ${b}`);
  const head = `${renderCaption(table.caption)}\n\`\`\`\n${line(...table.columns)}`;
  const tail = "\n```";
  let body = "";
  for (const [index, [year, figure]] of table.rows.entries()) {
    const next = `\n${line(year, figure)}`;
    const roomForPointer = index < table.rows.length - 1 ? pointer.length + 1 : 0;
    if (head.length + body.length + next.length + roomForPointer + tail.length > LIMITS.sectionText)
      return `${head}${body}\n${pointer}${tail}`;
    body += next;
  }
  return `${head}${body}${tail}`;
}

/**
 * A table's caption as bold mrkdwn, cut to a short title so that the rows keep their room.
 * @example renderCaption("共同研究の実施件数 指標値") // "*共同研究の実施件数 指標値*"
 */
export function renderCaption(caption: string): string {
  return `*${escapeText(cutLabel(caption, CAPTION_MAX))}*`;
}
