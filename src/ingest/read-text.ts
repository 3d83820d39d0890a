/**
 * A .txt extraction → the same line model as a PDF: pages split at form feeds, cells split at white space,
 * with character columns as positions (order only: a flattened table has lost its column geometry).
 */
import { makeLine, type Cell, type Layout, type Line } from "./layout.js";

/**
 * Reads a text extraction.
 * @example readText("15 年度 20 年度\n7,248 件 14,974 件").lines[1].cells.length // 4
 */
export function readText(text: string): Layout {
  const lines: Line[] = [];
  const pages = text.split("\f");
  pages.forEach((pageText, i) => {
    for (const raw of pageText.split("\n")) {
      const cells: Cell[] = [];
      for (const match of raw.matchAll(/\S+/gu)) cells.push({ text: match[0], x: match.index, right: match.index + match[0].length });
      // The text is kept as written (spaces and all), so quotes match the source byte for byte.
      lines.push({ ...makeLine(i + 1, cells), text: raw });
    }
  });
  return { lines, pages: pages.length, geometry: false };
}
