import { describe, expect, it } from "vitest";
import { CHART_HEIGHT, CHART_TEXT_BOXES, CHART_WIDTH } from "../../src/chart/chart-svg.js";
import { chartDataOf } from "../../src/chart/chart-data.js";
import { renderChart, renderChartHere } from "../../src/chart/render-chart.js";
import { createAnswerer } from "../../src/qa/index.js";
import { darkPixels, pngSize } from "../support/png-pixels.js";

const qa = createAnswerer();
// Enough ink for a few characters: an empty box has none, a stray anti-aliased pixel is not a label.
const INK = 200;

describe("renderChart", () => {
  it("draws a series as a PNG whose title, year labels and caption are really drawn in the npm font", async () => {
    const chart = (await renderChart(qa.answer("共同研究件数の推移")))!;
    expect(chart.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngSize(chart.png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(darkPixels(chart.png, CHART_TEXT_BOXES.title)).toBeGreaterThan(INK);
    expect(darkPixels(chart.png, CHART_TEXT_BOXES.yearLabels)).toBeGreaterThan(INK);
    expect(darkPixels(chart.png, CHART_TEXT_BOXES.caption)).toBeGreaterThan(INK);
  });

  it("finds no ink in the text boxes when the renderer has no font, so the check above can fail", async () => {
    const chart = (await renderChart(qa.answer("共同研究件数の推移"), []))!;
    expect(darkPixels(chart.png, CHART_TEXT_BOXES.title)).toBe(0);
    expect(darkPixels(chart.png, CHART_TEXT_BOXES.yearLabels)).toBe(0);
  });

  it("draws a comparison as bars with its labels drawn", async () => {
    const chart = (await renderChart(qa.answer("共同研究件数が一番多い年度は？")))!;
    expect(chart.data.kind).toBe("bar");
    expect(darkPixels(chart.png, CHART_TEXT_BOXES.yearLabels)).toBeGreaterThan(INK);
  });

  it("says what the chart shows in the caption (kinds of figure, source) and every figure in the alt text", async () => {
    const chart = (await renderChart(qa.answer("共同研究件数の推移")))!;
    expect(chart.caption).toBe(
      "国公私立大学等における民間企業との共同研究の実施件数 指標値（数値の種類: 基準値・実績。出典: 平成24年度実施施策に係る事後評価書（モニタリング） › 成果指標① 国公私立大学等における民間企業との共同研究の実施件数）",
    );
    expect(chart.altText).toContain("折れ線グラフ");
    expect(chart.altText).toContain("平成23年度 16,302件（実績）");
  });

  it("labels an English answer's chart in English", async () => {
    const chart = (await renderChart(qa.answer("budget trend of the Knowledge Cluster Initiative")))!;
    expect(chart.caption).toMatch(/^Knowledge Cluster Initiative .*\(kind of figure: budget, budget request, budget proposal; source: /);
    expect(chart.altText).toContain("Line chart");
  });

  it.each([
    "共同研究件数の推移",
    "共同研究件数が一番多い年度は？",
    "budget trend of the Knowledge Cluster Initiative",
    "知的クラスター創成事業の予算の推移",
  ])(
    "draws byte for byte the same PNG, caption and alt text from the font's subset on the calling thread as with the whole font (%s)",
    async (question) => {
      const answer = qa.answer(question);
      const pooled = (await renderChart(answer))!;
      const here = await renderChartHere(chartDataOf(answer)!);
      expect(here.png.equals(pooled.png)).toBe(true);
      expect({ ...here, png: undefined }).toEqual({ ...pooled, png: undefined });
    },
  );

  it("refuses to draw from the subset of a font file that is missing", async () => {
    await expect(renderChartHere(chartDataOf(qa.answer("共同研究件数の推移"))!, "/nonexistent/font.ttf")).rejects.toThrow(
      "chart font not found",
    );
  });

  it("renders nothing for an answer without two points of one unit", async () => {
    expect(await renderChart(qa.answer("2011年の共同研究件数"))).toBeUndefined();
  });

  it("refuses to render with a font file that is missing rather than drawing no text", async () => {
    await expect(renderChart(qa.answer("共同研究件数の推移"), ["/nonexistent/font.ttf"])).rejects.toThrow("chart font not found");
  });
});
