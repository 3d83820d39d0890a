/**
 * The evaluation sheet's 施策の予算額・執行額 table: each cell holds the figure of the upper row (上段: 単独施策),
 * the lower one in angle brackets (下段: <複数施策>), and after ほか…分 a part counted elsewhere (復興庁一括計上分).
 * Rows are kinds (当初予算, 補正予算, 繰越し等, 合計, 執行額), columns fiscal years (26年度要求額 its own kind).
 * Each figure becomes a fact with its scope, as the curated facts of h24 write them (単独施策・復興庁一括計上分).
 */
import type { Line } from "./layout.js";
import type { LeftOut, TableFigure } from "./find-tables.js";
import { readHeader, type Column } from "./table-header.js";
import { nearestColumn } from "./place-row.js";
import { isKindOnly, kindOf } from "./kind-words.js";
import { isFigureCell, parseFigure } from "./parse-figure.js";

const CAPTION = /施策の予算額・執行額/u;
/** The table ends where the sheet goes on to its next part (施策に関係する内閣の重要政策…): at most this far. */
const MAX_LINES = 120;

/**
 * Reads every such table; `used` are its lines, which the general table reader then leaves alone.
 * @example findBudgetStatus(lines, "平成", false).figures[0] // { kind: "当初予算額", fiscalYear: 2011, scope: "単独施策", … }
 */
export function findBudgetStatus(
  lines: Line[],
  era: string | undefined,
  geometry: boolean,
): { figures: TableFigure[]; leftOut: LeftOut[]; used: Set<number> } {
  const figures: TableFigure[] = [];
  const leftOut: LeftOut[] = [];
  const used = new Set<number>();
  lines.forEach((line, c) => {
    if (!CAPTION.test(line.text)) return;
    const h = lines.findIndex((l, k) => k > c && k <= c + 6 && readHeader(l, [], era, geometry));
    if (h < 0) return;
    const header = readHeader(lines[h]!, [], era, geometry)!;
    const caption = line.text.trim();
    const scopeOf = (level: "上段" | "下段") =>
      lines
        .slice(h, h + 12)
        .map((l) => l.text.match(new RegExp(`${level}[:：]\\s*(.+?)に係る`, "u"))?.[1])
        .find(Boolean) ?? level;
    const scopes = { upper: scopeOf("上段"), lower: scopeOf("下段") };
    // The unit is written under the header (（千円）) or in the caption (施策の予算額・執行額等（単位：千円）).
    const unit = [line, ...lines.slice(h, h + 12)].some((l) => /[（(](単位[:：]\s*)?千円[）)]/u.test(l.text)) ? "千円" : undefined;
    let row:
      | { kind: string; count: { upper: number; lower: number }; prev?: { column?: Column; level: "upper" | "lower"; part?: string } }
      | undefined;
    // With positions, a ほか…分 stands above the figure it introduces, in the same column.
    const partAbove = new Map<Column, string>();
    for (let i = h + 1; i < Math.min(lines.length, h + MAX_LINES); i++) {
      const cells = lines[i]!.cells;
      if (!cells.length) continue;
      const known = cells.every(
        (cell) => isKindOnly(cell.text) || isFigureCell(cell.text.replace(/[<>＜＞]/gu, "")) || /^ほか.+分$/u.test(cell.text),
      );
      if (!known) {
        if (row) break;
        used.add(i);
        continue;
      }
      used.add(i);
      for (const cell of cells) {
        if (isKindOnly(cell.text)) {
          row = { kind: kindOf(cell.text)!, count: { upper: 0, lower: 0 } };
          partAbove.clear();
          continue;
        }
        if (!row) break;
        const part = /^ほか(.+分)$/u.exec(cell.text)?.[1];
        if (part && geometry) {
          const above = nearestColumn(header, cell);
          if (above) partAbove.set(above, part);
          continue;
        }
        if (part) {
          row.prev = { ...row.prev, level: row.prev?.level ?? "upper", part };
          continue;
        }
        const level = /^[<＜]/u.test(cell.text) ? "lower" : "upper";
        const at = geometry ? nearestColumn(header, cell) : undefined;
        const scoped = geometry
          ? at && partAbove.has(at)
            ? { column: at, part: partAbove.get(at)! }
            : undefined
          : row.prev?.part && row.prev.level === level
            ? row.prev
            : undefined;
        if (at) partAbove.delete(at);
        const column = geometry ? at : scoped ? scoped.column : header.columns[row.count[level]++];
        row.prev = { column, level };
        const text = cell.text.replace(/[<>＜＞]/gu, "");
        const figure = parseFigure(text, unit);
        if (!column || !figure?.unit || column.fiscalYear === null) {
          leftOut.push({ text, page: lines[i]!.page, reason: `${caption}: no year column or unit for it` });
          continue;
        }
        figures.push({
          subject: caption,
          kind: column.ownKind ?? row.kind,
          fiscalYear: column.fiscalYear,
          yearLabel: column.yearLabel,
          figure,
          line: i,
          page: lines[i]!.page,
          budget: figure.unit === "円",
          scope: `${scopes[level]}${scoped ? `・${scoped.part}` : ""}`,
        });
      }
    }
  });
  return { figures, leftOut, used };
}
