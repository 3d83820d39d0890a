/**
 * Positioned text runs → lines of cells. Runs on one baseline form a line; within a line, runs closer than
 * about a character's width join into one cell, so a table's columns stay separate cells with their x.
 */
import { makeLine, type Cell, type Line } from "./layout.js";
import { UNIT_WORDS } from "./parse-figure.js";

/** One text run as pdf.js reports it: page, text, baseline origin (PDF points, y up), width and font size. */
export type PositionedText = { page: number; str: string; x: number; y: number; width: number; size: number };

/** Runs whose gap is below this many font sizes belong to the same cell (a word split into glyph runs). */
const JOIN_GAP = 0.6;
/** A unit set apart from its number ("7,248 件" drawn as two runs) joins it across up to this many font sizes. */
const UNIT_GAP = 1.5;
const UNIT_ONLY = new RegExp(`^(${UNIT_WORDS})$`, "u");

/**
 * Groups runs into lines (top to bottom per page) of cells (left to right).
 * @example groupLines([{ page: 1, str: "23", x: 10, y: 700, width: 10, size: 10 }, …])[0].cells.length
 */
export function groupLines(texts: PositionedText[]): Line[] {
  // A run drawn twice at the same place (simulated bold) is read once, not as 札幌クラスター札幌クラスター.
  const seen = new Set<string>();
  const once = texts.filter((t) => {
    const key = `${t.page}|${t.str}|${Math.round(t.x)}|${Math.round(t.y)}`;
    return !seen.has(key) && seen.add(key);
  });
  const sorted = once.sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const rows: PositionedText[][] = [];
  for (const text of sorted) {
    const row = rows.at(-1);
    const first = row?.[0];
    // Same line when on the same page and the baselines differ by less than half the font size.
    if (row && first && first.page === text.page && Math.abs(first.y - text.y) < Math.min(first.size, text.size) / 2) row.push(text);
    else rows.push([text]);
  }
  return rows.map((row) => ({ ...makeLine(row[0]!.page, toCells(row.sort((a, b) => a.x - b.x))), y: row[0]!.y }));
}

function toCells(row: PositionedText[]): Cell[] {
  const cells: Cell[] = [];
  let size = 0;
  for (const text of row) {
    const last = cells.at(-1);
    const gap = last ? text.x - last.right : Infinity;
    const unitOfLast = last && /\d$/u.test(last.text.normalize("NFKC")) && UNIT_ONLY.test(text.str.normalize("NFKC").trim());
    if (last && (gap < JOIN_GAP * Math.max(size, text.size) || (unitOfLast && gap < UNIT_GAP * text.size))) {
      last.text += text.str;
      last.right = Math.max(last.right, text.x + text.width);
    } else {
      cells.push({ text: text.str, x: text.x, right: text.x + text.width });
    }
    size = text.size;
  }
  return cells.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text);
}
