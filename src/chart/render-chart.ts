/**
 * An answer's chart as a PNG with the words that go with it: the caption (kind of figure and source) and the
 * alt text (every figure, for a reader who cannot see the picture).
 */
import type { Answer } from "../qa/types.js";
import { chartDataOf, type ChartData } from "./chart-data.js";
import { renderChartSvg } from "./chart-svg.js";
import { renderPng, renderPngSubset } from "./render-png.js";

/** The PNG and the words that go with it (Slack's initial comment and alt text). */
export type RenderedChart = { png: Buffer; data: ChartData; caption: string; altText: string };
const ALT_TEXT_MAX = 1000;

/**
 * The chart of a series or comparison answer, or undefined when the answer has nothing to draw.
 * @example (await renderChart(answer))?.caption // "知的クラスター創成事業 予算額（数値の種類: 予算・予算案。出典: …）"
 */
export async function renderChart(answer: Answer, fontFiles?: string[]): Promise<RenderedChart | undefined> {
  const data = chartDataOf(answer);
  if (!data) return undefined;
  const png = await renderPng(renderChartSvg(data), fontFiles);
  return { png, data, caption: captionOf(data), altText: altTextOf(data) };
}

/**
 * The same chart as renderChart, from its data, drawn on the calling thread (a chart worker's) from a subset of
 * the font (see renderPngSubset): the same PNG for about a third of the CPU.
 * @example (await renderChartHere(chartDataOf(answer)!)).png // Buffer starting with \x89PNG
 */
export async function renderChartHere(data: ChartData, fontFile?: string): Promise<RenderedChart> {
  const png = await renderPngSubset(renderChartSvg(data), fontFile);
  return { png, data, caption: captionOf(data), altText: altTextOf(data) };
}

/**
 * @example captionOf(data) // "共同研究の実施件数（数値の種類: 基準値・実績。出典: 平成24年度… › 達成目標１）"
 */
export function captionOf(data: ChartData): string {
  return data.lang === "ja"
    ? `${data.title}（数値の種類: ${data.kinds.join("・")}。出典: ${data.sources.join(" / ")}）`
    : `${data.title} (kind of figure: ${data.kinds.join(", ")}; source: ${data.sources.join(" / ")})`;
}

function altTextOf(data: ChartData): string {
  const what = data.lang === "ja" ? (data.kind === "bar" ? "棒グラフ" : "折れ線グラフ") : data.kind === "bar" ? "Bar chart" : "Line chart";
  const [stop, comma, open, close] = data.lang === "ja" ? ["。", "、", "（", "）"] : [". ", ", ", " (", ")"];
  const label = (year: number) => data.years.find((y) => y.year === year)!.label;
  const lines = data.series.map(
    (s) =>
      `${data.series.length > 1 ? `${s.name}: ` : ""}${s.points.map((p) => `${label(p.year)} ${p.display}${open}${p.kind}${close}`).join(comma)}`,
  );
  const text = `${what}: ${data.title}${stop}${lines.join(stop)}`;
  return text.length > ALT_TEXT_MAX ? `${text.slice(0, ALT_TEXT_MAX - 1)}…` : text;
}
