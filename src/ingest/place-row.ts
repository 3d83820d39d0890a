/**
 * A table row's figures with their column: each becomes a figure of the row's subject, with the kind written
 * in its year cell, its row or above its column, its unit, and its fiscal year; or is left out with the reason.
 */
import type { Cell, Line } from "./layout.js";
import type { Column, Header } from "./table-header.js";
import type { TableResult } from "./find-tables.js";
import type { RowCell } from "./text-row.js";
import { findYear } from "./fiscal-year-words.js";
import { isFigureCell, parseFigure } from "./parse-figure.js";

export type Placed = RowCell & { column: Column | undefined };

/** A year written with the row's label, in parentheses at its end ((20 年度)), is the year of its first figure. */
const YEAR_AFTER_LABEL = /[（(]([^（()）]*年度)[）)]$/u;

/**
 * Adds the row's placed figures to the result, and what cannot be placed to its left-out list.
 * @example placeRow("①共同研究の実施件数", undefined, "①共同研究の実施件数", header, placed, lines, result)
 */
export function placeRow(
  subject: string,
  rowKind: string | undefined,
  rowLabel: string,
  header: Header,
  cells: Placed[],
  lines: Line[],
  result: TableResult,
): void {
  const leave = (cell: Cell, line: number, reason: string) => {
    if (isFigureCell(cell.text)) result.leftOut.push({ text: cell.text, page: lines[line]!.page, reason });
  };
  const labelYear = findYear(rowLabel.match(YEAR_AFTER_LABEL)?.[1] ?? "", header.era);
  cells.forEach(({ cell, line, column, until, year }, k) => {
    result.usedLines.add(line);
    if (!isFigureCell(cell.text)) return;
    if (!column) return leave(cell, line, "it is not under any year column");
    const kind = column.ownKind ?? rowKind ?? column.spanKind ?? pastActual(header, column, cell);
    if (!kind)
      return leave(cell, line, header.kindProblem ?? "no kind (実績, 目標値, 当初予算額…) is written above its column or in its row");
    const unit = unitOf(rowLabel) ?? header.unit;
    // Without positions, a small bare number in an amount table may as well be an index (２) or a count.
    if (!header.geometry && !parseFigure(cell.text)?.unit && /^[0-9０-９]{1,3}$/u.test(cell.text))
      return leave(cell, line, "a small bare number, in text without positions");
    const figure = parseFigure(cell.text, unit);
    if (!figure?.unit) return leave(cell, line, "no unit in the cell, its row or the table header");
    if (!subject) return leave(cell, line, "its row has no label");
    // A year in the cell, written in parentheses above the figure ((34 年度) 30％以上), or after the row's label.
    const own = findYear(cell.text, undefined) ?? (year ? findYear(year, header.era) : undefined) ?? (k === 0 ? labelYear : undefined);
    result.figures.push({
      subject,
      kind,
      fiscalYear: own?.fiscalYear ?? column.fiscalYear,
      yearLabel: own?.label ?? column.yearLabel,
      figure,
      line,
      page: lines[line]!.page,
      budget: figure.unit === "円",
      ...(until ? { until } : {}),
    });
  });
}

/**
 * The column a cell sits under (within half a column), or undefined.
 * @example nearestColumn(header, { text: "7,248件", x: 236, right: 264 })?.fiscalYear // 2003
 */
export function nearestColumn(header: Header, cell: Cell): Column | undefined {
  const c = (cell.x + cell.right) / 2;
  const best = [...header.columns].sort((a, b) => Math.abs(a.center - c) - Math.abs(b.center - c))[0]!;
  return Math.abs(best.center - c) <= header.pitch / 2 ? best : undefined;
}

const unitOf = (label: string) => label.normalize("NFKC").match(/[（(](千円|百万円|億円|円)[）)]?/u)?.[1];

/**
 * A table whose header writes no kind at all (a 別表 of results: 対象 | 20年度 … 24年度) gives, for a count of a
 * year up to the one the document reports on, its 実績; amounts of money always need their kind written.
 */
function pastActual(header: Header, column: Column, cell: Cell): string | undefined {
  const noKinds = header.columns.every((c) => !c.ownKind && !c.spanKind) && !header.kindProblem;
  const count = parseFigure(cell.text)?.unit;
  const past = column.fiscalYear !== null && header.documentYear !== undefined && column.fiscalYear <= header.documentYear;
  return noKinds && count && count !== "円" && past ? "実績" : undefined;
}
