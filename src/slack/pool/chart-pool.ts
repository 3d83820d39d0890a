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

export type ChartPool = {
  /** Draws one small chart in the thread: before traffic, V8 compiles the font subsetter's WebAssembly then. */
  start(): Promise<void>;
  draw(answer: Answer): Promise<RenderedChart | undefined>;
  close(): Promise<void>;
};

// A chart of two made-up points, drawn once at start: the first subset instantiates hb-subset's 680 KB
// WebAssembly module, and V8 compiles it with TurboFan on its helper threads (~320 ms of CPU at normal priority,
// measured), which during traffic competed with the thread that acks.
const WARM_UP_CHART: ChartData = {
  lang: "ja",
  kind: "line",
  title: "準備",
  unit: "件",
  years: [
    { year: 2010, label: "平成22年度" },
    { year: 2011, label: "平成23年度" },
  ],
  series: [
    {
      name: "準備",
      points: [
        { year: 2010, value: 1, display: "1件", kind: "実績" },
        { year: 2011, value: 2, display: "2件", kind: "実績" },
      ],
    },
  ],
  kinds: ["実績"],
  sources: ["準備"],
};

/**
 * @example const charts = createChartPool(); await charts.start(); const chart = await charts.draw(seriesAnswer) // { png, caption, … }
 */
export function createChartPool(): ChartPool {
  const piscina = new Piscina<ChartData, RenderedChart>({
    filename: workerUrl("chart-worker", import.meta.url),
    minThreads: 1,
    maxThreads: 1,
    idleTimeout: Infinity,
  });
  return {
    async start() {
      await piscina.run(WARM_UP_CHART);
    },
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
