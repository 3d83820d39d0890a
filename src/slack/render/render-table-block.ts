/**
 * A series or comparison as a native table block: fiscal year (or subject), figure and, where the answer's chart
 * knows it, the kind of each figure (実績, 予算, 目標値…) in a column of its own.
 */
import type { types } from "@slack/bolt";
import type { Answer } from "../../qa/index.js";
import { table } from "./blocks.js";
import { labelsFor } from "./labels.js";
import { LIMITS } from "./limits.js";

/**
 * The table block of an answer, or undefined when it has no table or the table exceeds the block's limits
 * (the caller then falls back to the text table).
 * @example renderTableBlock(seriesAnswer)?.rows[0] // [{ type: "raw_text", text: "年度" }, { …"数値" }, { …"種類" }]
 */
export function renderTableBlock(answer: Pick<Answer, "table" | "chart" | "lang">): types.TableBlock | undefined {
  const { table: t, chart } = answer;
  if (!t || !t.rows.length || t.rows.length + 1 > LIMITS.tableRows) return undefined;
  // The chart has one point per row, in the rows' order; its kind is then the row's kind.
  const kinds = chart?.points.length === t.rows.length ? chart.points.map((p) => p.kind) : undefined;
  if (!kinds) return table([[...t.columns], ...t.rows.map((row) => [...row])], ["left", "right"]);
  const rows = t.rows.map(([label, figure], i) => [withoutKind(label, kinds[i]!), figure, kinds[i]!]);
  return table([[...t.columns, labelsFor(answer.lang).kind], ...rows], ["left", "right", "left"]);
}

// The text table names the kind in the row label when kinds differ ("平成15年度（2003年度） 基準値"): the kind column says it now.
function withoutKind(label: string, kind: string): string {
  return kind && label.endsWith(` ${kind}`) ? label.slice(0, -kind.length - 1) : label.replace(` ${kind} `, " ");
}
