/**
 * Header cells wrapped over several lines. In a flattened .txt each header cell stands on lines of its own
 * (24 年度 / 補正後予算 / 額（千円）); in a PDF the words of a wrapped cell sit under its year, on the lines
 * between the header and the first row.
 */
import type { Line } from "./layout.js";
import { findYear } from "./fiscal-year-words.js";
import { kindOf } from "./kind-words.js";
import { isFigureCell } from "./parse-figure.js";
import { center, unitIn, type Column, type Header } from "./table-header.js";

/** A piece of a wrapped header cell: part of a kind of figure or of its unit (補正後予算 / 額（千円）), nothing else. */
const HEADER_WORDS = /^(?=.*(予算|額|円|要求|執行|実績|目標|基準|補正|当初|繰越|合計))[^\d]{1,12}$/u;

/**
 * A header flattened one cell per line (24 年度 / 補正後予算 / 額（千円） / 25 年度 / 当初予算額 / （千円））, as text
 * extractions write the narrow header cells of a budget table: each year line opens a column, and the lines
 * after it, up to the next year, say its kind and unit. Returns the header and the index of its last line.
 * @example readStackedHeader(lines, 0, "平成")?.header.columns.map((c) => c.ownKind) // ["補正後予算額", "当初予算額"]
 */
export function readStackedHeader(lines: Line[], start: number, era: string | undefined): { header: Header; end: number } | undefined {
  const columns: Column[] = [];
  const words: string[][] = [];
  let end = start;
  for (let i = start, seen = 0; i < lines.length && seen < 12; i++) {
    const cells = lines[i]!.cells;
    if (!cells.length) continue;
    seen++;
    const year = cells.length === 1 ? findYear(cells[0]!.text, era) : undefined;
    if (year && year.index === 0) {
      columns.push({
        center: columns.length,
        fiscalYear: year.fiscalYear,
        yearLabel: cells[0]!.text.normalize("NFKC").slice(0, year.label.length),
      });
      words.push([year.rest]);
    } else if (columns.length && HEADER_WORDS.test(cells[0]!.text.trim()) && words.at(-1)!.join("").length < 20) {
      words.at(-1)!.push(cells[0]!.text.trim());
      // The next header cell on the same line (当初予算額（千円） 事業概要) is no year's: the header ends there.
      if (cells.length > 1) {
        end = i;
        break;
      }
    } else break;
    end = i;
  }
  if (columns.length < 2) return undefined;
  columns.forEach((column, k) => {
    column.ownKind = kindOf(words[k]!.join(""));
  });
  if (columns.some((c) => !c.ownKind)) return undefined;
  const unit = words
    .map(
      (w) =>
        unitIn(w.join("")) ??
        w
          .join("")
          .normalize("NFKC")
          .match(/(千円|百万円|億円)/u)?.[1],
    )
    .find(Boolean);
  return { header: { columns, pitch: 1, unit, geometry: false, era }, end };
}

/**
 * A header cell wrapped over lines (24年度 / 補正後予算 / 額（千円）): with positions, words under a column in the
 * lines right after the header, before any row, complete that column's kind and the table's unit.
 * @example extendHeader(header, line(["補正後予算", "当初予算額"])) // true, and the columns now have their kinds
 */
export function extendHeader(header: Header, line: Line): boolean {
  if (!header.geometry || line.cells.some((c) => isFigureCell(c.text))) return false;
  const under = line.cells.map((cell) => ({
    cell,
    column: header.columns.find((col) => Math.abs(col.center - center(cell)) <= header.pitch / 2),
  }));
  if (!under.some((u) => u.column)) return false;
  for (const { cell, column } of under) {
    if (!column) continue;
    column.words = `${column.words ?? ""}${cell.text}`;
    column.ownKind ??= kindOf(column.words);
    header.unit ??= unitIn(column.words);
  }
  return true;
}
