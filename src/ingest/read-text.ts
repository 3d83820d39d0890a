/**
 * A .txt extraction → the same line model as a PDF: a form feed starts a page, cells split at white space,
 * with character columns as positions (order only: a flattened table has lost its column geometry).
 */
import { makeLine, type Cell, type Layout, type Line } from "./layout.js";
import { pagesOfLines } from "../knowledge/document-model.js";
import { UNIT_WORDS } from "./parse-figure.js";

/** "7,248 件", "15 年度", "3 年が", "平成 23 年度": a number and its unit, 年 or 月 are one cell even with a space between. */
const NUMBER_END = /[\d,.]$/u;
const UNIT_START = new RegExp(`^(年|月|日|${UNIT_WORDS})`, "u");

/**
 * Reads a text extraction.
 * @example readText("15 年度 20 年度\n7,248 件 14,974 件").lines[1].cells.length // 2 ("7,248 件", "14,974 件")
 */
export function readText(text: string): Layout {
  const raws = text.split("\n");
  const pages = pagesOfLines(raws) ?? raws.map(() => 1);
  const lines: Line[] = raws.map((raw, i) => {
    const cells: Cell[] = [];
    for (const match of raw.replace(/\f/gu, " ").matchAll(/\S+/gu)) {
      const last = cells.at(-1);
      const glued =
        last &&
        ((NUMBER_END.test(last.text.normalize("NFKC")) && UNIT_START.test(match[0].normalize("NFKC"))) ||
          (/^(昭和|平成|令和)$/u.test(last.text) && /^[\d０-９]/u.test(match[0])));
      if (last && glued) {
        last.text += ` ${match[0]}`;
        last.right = match.index + match[0].length;
      } else cells.push({ text: match[0], x: match.index, right: match.index + match[0].length });
    }
    // The text is kept as written (spaces and all), so quotes match the source byte for byte.
    return { ...makeLine(pages[i]!, cells), text: raw.replace(/\f/gu, "") };
  });
  return { lines, pages: pages.at(-1) ?? 1, geometry: false };
}
