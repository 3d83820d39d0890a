/**
 * Figures of tables with their fiscal year and kind read from the header above them. With a PDF's positions a
 * figure belongs to the year column it sits under; in flattened text a row is placed only when its cells
 * account for the columns (text-row.ts). What cannot be placed with confidence is left out, with the reason.
 */
import type { Cell, Line } from "./layout.js";
import { readHeader, type Header } from "./table-header.js";
import { extendHeader, readStackedHeader } from "./wrapped-header.js";
import { isKindOnly, kindOf } from "./kind-words.js";
import { isFigureCell, type Figure } from "./parse-figure.js";
import { nearestColumn, placeRow, type Placed } from "./place-row.js";
import { extendRow, isComplete, isValue, NUMBERED_LABEL, placeTextRow, startRow, type RowCell, type TextRow } from "./text-row.js";
import { isHeading } from "./find-sections.js";

export type TableFigure = {
  subject: string;
  kind: string;
  fiscalYear: number | null;
  yearLabel: string | null;
  figure: Figure;
  line: number;
  page: number;
  budget: boolean;
  /** The last line of the figure when the extraction broke it over two (15,659, / 209). */
  until?: number;
  /** The date a figure is as of (平成15年4月時点), for kind 時点. */
  asOf?: string;
  /** Which part of its cell the figure is (単独施策, 複数施策・復興庁一括計上分), when a cell holds several. */
  scope?: string;
};
export type LeftOut = { text: string; page: number; reason: string };
/** `usedLines`: every line from a table's header to its end; sentences there are not read as prose. */
export type TableResult = { figures: TableFigure[]; leftOut: LeftOut[]; usedLines: Set<number> };

/** A table ends after this many lines without a row (its notes and the text after it). */
const MAX_GAP = 30;
/** A row label wraps over this many lines at most (the narrow first column of an evaluation sheet); a numbered one (②…) over more. */
const MAX_LABEL_LINES = 8;
const MAX_NUMBERED_LABEL_LINES = 24;

/**
 * Reads every table of the document.
 * @example findTables(layout.lines, "平成", true).figures[0] // { subject: "①共同研究の実施件数", kind: "基準値", … }
 */
export function findTables(
  lines: Line[],
  era: string | undefined,
  geometry: boolean,
  documentYear?: number,
  skip = new Set<number>(),
): TableResult {
  const result: TableResult = { figures: [], leftOut: [], usedLines: new Set() };
  let header: Header | undefined;
  let label: string[] = [];
  /** Lines of the label being gathered, and the last row placed: with positions a wrapped label may belong to either. */
  let labelLines: number[] = [];
  let lastRow: { line: number; label: string; firstFigure: number } | undefined;
  let subject: string | undefined;
  let gap = 0;
  let skipTo = -1;
  let rowsSeen = false;
  let pending: TextRow | undefined;
  const above = (i: number) =>
    lines
      .slice(Math.max(0, i - 6), i)
      .reverse()
      .filter((l) => l.cells.length && l.page === lines[i]!.page)
      .slice(0, 4);

  const emit = (rowLabel: string, place: (kindRow: boolean) => Placed[] | string, cells: RowCell[]) => {
    gap = 0;
    rowsSeen = true;
    const kindRow = isKindOnly(rowLabel);
    const rowSubject = kindRow ? (subject ?? header!.caption ?? "") : rowLabel;
    if (!kindRow) subject = rowLabel;
    const placed = place(kindRow);
    if (typeof placed === "string") {
      for (const { cell, line } of cells)
        if (isFigureCell(cell.text)) result.leftOut.push({ text: cell.text, page: lines[line]!.page, reason: placed });
      return;
    }
    placeRow(rowSubject, kindRow ? kindOf(rowLabel) : undefined, rowLabel, header!, placed, lines, result);
  };
  const emitText = (row: TextRow) =>
    emit(row.label, (kindRow) => placeTextRow(row, header!, kindRow, kindOf(row.label) === "年度ごとの目標値"), row.cells);

  lines.forEach((line, i) => {
    if (!line.cells.length || i <= skipTo || skip.has(i)) return;
    const stacked = geometry ? undefined : readStackedHeader(lines, i, era);
    if (stacked) skipTo = stacked.end;
    const next = stacked?.header ?? readHeader(line, above(i), era, geometry);
    if (next) {
      if (pending && header) emitText(pending);
      header = { ...next, documentYear };
      label = [];
      labelLines = [];
      lastRow = undefined;
      subject = undefined;
      gap = 0;
      pending = undefined;
      rowsSeen = false;
      result.usedLines.add(i);
      return;
    }
    if (!header) return;
    if ((geometry && line.page !== lines[i - 1]?.page) || isHeading(line.text) || gap > MAX_GAP) {
      if (pending) emitText(pending);
      header = undefined;
      pending = undefined;
      return;
    }
    result.usedLines.add(i);
    if (!rowsSeen && extendHeader(header, line)) return;
    if (pending) {
      const grown = extendRow(pending, line.cells, i);
      if (grown && isComplete(grown, header.columns.length)) {
        emitText(grown);
        pending = undefined;
        return;
      }
      if (grown) {
        pending = grown;
        return;
      }
      // The row ended at this line; it is placed if its cells account for the columns, else left out with the reason.
      emitText(pending);
      pending = undefined;
    }
    const first = line.cells.findIndex(isValue);
    // A number inside parentheses the label opened ((評価は s,a,c,e の 4 段 / 階)) is part of the label.
    const inLabel = !geometry && first >= 0 && unclosed(labelText([...label, ...line.cells.slice(0, first).map((c) => c.text)]));
    if (first < 0 || inLabel || (geometry && !underColumns(header, line.cells[first]!))) {
      gap++;
      // With positions only the words left of the columns are a label (a 担当課 cell wrapped on the right is not).
      const words = geometry
        ? labelCellsOf(header, line.cells)
            .map((c) => c.text)
            .join(" ")
        : line.text;
      if (words.trim()) {
        label = addLabelLine(label, words);
        labelLines = [...labelLines, i].slice(-label.length);
      }
      return;
    }
    if (geometry && lastRow && labelLines.length) {
      // The label lines between two rows: those before the widest vertical gap end the row above (its label
      // wrapped below its figures); the rest begin this one.
      const split = splitAtWidestGap(lines, [lastRow.line, ...labelLines, i]);
      if (split > 0) {
        const more = labelLines
          .slice(0, split)
          .map((k) => lines[k]!.text.trim())
          .join("")
          .replace(/\s+/gu, "");
        renameSubject(result, lastRow, `${lastRow.label}${more}`);
        if (subject === lastRow.label) subject = `${lastRow.label}${more}`;
        label = label.slice(split);
      }
    }
    labelLines = [];
    const labelCells = geometry ? labelCellsOf(header, line.cells) : line.cells.slice(0, first);
    const own = labelCells.map((c) => c.text).join("");
    // A row of a kind (年度ごとの目標値) is labelled on its own line; the lines above it are notes of the row above.
    const rowLabel = (isKindOnly(own) ? own : labelText([...label, own])).replace(/\s+/gu, "");
    label = [];
    if (geometry) {
      // Figures right of the last column stay in the row, to be left out as under no column (never dropped silently).
      const cells = line.cells.filter((c) => !leftOfColumns(header!, c) && isValue(c)).map((cell) => ({ cell, line: i }));
      const firstFigure = result.figures.length;
      emit(rowLabel, () => cells.map((c) => ({ ...c, column: nearestColumn(header!, c.cell) })), cells);
      lastRow = isKindOnly(rowLabel) ? undefined : { line: i, label: rowLabel, firstFigure };
      return;
    }
    const row = extendRow(startRow(rowLabel, header.columns.length, NUMBERED_LABEL.test(rowLabel)), line.cells.slice(first), i);
    if (row && isComplete(row, header.columns.length)) emitText(row);
    else if (row) pending = row;
    else {
      gap++;
      label = addLabelLine(label, line.text);
    }
  });
  if (pending && header) emitText(pending);
  return result;
}

/**
 * Where a run of lines splits: the index (into the lines between the first and last) after which the widest
 * vertical gap falls, when it is clearly wider than the others (a cell border), else 0 (all to the next row).
 */
function splitAtWidestGap(lines: Line[], indices: number[]): number {
  const ys = indices.map((k) => lines[k]!.y);
  if (ys.some((y) => y === undefined) || indices.some((k) => lines[k]!.page !== lines[indices[0]!]!.page)) return 0;
  const gaps = ys.slice(1).map((y, k) => ys[k]! - y!);
  const widest = gaps.indexOf(Math.max(...gaps));
  const others = gaps.filter((_, k) => k !== widest);
  return others.length && gaps[widest]! > 1.3 * Math.max(...others) ? widest : 0;
}

function renameSubject(result: TableResult, row: { label: string; firstFigure: number }, label: string): void {
  for (const figure of result.figures.slice(row.firstFigure)) if (figure.subject === row.label) figure.subject = label;
}

/**
 * A row's label so far: a numbered line (②…) starts a new one, which runs until its row, without the note (※…)
 * written under it in the label's cell; other labels run over a few lines at most.
 */
function addLabelLine(label: string[], text: string): string[] {
  const line = text.trim();
  if (/^[\u2460-\u2473]/u.test(line)) return [line];
  if (!/^[\u2460-\u2473]/u.test(label[0] ?? "")) return [...label, line].slice(-MAX_LABEL_LINES);
  // The year of the row's first figure ((20 年度)) may follow the note.
  if (/^[（(][^（()）]*年度[）)]$/u.test(line)) return [...label, line];
  return label.includes(NOTE) || label.length >= MAX_NUMBERED_LABEL_LINES ? label : [...label, /^※/u.test(line) ? NOTE : line];
}
/** Where a note begins in a label: the lines after it are not the label. */
const NOTE = "\u0000";
const labelText = (label: string[]) => label.filter((l) => l !== NOTE).join("");

const unclosed = (text: string) => (text.match(/[（(]/gu) ?? []).length > (text.match(/[）)]/gu) ?? []).length;

/** The cells of a row's label: left of the year columns, without a column of years of its own (事業開始年度: 令和2年度). */
function labelCellsOf(header: Header, cells: Cell[]): Cell[] {
  return cells.filter(
    (c) => leftOfColumns(header, c) && !/^(?:(?:昭和|平成|令和)\s*)?(?:元|\d{1,4})\s*年度$/u.test(c.text.normalize("NFKC").trim()),
  );
}

function leftOfColumns(header: Header, cell: Cell): boolean {
  return (cell.x + cell.right) / 2 < header.columns[0]!.center - header.pitch / 2;
}

function underColumns(header: Header, cell: Cell): boolean {
  const c = (cell.x + cell.right) / 2;
  return c >= header.columns[0]!.center - header.pitch / 2 && c <= header.columns.at(-1)!.center + header.pitch / 2;
}
