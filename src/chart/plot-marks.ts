/**
 * The marks of a chart: lines over fiscal years spaced by time (a gap of three years looks like one), or bars
 * grouped per year; each point labelled with the figure as the source writes it, and its kind when the chart
 * mixes kinds (予算 and 概算要求額 are not the same thing).
 */
import type { ChartData, ChartPoint } from "./chart-data.js";
import { estimateWidth, round, svgText } from "./svg-text.js";

/** The plot area and the value → y mapping; `showKind` when the chart mixes kinds of figure. */
export type Plot = { left: number; right: number; top: number; bottom: number; y: (value: number) => number; showKind: boolean };
const COLORS = ["#1264a3", "#e01e5a", "#2eb67d", "#ecb22e", "#36c5f0", "#4a154b"];
const MARGIN = 40;

/**
 * Lines, one per series, with a dot and the figure at each year.
 * @example drawLines(chartDataOf(seriesAnswer)!, plot) // "<polyline …/>…"
 */
export function drawLines(data: ChartData, plot: Plot): string {
  const first = data.years[0]!.year;
  const span = data.years[data.years.length - 1]!.year - first;
  const x = (year: number) =>
    span === 0 ? (plot.left + plot.right) / 2 : plot.left + MARGIN + ((year - first) / span) * (plot.right - plot.left - 2 * MARGIN);
  const marks = data.series.map((s, i) => {
    const color = seriesColor(i);
    const points = s.points.map((p) => `${round(x(p.year))},${round(plot.y(p.value))}`).join(" ");
    // A label that would run into its neighbour's goes under its point instead.
    let above = false;
    return (
      `<polyline points="${points}" fill="none" stroke="${color}" stroke-width="3" stroke-linejoin="round"/>` +
      s.points
        .map((p, j) => {
          const previous = s.points[j - 1];
          above = !(previous && above && x(p.year) - x(previous.year) < (labelWidth(previous, plot) + labelWidth(p, plot)) / 2 + 6);
          return (
            `<circle cx="${round(x(p.year))}" cy="${round(plot.y(p.value))}" r="5" fill="${color}"/>` +
            pointLabel(x(p.year), plot.y(p.value), p, plot, above)
          );
        })
        .join("")
    );
  });
  return [...marks, yearLabels(data, plot, x)].join("\n");
}

/**
 * Bars grouped by year, one colour per series.
 * @example drawBars(chartDataOf(extremeAnswer)!, plot) // "<rect …/>…"
 */
export function drawBars(data: ChartData, plot: Plot): string {
  const band = (plot.right - plot.left) / data.years.length;
  const index = new Map(data.years.map((y, i) => [y.year, i]));
  const center = (year: number) => plot.left + band * (index.get(year)! + 0.5);
  const barWidth = Math.min(90, (band * 0.7) / data.series.length);
  const marks = data.series.map((s, i) =>
    s.points
      .map((p) => {
        const x = center(p.year) + (i - (data.series.length - 1) / 2) * barWidth;
        const y = plot.y(p.value);
        return (
          `<rect x="${round(x - barWidth / 2 + 2)}" y="${round(y)}" width="${round(barWidth - 4)}" height="${round(plot.bottom - y)}" fill="${seriesColor(i)}"/>` +
          (data.series.length > 1 ? barLabel(x, y, p, plot) : pointLabel(x, y, p, plot))
        );
      })
      .join(""),
  );
  return [...marks, yearLabels(data, plot, center)].join("\n");
}

/**
 * The colour of the i-th series (legend and marks agree).
 * @example seriesColor(0) // "#1264a3"
 */
export function seriesColor(i: number): string {
  return COLORS[i % COLORS.length]!;
}

// Kept inside the plot: a label at the first or last year would otherwise cover the axis numbers or leave the picture.
function pointLabel(x: number, y: number, p: ChartPoint, plot: Plot, above = true): string {
  const half = labelWidth(p, plot) / 2;
  const centre = Math.min(Math.max(x, plot.left + half + 4), plot.right - half);
  return svgText(centre, above ? Math.max(plot.top - 4, y - 12) : Math.min(plot.bottom - 6, y + 24), labelText(p, plot), {
    size: 13,
    anchor: "middle",
    halo: true,
  });
}

// Bars side by side are narrower than a figure with its kind: the kind goes on a line of its own.
function barLabel(x: number, y: number, p: ChartPoint, plot: Plot): string {
  const top = Math.max(plot.top + 10, y - (plot.showKind ? 26 : 10));
  return (
    svgText(x, top, p.display, { size: 12, anchor: "middle", halo: true }) +
    (plot.showKind ? svgText(x, top + 16, `（${p.kind}）`, { size: 12, anchor: "middle", halo: true }) : "")
  );
}

function labelText(p: ChartPoint, plot: Plot): string {
  return plot.showKind ? `${p.display}（${p.kind}）` : p.display;
}

function labelWidth(p: ChartPoint, plot: Plot): number {
  return estimateWidth(labelText(p, plot), 13);
}

// Labels too close to stand side by side are slanted rather than overlapped.
function yearLabels(data: ChartData, plot: Plot, x: (year: number) => number): string {
  const xs = data.years.map((y) => x(y.year));
  const widest = Math.max(...data.years.map((y) => estimateWidth(y.label, 16)));
  const closest = Math.min(Infinity, ...xs.slice(1).map((v, i) => v - xs[i]!));
  const slant = closest < widest + 4;
  return data.years
    .map((y, i) =>
      slant
        ? svgText(xs[i]! + 8, plot.bottom + 26, y.label, { size: 16, anchor: "end", rotate: -30 })
        : svgText(xs[i]!, plot.bottom + 30, y.label, { size: 16, anchor: "middle" }),
    )
    .join("");
}
