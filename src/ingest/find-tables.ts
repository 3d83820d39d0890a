/**
 * Figures of tables with their fiscal year and kind read from the header above them. With a PDF's positions a
 * figure belongs to the year column it sits under; in flattened text only a row with exactly one cell per
 * column is placed. What cannot be placed with confidence is left out, with the reason.
 */
import type { Cell, Line } from "./layout.js";
import { readHeader, readStackedHeader, type Column, type Header } from "./table-header.js";
import { isKindOnly, kindOf } from "./kind-words.js";
import { isFigureCell, isPlaceholderCell, parseFigure, type Figure } from "./parse-figure.js";
import { findYear } from "./fiscal-year-words.js";
import { isHeading } from "./find-sections.js";

export type TableFigure = {
  subject: string; kind: string; fiscalYear: number | null; yearLabel: string; figure: Figure; line: number; page: number; budget: boolean;
};
export type LeftOut = { text: string; page: number; reason: string };
/** `usedLines`: every line from a table's header to its end; sentences there are not read as prose. */
export type TableResult = { figures: TableFigure[]; leftOut: LeftOut[]; usedLines: Set<number> };

/** A table ends after this many lines without a row (its notes and the text after it). */
const MAX_GAP = 30;
const isValue = (c: Cell) => isFigureCell(c.text) || isPlaceholderCell(c.text) || isBroken(c.text);

/**
 * Reads every table of the document.
 * @example findTables(layout.lines, "平成", true).figures[0] // { subject: "①共同研究の実施件数", kind: "基準値", … }
 */
export function findTables(lines: Line[], era: string | undefined, geometry: boolean): TableResult {
  const result: TableResult = { figures: [], leftOut: [], usedLines: new Set() };
  let header: Header | undefined;
  let label: string[] = [];
  let subject: string | undefined;
  let gap = 0;
  let skipTo = -1;
  let pending: { label: string; cells: Array<{ cell: Cell; line: number }>; depth: number } | undefined;
  const above = (i: number) => lines.slice(Math.max(0, i - 6), i).reverse().filter((l) => l.cells.length && l.page === lines[i]!.page).slice(0, 4);

  const emit = (rowLabel: string, cells: Array<{ cell: Cell; line: number }>) => {
    gap = 0;
    const kindRow = isKindOnly(rowLabel);
    const rowSubject = kindRow ? (subject ?? header!.caption ?? "") : rowLabel;
    if (!kindRow) subject = rowLabel;
    placeRow(header!, rowSubject, kindRow ? kindOf(rowLabel) : undefined, rowLabel, cells, lines, geometry, result);
  };

  lines.forEach((line, i) => {
    if (!line.cells.length) return;
    if (i <= skipTo) return;
    const stacked = geometry ? undefined : readStackedHeader(lines, i, era);
    if (stacked) skipTo = stacked.end;
    const next = stacked?.header ?? readHeader(line, above(i), era, geometry);
    if (next) { header = next; label = []; subject = undefined; gap = 0; pending = undefined; result.usedLines.add(i); return; }
    if (!header) return;
    if ((geometry && line.page !== lines[i - 1]?.page) || isHeading(line.text) || gap > MAX_GAP) { header = undefined; pending = undefined; return; }
    result.usedLines.add(i);
    if (pending) {
      const grown = continuePending(pending, line, i);
      if (grown && grown.cells.length === header.columns.length) { emit(grown.label, grown.cells); pending = undefined; gap = 0; return; }
      if (grown) { pending = grown; return; }
      // The row ended short of the columns: placing it would be a guess, so it is left out (with the reason).
      emit(pending.label, pending.cells);
      pending = undefined;
    }
    const first = line.cells.findIndex(isValue);
    if (first < 0 || (geometry && !underColumns(header, line.cells[first]!))) { gap++; label.push(line.text.trim()); label = label.slice(-4); return; }
    const labelCells = geometry ? line.cells.filter((c) => !underColumns(header!, c)) : line.cells.slice(0, first);
    const rowLabel = [...label, ...labelCells.map((c) => c.text)].join("").replace(/\s+/gu, "");
    label = [];
    const valueCells = (geometry ? line.cells.filter((c) => underColumns(header!, c) && isValue(c)) : line.cells.slice(first)).map((cell) => ({ cell, line: i }));
    if (!geometry && (valueCells.length < header.columns.length || isBroken(valueCells.at(-1)!.cell.text)) && valueCells.every((v) => isValue(v.cell))) { pending = { label: rowLabel, cells: valueCells, depth: 0 }; return; }
    gap = 0;
    emit(rowLabel, valueCells);
  });
  if (pending && header) emit(pending.label, pending.cells);
  return result;
}

/** Text without positions: a row's cells may go on over the next lines, between notes in parentheses. */
function continuePending(pending: { label: string; cells: Array<{ cell: Cell; line: number }>; depth: number }, line: Line, i: number) {
  let depth = pending.depth;
  const cells = [...pending.cells];
  for (const cell of line.cells) {
    const opens = (cell.text.match(/[（(]/gu) ?? []).length - (cell.text.match(/[）)]/gu) ?? []).length;
    if (depth > 0 || opens > 0) { depth = Math.max(0, depth + opens); continue; }
    const last = cells.at(-1);
    // A number broken over two lines by the extraction (15,659, / 209; 1,982,1 / 94) is one cell again.
    if (last && /^\d+$/u.test(cell.text) && isBroken(last.cell.text) && isFigureCell(last.cell.text.replace(/,$/u, "") + cell.text)) {
      cells[cells.length - 1] = { cell: { ...last.cell, text: `${last.cell.text}${cell.text}` }, line: last.line };
      continue;
    }
    if (!isValue(cell)) return undefined;
    cells.push({ cell, line: i });
  }
  return { ...pending, cells, depth };
}

/** A number whose last group of digits is cut short (15,659, or 1,982,1): its line ended inside it. */
const isBroken = (text: string) => /\d,(\d{0,2})$/u.test(text.normalize("NFKC"));

function underColumns(header: Header, cell: Cell): boolean {
  const c = (cell.x + cell.right) / 2;
  return c >= header.columns[0]!.center - header.pitch / 2 && c <= header.columns.at(-1)!.center + header.pitch / 2;
}

function placeRow(header: Header, subject: string, rowKind: string | undefined, rowLabel: string, cells: Array<{ cell: Cell; line: number }>,
  lines: Line[], geometry: boolean, result: TableResult): void {
  const leave = (cell: Cell, line: number, reason: string) => { if (isFigureCell(cell.text)) result.leftOut.push({ text: cell.text, page: lines[line]!.page, reason }); };
  if (!geometry && cells.length !== header.columns.length) {
    for (const { cell, line } of cells) leave(cell, line, `its row (${rowLabel || "no label"}) has ${cells.length} cells for ${header.columns.length} year columns`);
    return;
  }
  cells.forEach(({ cell, line }, k) => {
    result.usedLines.add(line);
    if (!isFigureCell(cell.text)) return;
    const column = geometry ? nearestColumn(header, cell) : header.columns[k];
    if (!column) return leave(cell, line, "it is not under any year column");
    const kind = column.ownKind ?? rowKind ?? column.spanKind;
    if (!kind) return leave(cell, line, header.kindProblem ?? "no kind (実績, 目標値, 当初予算額…) is written above its column or in its row");
    const unit = unitOf(rowLabel) ?? header.unit;
    // Without positions, a small bare number in an amount table may as well be an index (２) or a count.
    if (!geometry && !parseFigure(cell.text)?.unit && /^[0-9０-９]{1,3}$/u.test(cell.text)) return leave(cell, line, "a small bare number, in text without positions");
    const figure = parseFigure(cell.text, unit);
    if (!figure?.unit) return leave(cell, line, "no unit in the cell, its row or the table header");
    if (!subject) return leave(cell, line, "its row has no label");
    const own = findYear(cell.text, undefined);
    result.figures.push({
      subject, kind, fiscalYear: own?.fiscalYear ?? column.fiscalYear, yearLabel: own?.label ?? column.yearLabel,
      figure, line, page: lines[line]!.page, budget: figure.unit === "円",
    });
  });
}

function nearestColumn(header: Header, cell: Cell): Column | undefined {
  const c = (cell.x + cell.right) / 2;
  const best = [...header.columns].sort((a, b) => Math.abs(a.center - c) - Math.abs(b.center - c))[0]!;
  return Math.abs(best.center - c) <= header.pitch / 2 ? best : undefined;
}

const unitOf = (label: string) => label.normalize("NFKC").match(/[（(](千円|百万円|億円|円)[）)]?/u)?.[1];
