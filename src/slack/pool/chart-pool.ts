/**
 * Charts drawn off the thread that acks: one worker thread of its own (piscina), at the lowest priority. resvg's
 * async render used libuv's pool, which runs at normal priority beside the answering threads (nice 10), and
 * encoded the PNG on the main thread; a flood of series questions then slowed answers and acks alike.
 * Which charts are drawn, one at a time and each once, stays with the renderer (chart-renderer.ts).
 */
import { Piscina } from "piscina";
import { chartDataOf, type ChartData } from "../../chart/chart-data.js";
import type { RenderedChart } from "../../chart/render-chart.js";
import type { Answer } from "../../qa/index.js";
import { workerUrl } from "./worker-url.js";

export type ChartPool = { draw(answer: Answer): Promise<RenderedChart | undefined>; close(): Promise<void> };

/**
 * @example const charts = createChartPool(); const chart = await charts.draw(seriesAnswer) // { png, caption, … }
 */
export function createChartPool(): ChartPool {
  const piscina = new Piscina<ChartData, RenderedChart>({
    filename: workerUrl("chart-worker", import.meta.url),
    minThreads: 1,
    maxThreads: 1,
    idleTimeout: Infinity,
  });
  return {
    async draw(answer) {
      const data = chartDataOf(answer);
      if (!data) return undefined;
      const chart = await piscina.run(data);
      // A Buffer crosses the thread boundary as a plain Uint8Array: the same bytes, wrapped again.
      return { ...chart, png: Buffer.from(chart.png.buffer, chart.png.byteOffset, chart.png.byteLength) };
    },
    close: () => piscina.destroy(),
  };
}
