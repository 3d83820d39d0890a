/**
 * A table row in text without positions: its cells may go on over several lines, between notes in
 * parentheses, and one cell of words (23 年度より取組を開始したため、実績なし) may stand for several columns.
 * The row is placed only when its cells account for the columns exactly.
 */
import type { Cell } from "./layout.js";
import type { Column, Header } from "./table-header.js";
import { isFigureCell, isPlaceholderCell } from "./parse-figure.js";

/** `everyYear`: the cell was written （毎年度）90％以上, for the 毎年度 column; `until`: the line a broken number ends on. */
export type RowCell = { cell: Cell; line: number; everyYear?: boolean; until?: number };
export type TextRow = { label: string; cells: RowCell[]; depth: number; filler?: { at: number; text: string; open: boolean; line: number } };

/**
 * A number whose last group of digits is cut short (15,659, or 1,982,1): its line ended inside it.
 * @example isBroken("7,841,5") // true
 */
export const isBroken = (text: string) => /\d,(\d{0,2})$/u.test(text.normalize("NFKC"));
/**
 * Whether a cell holds a column of a row: a figure, a placeholder (－, 調査中), a broken number, （毎年度）90％以上.
 * @example isValue({ text: "調査中", x: 0, right: 3 }) // true
 */
export const isValue = (c: Cell) => {
  const text = c.text.replace(EVERY_YEAR, "");
  return isFigureCell(text) || isPlaceholderCell(text) || isBroken(text);
};
const EVERY_YEAR = /^[（(]毎年度[）)]/u;

/**
 * The row grown by a line's cells, or undefined when the line is no part of it (a label, a second cell of words).
 * @example extendRow({ label: "①…", cells: [], depth: 0 }, [cell("7,248 件")], 9)?.cells.length // 1
 */
export function extendRow(row: TextRow, cells: Cell[], line: number): TextRow | undefined {
  const next: TextRow = { ...row, cells: [...row.cells], filler: row.filler && { ...row.filler } };
  let valuesHere = 0;
  for (const whole of cells) {
    // "（毎年度）90％以上": a figure with its column written before it in parentheses.
    const every = EVERY_YEAR.test(whole.text) && whole.text.replace(EVERY_YEAR, "");
    const cell = every ? { ...whole, text: every } : whole;
    // Notes in parentheses ((27 件), (10 月頃 / 調査結果が / 出る予定)) are no cells of the row.
    const opens = (cell.text.match(/[（(]/gu) ?? []).length;
    if (next.depth > 0 || opens > 0) { next.depth = Math.max(0, next.depth + opens - (cell.text.match(/[）)]/gu) ?? []).length); continue; }
    // A note (※別表参照) is no cell either; the lines it wraps onto start with words and so end the row.
    if (/^※/u.test(cell.text)) continue;
    const last = next.cells.at(-1);
    // A number broken over two lines by the extraction (15,659, / 209; 1,982,1 / 94) is one cell again.
    if (last && /^\d+$/u.test(cell.text) && isBroken(last.cell.text) && isFigureCell(last.cell.text + cell.text)) {
      next.cells[next.cells.length - 1] = { ...last, cell: { ...last.cell, text: `${last.cell.text}${cell.text}` }, until: line };
    } else if (isValue(cell)) {
      next.cells.push({ cell, line, ...(every ? { everyYear: true } : {}) });
      valuesHere++;
      if (next.filler) next.filler.open = false;
    } else if (next.filler?.open && line - next.filler.line <= 2) {
      // A cell of words wraps onto the next line at most (…実績 / なし; a blank line may stand between them);
      // more is the next row's label.
      next.filler.text += cell.text;
    } else if (!next.filler && next.cells.length > 0 && (valuesHere > 0 || /(なし|無し|実績)$/u.test(cell.text))) {
      // Words after a figure of the same line, or a line saying there is no figure (…のため、実績 / なし);
      // other words opening a line are the next row's label.
      next.filler = { at: next.cells.length, text: cell.text, open: true, line };
    } else {
      return undefined;
    }
  }
  return next;
}

/**
 * Whether the row has all its cells: one per column, and no cell of words whose width is unknown.
 * @example isComplete(row, 7) // true for seven figures or placeholders
 */
export function isComplete(row: TextRow, columns: number): boolean {
  return !row.filler && row.cells.length === columns && !isBroken(row.cells.at(-1)!.cell.text);
}

/**
 * The column of each cell, or the reason the row cannot be placed. A cell of words takes the columns the other
 * cells leave when it says there is no figure; a row of a kind (年度ごとの目標値) with as many cells (two or more) as
 * one kind's span of columns has (the 実績値 years) takes that span.
 * @example placeTextRow(row, header, false) // [{ cell, line, column }, …] or "its row (…) has 5 cells for 7 year columns"
 */
export function placeTextRow(row: TextRow, header: Header, kindRow: boolean, yearTargets = false): Array<RowCell & { column: Column }> | string {
  const n = header.columns.length;
  const count = row.cells.length;
  if (row.filler) {
    // Only a cell that says there is no figure (…のため、実績なし) stands for the columns it covers; any other
    // words (※別表参照, a note) leave it unknown which columns the figures are under.
    if (!/なし|無し/u.test(row.filler.text)) return `a note in its row (${row.filler.text.slice(0, 20)}) leaves its columns unknown`;
    const span = n - count;
    if (span < 1) return `its row (${row.label || "no label"}) has ${count} cells and a note for ${n} year columns`;
    return row.cells.map((c, k) => ({ ...c, column: header.columns[k < row.filler!.at ? k : k + span]! }));
  }
  if (count === n) return row.cells.map((c, k) => ({ ...c, column: header.columns[k]! }));
  const every = header.columns.find((c) => c.yearLabel === "毎年度");
  if (count === 1 && every && row.cells[0]!.everyYear) return [{ ...row.cells[0]!, column: every }];
  const spans = kindRow && count >= 2 ? spansOf(header.columns).filter((s) => s.length === count) : [];
  if (spans.length === 1) return row.cells.map((c, k) => ({ ...c, column: spans[0]![k]! }));
  // Targets for the year (年度ごとの目標値) stand under the 実績値 years and start where targets were set: fewer
  // cells than those years end at the last of them (－ － 230 機関 → …, 23年度 －, 24年度 230 機関).
  const actual = spansOf(header.columns).filter((s) => s.length >= 2 && s[0]!.spanKind === "実績");
  if (yearTargets && actual.length === 1 && count < actual[0]!.length) {
    return row.cells.map((c, k) => ({ ...c, column: actual[0]![actual[0]!.length - count + k]! }));
  }
  return `its row (${row.label || "no label"}) has ${count} cells for ${n} year columns`;
}

/** Runs of consecutive columns under one kind of the header (the 実績値 years). */
function spansOf(columns: Column[]): Column[][] {
  const spans: Column[][] = [];
  columns.forEach((c, i) => {
    if (i > 0 && c.spanKind && c.spanKind === columns[i - 1]!.spanKind) spans.at(-1)!.push(c);
    else spans.push([c]);
  });
  return spans;
}
