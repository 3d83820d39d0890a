/**
 * The body of the chart thread: draws a chart's PNG (about 100 ms of CPU, most of it resvg reading the Japanese
 * font) at the lowest scheduling priority, so that acks and answers always come first and a chart only uses
 * CPU nothing else wants. Runs inside piscina; the PNG comes back as bytes.
 */
import type { ChartData } from "../../chart/chart-data.js";
import { renderChartHere, type RenderedChart } from "../../chart/render-chart.js";
import { yieldToAcks } from "./yield-to-acks.js";

// Charts are extras posted after the answer: below the answering threads (nice 10), at the bottom.
const CHART_NICENESS = 19;
yieldToAcks(CHART_NICENESS);

/**
 * @example drawChartTask(chartDataOf(seriesAnswer)!) // resolves { png: Buffer starting with \x89PNG, … }
 */
export default function drawChartTask(data: ChartData): Promise<RenderedChart> {
  return renderChartHere(data);
}
