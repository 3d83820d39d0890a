/**
 * A chart as SVG, drawn here rather than by a charting library: the picture needs a title, one value axis,
 * fiscal years, a caption and at most a few lines or bar groups, and building it by hand keeps the text in
 * the project's font and the layout known to the tests that look for drawn text.
 */
import type { ChartData } from "./chart-data.js";
import { drawBars, drawLines, seriesColor, type Plot } from "./plot-marks.js";
import { estimateWidth, fitText, round, svgText } from "./svg-text.js";
import { formatTick, scaleValues } from "./value-scale.js";

/** The picture's size in px (16:9, legible when Slack shows it shrunk in a thread). */
export const CHART_WIDTH = 960;
export const CHART_HEIGHT = 540;
const PLOT = { left: 110, right: CHART_WIDTH - 50, bottom: CHART_HEIGHT - 140 };
/** Where text alone is drawn (no line or bar crosses these boxes): tests look for drawn text there. */
export const CHART_TEXT_BOXES = {
  title: { x: 0, y: 0, width: CHART_WIDTH, height: 56 },
  yearLabels: { x: PLOT.left - 60, y: PLOT.bottom + 10, width: PLOT.right - PLOT.left + 100, height: 60 },
  caption: { x: 0, y: CHART_HEIGHT - 64, width: CHART_WIDTH, height: 64 },
};
const LABELS = {
  ja: { kinds: "数値の種類", source: "出典", joiner: "・", others: (n: number) => `ほか${n}件` },
  en: { kinds: "Kind of figure", source: "Source", joiner: ", ", others: (n: number) => `and ${n} more` },
};

/**
 * The SVG of a chart: title, legend when there are several series, value axis in a readable unit, the fiscal
 * years, the figures as the source writes them, and a caption with the kinds of figure and the source.
 * @example renderChartSvg(chartDataOf(answer)!) // "<svg …>…</svg>"
 */
export function renderChartSvg(data: ChartData): string {
  const labels = LABELS[data.lang];
  // Headroom above the largest figure for its label.
  const scale = scaleValues(Math.max(...data.series.flatMap((s) => s.points.map((p) => p.value))) * 1.12, data.unit, data.lang);
  const top = data.series.length > 1 ? 118 : 92;
  const plot: Plot = {
    ...PLOT,
    top,
    y: (value) => PLOT.bottom - (value / scale.divisor / scale.max) * (PLOT.bottom - top),
    showKind: data.kinds.length > 1,
  };
  const grid = scale.ticks.map((t) => {
    const y = round(plot.y(t * scale.divisor));
    return (
      `<line x1="${PLOT.left}" y1="${y}" x2="${PLOT.right}" y2="${y}" stroke="${t === 0 ? "#616061" : "#e8e8e8"}" stroke-width="1"/>` +
      svgText(PLOT.left - 10, y + 5, formatTick(t), { size: 14, fill: "#454245", anchor: "end" })
    );
  });
  const sources = data.sources.slice(0, 2).join(" / ") + (data.sources.length > 2 ? ` ${labels.others(data.sources.length - 2)}` : "");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    svgText(CHART_WIDTH / 2, 38, fitText(data.title, 24, CHART_WIDTH - 40), { size: 24, anchor: "middle" }),
    data.series.length > 1 ? legend(data) : "",
    svgText(PLOT.left - 10, top - 18, `(${scale.unitLabel})`, { size: 14, fill: "#454245", anchor: "end" }),
    ...grid,
    data.kind === "bar" ? drawBars(data, plot) : drawLines(data, plot),
    svgText(24, CHART_HEIGHT - 38, fitText(`${labels.kinds}: ${data.kinds.join(labels.joiner)}`, 15, CHART_WIDTH - 48), {
      size: 15,
      fill: "#454245",
    }),
    svgText(24, CHART_HEIGHT - 14, fitText(`${labels.source}: ${sources}`, 15, CHART_WIDTH - 48), { size: 15, fill: "#454245" }),
    "</svg>",
  ].join("\n");
}

function legend(data: ChartData): string {
  let x = PLOT.left;
  return data.series
    .map((s, i) => {
      const name = fitText(s.name, 15, 260);
      const item =
        `<rect x="${x}" y="66" width="16" height="16" rx="3" fill="${seriesColor(i)}"/>` + svgText(x + 22, 80, name, { size: 15 });
      x += 22 + estimateWidth(name, 15) + 28;
      return item;
    })
    .join("");
}
