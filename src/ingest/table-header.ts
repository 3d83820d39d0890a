/**
 * A table's header: the fiscal-year columns of a line (two or more year cells), the kind of figure above each
 * column (基準値 | 実績値 | 目標値 spanning several years), and the table's unit (（千円）).
 */
import type { Cell, Line } from "./layout.js";
import { findYear } from "./fiscal-year-words.js";
import { isKindOnly, kindOf, kindsIn } from "./kind-words.js";
import { isFigureCell } from "./parse-figure.js";

export type Column = {
  /** null for a column headed by a year that is not one (－年度, 毎年度): it holds its place among the columns. */
  center: number;
  fiscalYear: number | null;
  yearLabel: string;
  /** A kind written in the year's own cell (26年度要求額) or above it in a kind line. */
  ownKind?: string;
  spanKind?: string;
  /** Words of the header cell on the lines below the year (extendHeader). */
  words?: string;
};
export type Header = {
  columns: Column[];
  pitch: number;
  unit?: string;
  caption?: string;
  kindProblem?: string;
  /** Whether columns have real positions (a PDF), and the document's era for years written in rows. */
  geometry: boolean;
  era?: string;
  /** The year the document reports on: a count under a past year's column with no kind written is its 実績. */
  documentYear?: number;
};

/**
 * The horizontal middle of a cell.
 * @example center({ text: "23年度", x: 100, right: 124 }) // 112
 */
export const center = (c: Cell) => (c.x + c.right) / 2;
/**
 * The unit a header writes in parentheses: （千円）, (単位：千円).
 * @example unitIn("25年度当初予算額（千円）") // "千円"
 */
export const unitIn = (text: string) => text.normalize("NFKC").match(/[（(](?:単位[:：]\s*)?(千円|百万円|億円|円|件|機関|%)[）)]/u)?.[1];

/** Kinds as header cells write them, whose beginning a wrapped cell may hold alone. */
const KIND_STARTS = [
  "予算額",
  "当初予算額",
  "補正予算額",
  "補正後予算額",
  "執行額",
  "要求額",
  "概算要求額",
  "予算案",
  "実績値",
  "目標値",
  "基準値",
];

/** A cell that is a fiscal year and at most a kind and a unit (24年度補正後予算額（千円）). */
function yearCell(cell: Cell, era: string | undefined): Column | undefined {
  const folded = cell.text.normalize("NFKC").replace(/\s+/gu, "");
  if (/^[－―ー\-毎]年度$/u.test(folded)) return { center: center(cell), fiscalYear: null, yearLabel: folded };
  const year = findYear(cell.text, era);
  if (!year || year.index !== 0) return undefined;
  const rest = year.rest.replace(/[（(][^）)]*[）)]?/gu, "").replace(/\s+/gu, "");
  // A cell wrapped inside its kind (令和6年度当 / 初予算額) keeps the beginning, for the words under it to complete.
  const partial = rest && !isKindOnly(rest) && KIND_STARTS.some((k) => k.startsWith(rest));
  if (rest && !isKindOnly(rest) && !partial) return undefined;
  const yearLabel = cell.text.normalize("NFKC").slice(0, year.label.length);
  return {
    center: center(cell),
    fiscalYear: year.fiscalYear,
    yearLabel,
    ...(partial ? { words: rest } : { ownKind: rest ? kindOf(rest) : undefined }),
  };
}

/**
 * The header a line starts, given the lines above it (nearest first), or undefined when it has fewer than two years.
 * @example readHeader(line("15年度 20年度"), [line("基準値 実績値")], "平成", true)?.columns[1].spanKind // "実績"
 */
export function readHeader(line: Line, above: Line[], era: string | undefined, geometry: boolean): Header | undefined {
  const columns = line.cells.map((c) => yearCell(c, era)).filter((c): c is Column => c !== undefined);
  if (columns.filter((c) => c.fiscalYear !== null).length < 2) return undefined;
  const pitch = Math.min(...columns.slice(1).map((c, i) => c.center - columns[i]!.center));
  const kindLine = above.find((l) => l.cells.some((c) => isKindOnly(c.text)) && !l.cells.some((c) => isFigureCell(c.text)));
  // A cell naming two kinds (予算額・執行額（単位：千円）) is a caption over the columns, not the kind of each.
  const kinds = kindLine?.cells.filter((c) => isKindOnly(c.text) && kindsIn(c.text).length === 1) ?? [];
  const kindProblem = kinds.length ? spanKinds(columns, kinds, pitch, geometry) : undefined;
  const unit = [line, ...above].map((l) => unitIn(l.text)).find(Boolean);
  const caption = above.find((l) => l !== kindLine && !/^[（(]/u.test(l.text.trim()))?.text.trim();
  return { columns, pitch, unit, caption, kindProblem, geometry, era };
}

/**
 * Gives each column the kind written above it. With positions: kinds are centered over the years they span, so
 * the columns are cut into consecutive groups whose centers lie nearest the kinds' centers. Without positions
 * (a flattened .txt) only the layouts that cannot be misread are accepted: one kind per column, or the
 * evaluation sheet's 基準値 | 実績値… | 目標値 (first column, middle columns, last column).
 */
function spanKinds(columns: Column[], kinds: Cell[], pitch: number, geometry: boolean): string | undefined {
  const k = kinds.length;
  const n = columns.length;
  if (k > n) return `${k} kinds over ${n} year columns`;
  let groups: number[][];
  if (geometry) {
    const best = bestPartition(
      columns.map((c) => c.center),
      kinds.map(center),
    );
    if (best.error > pitch / 2) return "the kinds above the columns do not line up with the years";
    groups = best.groups;
  } else if (k === n) groups = columns.map((_, i) => [i]);
  else if (k === 3 && n >= 3) groups = [[0], columns.slice(1, -1).map((_, i) => i + 1), [n - 1]];
  else return `${k} kinds over ${n} year columns in text without positions`;
  groups.forEach((group, i) =>
    group.forEach((col) => {
      columns[col]!.spanKind = kindOf(kinds[i]!.text);
    }),
  );
  return undefined;
}

/** Consecutive groups of columns, one per kind, minimizing the worst distance between a group's middle and its kind. */
function bestPartition(cols: number[], kinds: number[]): { groups: number[][]; error: number } {
  let best = { groups: [] as number[][], error: Infinity };
  const walk = (start: number, kind: number, groups: number[][], error: number): void => {
    if (kind === kinds.length) {
      if (start === cols.length && error < best.error) best = { groups, error };
      return;
    }
    for (let end = start; end <= cols.length - (kinds.length - kind); end++) {
      const middle = (cols[start]! + cols[end]!) / 2;
      walk(end + 1, kind + 1, [...groups, range(start, end)], Math.max(error, Math.abs(middle - kinds[kind]!)));
    }
  };
  walk(0, 0, [], 0);
  return best;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
