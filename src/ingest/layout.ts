/**
 * The layout model ingestion works on: pages of lines, each line a row of cells with horizontal positions.
 * From a PDF the positions are the text's own (points); from a .txt extraction they are character columns,
 * which tell the order of cells but not which column of a table a cell sits under.
 */

/** A run of text with no wide gap inside; `x`..`right` is its horizontal extent. */
export type Cell = { text: string; x: number; right: number };

/**
 * One line of a page: its cells left to right, and the text as written to the source (cells joined by a space);
 * from a PDF also its baseline `y` (points, up), which tells a label wrapped in one cell from the next row's.
 */
export type Line = { page: number; cells: Cell[]; text: string; y?: number };

/** An extracted document: its lines in reading order, page count, title from the PDF's metadata if any. */
export type Layout = { lines: Line[]; pages: number; title?: string; geometry: boolean };

/**
 * A line from its cells.
 * @example makeLine(1, [{ text: "23年度", x: 100, right: 130 }]).text // "23年度"
 */
export function makeLine(page: number, cells: Cell[]): Line {
  return { page, cells, text: cells.map((c) => c.text).join(" ") };
}

/**
 * The source text: lines joined by newlines, each new page starting with a form feed, so every line has a page.
 * @example sourceText({ lines: [makeLine(1, a), makeLine(2, b)], pages: 2, geometry: true }) // "a\n\fb\n"
 */
export function sourceText(layout: Layout): string {
  let out = "";
  let page = 1;
  for (const line of layout.lines) {
    while (page < line.page) {
      out += "\f";
      page++;
    }
    out += `${line.text}\n`;
  }
  while (page < layout.pages) {
    out += "\f\n";
    page++;
  }
  return out;
}
