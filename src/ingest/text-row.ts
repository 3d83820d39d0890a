/**
 * A table row in text without positions: its cells may go on over several lines, between notes in
 * parentheses, and one cell of words (23 年度より取組を開始したため、実績なし) may stand for several columns.
 * The row is placed only when its cells account for the columns exactly.
 */
import type { Cell } from "./layout.js";
import type { Column, Header } from "./table-header.js";
import { isFigureCell, isPlaceholderCell } from "./parse-figure.js";
import { isKindOnly } from "./kind-words.js";
import { headingLevel } from "./find-sections.js";

/**
 * `everyYear`: the cell was written （毎年度）90％以上, for the 毎年度 column; `until`: the line a broken number ends on;
 * `year`: a year written in parentheses right before the figure (（34 年度） 30％以上), the figure's own year.
 */
export type RowCell = { cell: Cell; line: number; everyYear?: boolean; until?: number; year?: string };
/** Cells of words among a row's figures (23 年度より取組を開始したため、実績なし): each stands before `cells[at]`. */
export type Words = { at: number; text: string; line: number };
export type TextRow = {
  label: string;
  cells: RowCell[];
  depth: number;
  words: Words[];
  /** The table's column count, and whether its rows are numbered (①…): then words that open no new row are cells of this one. */
  columns: number;
  numbered: boolean;
  /** Whether the last words may go on; the line a note (※…) was last seen on; a year in parentheses waiting for its figure. */
  open?: boolean;
  note?: number;
  year?: string;
};

/** A paragraph of words in a row goes on over at most this many lines (a narrow cell of an evaluation sheet). */
const MAX_WORD_LINES = 24;
const YEAR_NOTE = /^[（(]\s*((?:昭和|平成|令和)?\s*(?:元|\d{1,4})\s*年度)\s*[）)]$/u;

/**
 * A new empty row of a table.
 * @example startRow("①共同研究の実施件数", 7, true).cells // []
 */
export function startRow(label: string, columns: number, numbered: boolean): TextRow {
  return { label, cells: [], depth: 0, words: [], columns, numbered };
}

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
 * A row label that numbers its row (②プログラム…), not a list of indicator numbers (②④, ④～).
 * @example NUMBERED_LABEL.test("②プログラム（戦略") // true
 */
export const NUMBERED_LABEL = /^[\u2460-\u2473]\s*[^\s\u2460-\u2473～〜、,・]/u;

/** Words that open a row of their own: a number (②…), a kind (年度ごとの目標値), a heading (活動指標). */
const opensRow = (text: string) => /^[\u2460-\u2473]/u.test(text) || isKindOnly(text.split(/\s/u)[0]!) || headingLevel(text) !== undefined;

/**
 * The row grown by a line's cells, or undefined when the line is no part of it (the next row's label).
 * @example extendRow(startRow("①…", 7, false), [cell("7,248 件")], 9)?.cells.length // 1
 */
export function extendRow(row: TextRow, cells: Cell[], line: number): TextRow | undefined {
  const next: TextRow = { ...row, cells: [...row.cells], words: row.words.map((w) => ({ ...w })) };
  // A note (※左記プログラムの成果を / 見るため、…) wraps onto the lines right below it, words only.
  if (next.note !== undefined && line === next.note + 1 && !cells.some(isValue)) {
    next.note = line;
    return next;
  }
  next.note = undefined;
  // A numbered label (②プログラム（戦略…) opens the next row, even where it opens parentheses.
  if (NUMBERED_LABEL.test(cells.map((c) => c.text).join(" "))) return undefined;
  let valuesHere = 0;
  for (const [k, whole] of cells.entries()) {
    // "（毎年度）90％以上": a figure with its column written before it in parentheses.
    const every = EVERY_YEAR.test(whole.text) && whole.text.replace(EVERY_YEAR, "");
    const cell = every ? { ...whole, text: every } : whole;
    // Notes in parentheses ((27 件), (10 月頃 / 調査結果が / 出る予定)) are no cells of the row; a year alone
    // ((34 年度)) is the year of the figure under it.
    const opens = (cell.text.match(/[（(]/gu) ?? []).length;
    if (next.depth > 0 || opens > 0) {
      if (next.depth === 0 && YEAR_NOTE.test(cell.text.normalize("NFKC"))) next.year = cell.text;
      next.depth = Math.max(0, next.depth + opens - (cell.text.match(/[）)]/gu) ?? []).length);
      continue;
    }
    // A note (※別表参照) is no cell either, nor are the words after it on its line.
    if (/^※/u.test(cell.text)) {
      next.note = line;
      break;
    }
    const last = next.cells.at(-1);
    const words = next.words.at(-1);
    // A number broken over two lines by the extraction (15,659, / 209; 1,982,1 / 94) is one cell again.
    if (last && /^\d+$/u.test(cell.text) && isBroken(last.cell.text) && isFigureCell(last.cell.text + cell.text)) {
      next.cells[next.cells.length - 1] = { ...last, cell: { ...last.cell, text: `${last.cell.text}${cell.text}` }, until: line };
    } else if (isValue(cell)) {
      next.cells.push({ cell, line, ...(every ? { everyYear: true } : {}), ...(next.year ? { year: next.year } : {}) });
      next.year = undefined;
      valuesHere++;
      next.open = false;
    } else if (
      words &&
      words.at === next.cells.length &&
      ((next.open && line - words.line <= 2) || (next.numbered && !(k === 0 && opensRow(cell.text)) && line - words.line <= MAX_WORD_LINES))
    ) {
      // A cell of words wraps onto the next lines (…実績 / なし; a blank line may stand between them); in a
      // table of numbered rows it goes on until the next number, kind or heading.
      words.text += cell.text;
      words.line = line;
    } else if (
      next.cells.length > 0 &&
      (valuesHere > 0 ||
        /(なし|無し|実績)$/u.test(cell.text) ||
        (next.numbered &&
          !(k === 0 && opensRow(cell.text)) &&
          next.cells.length + new Set(next.words.map((w) => w.at)).size < next.columns))
    ) {
      // Words after a figure of the same line, a line saying there is no figure (…のため、実績 / なし), or in
      // numbered rows any words before the row has its columns; other words opening a line are the next row's label.
      next.words.push({ at: next.cells.length, text: cell.text, line });
      next.open = true;
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
  return !row.words.length && row.cells.length === columns && !isBroken(row.cells.at(-1)!.cell.text);
}

/**
 * The column of each cell, or the reason the row cannot be placed. Words between figures stand for the columns
 * the figures leave when they say there is no figure there (…のため、実績なし): the figures before them take the
 * first columns, those after them the last ones; words in several places each take one column when that accounts
 * for the columns exactly. Words after the last figure are a remark on it, unless they say there is no figure.
 * A row of a kind (年度ごとの目標値) with as many cells (two or more) as one kind's span of columns has (the 実績値
 * years) takes that span.
 * @example placeTextRow(row, header, false) // [{ cell, line, column }, …] or "its row (…) has 5 cells for 7 year columns"
 */
export function placeTextRow(
  row: TextRow,
  header: Header,
  kindRow: boolean,
  yearTargets = false,
): Array<RowCell & { column: Column }> | string {
  const n = header.columns.length;
  const count = row.cells.length;
  const says = (words: Words[]) => words.some((w) => /なし|無し/u.test(w.text));
  const trailing = row.words.filter((w) => w.at === count);
  const inner = [...new Set(row.words.filter((w) => w.at < count).map((w) => w.at))];
  if (inner.length > 1) {
    if (count + inner.length !== n)
      return `words in ${inner.length} places of its row (${row.label || "no label"}) leave its columns unknown`;
    return row.cells.map((c, k) => ({ ...c, column: header.columns[k + inner.filter((at) => at <= k).length]! }));
  }
  if (inner.length === 1 || (trailing.length && says(trailing))) {
    const at = inner[0] ?? count;
    const words = row.words.filter((w) => w.at === at);
    // Only words that say there is no figure (…のため、実績なし) stand for the columns they cover; any other
    // words leave it unknown which columns the figures are under.
    if (!says(words)) return `a note in its row (${words[0]!.text.slice(0, 20)}) leaves its columns unknown`;
    const span = n - count;
    if (span < 1) return `its row (${row.label || "no label"}) has ${count} cells and a note for ${n} year columns`;
    return row.cells.map((c, k) => ({ ...c, column: header.columns[k < at ? k : k + span]! }));
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
