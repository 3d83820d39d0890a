/**
 * The chart of an answer written to a PNG file, for the CLI (`--chart out.png`) and the console (`:chart FILE`):
 * the same picture Slack gets, and a line saying where it went (or why there is none) in the answer's language.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Answer } from "../qa/types.js";
import { renderChart } from "./render-chart.js";

/** Whether the file was written, and the line to show the person. */
export type WrittenChart = { written: boolean; message: string };

/**
 * Writes the chart of `answer` to `file` when it has one.
 * @example await writeChartFile(seriesAnswer, "out.png") // { written: true, message: "グラフを /…/out.png に書きました（折れ線グラフ、5点）。" }
 */
export async function writeChartFile(answer: Answer, file: string): Promise<WrittenChart> {
  const chart = await renderChart(answer);
  const ja = answer.lang === "ja";
  if (!chart)
    return {
      written: false,
      message: ja
        ? "この回答にはグラフにできる数値（同じ単位の2つ以上の年度）がありません。"
        : "This answer has no figures to chart (two or more years in one unit).",
    };
  const path = resolve(file);
  await writeFile(path, chart.png);
  const points = chart.data.series.reduce((n, s) => n + s.points.length, 0);
  const what = chart.data.kind === "bar" ? (ja ? "棒グラフ" : "bar chart") : ja ? "折れ線グラフ" : "line chart";
  return {
    written: true,
    message: ja ? `グラフを ${path} に書きました（${what}、${points}点）。` : `Chart written to ${path} (${what}, ${points} points).`,
  };
}
