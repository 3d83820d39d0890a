/**
 * Charts are drawn one at a time, each distinct chart once: a chart costs about 100 ms of CPU (most of it
 * resvg parsing the Japanese font), and under a flood of series questions drawing every one of them would
 * take the CPU the answers and acks need. The same chart (same data) is served from memory; when too many wait,
 * a chart is skipped — it is an extra, the text answer has already been posted.
 */
import { renderChart, type RenderedChart } from "../chart/render-chart.js";
import { chartDataOf } from "../chart/chart-data.js";
import type { Answer } from "../qa/index.js";
import { TtlCache } from "./ttl-cache.js";

export type ChartRenderer = (answer: Answer) => Promise<RenderedChart | undefined | "busy">;

/**
 * @example const render = createChartRenderer({ maxWaiting: 4 }); await render(seriesAnswer) // { png, … } or "busy"
 */
export function createChartRenderer(options: { maxWaiting: number; draw?: typeof renderChart } = { maxWaiting: 4 }): ChartRenderer {
  const draw = options.draw ?? renderChart;
  const drawn = new TtlCache<string, RenderedChart>({ max: 200, ttlMs: 60 * 60 * 1000 });
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  return async (answer) => {
    const data = chartDataOf(answer);
    if (!data) return undefined;
    const key = JSON.stringify(data);
    const known = drawn.get(key);
    if (known) return known;
    if (waiting >= options.maxWaiting) return "busy";
    waiting++;
    const turn = queue.then(() => draw(answer));
    queue = turn.catch(() => undefined);
    try {
      const chart = await turn;
      if (chart) drawn.set(key, chart);
      return chart;
    } finally {
      waiting--;
    }
  };
}
