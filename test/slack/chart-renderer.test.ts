import { describe, expect, it } from "vitest";
import type { RenderedChart } from "../../src/chart/render-chart.js";
import { createChartRenderer } from "../../src/slack/chart-renderer.js";
import { jointResearch2011, jointResearchSeries } from "./support/answers.js";

/** A drawing that finishes when the test says so, counting how many were started and how many at once. */
function fakeDraw() {
  const started: Array<() => void> = [];
  let running = 0;
  let most = 0;
  const draw = async () => {
    running++;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => started.push(resolve));
    running--;
    return { png: Buffer.from("png") } as RenderedChart;
  };
  return { draw, started, most: () => most };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the chart renderer", () => {
  it("draws one chart at a time and says busy when too many wait", async () => {
    const fake = fakeDraw();
    const render = createChartRenderer({ maxWaiting: 2, draw: fake.draw });
    const other = { ...jointResearchSeries, chart: { ...jointResearchSeries.chart!, title: "another" } };
    const first = render(jointResearchSeries);
    const second = render(other);
    expect(await render({ ...other, chart: { ...other.chart, title: "a third" } })).toBe("busy");
    await settle();
    fake.started.shift()!();
    await first;
    await settle();
    fake.started.shift()!();
    await second;
    expect(fake.most()).toBe(1);
  });
  it("draws the same chart once and nothing for an answer without one", async () => {
    const fake = fakeDraw();
    const render = createChartRenderer({ maxWaiting: 2, draw: fake.draw });
    const drawing = render(jointResearchSeries);
    await settle();
    fake.started.shift()!();
    const chart = await drawing;
    expect(await render(jointResearchSeries)).toBe(chart);
    expect(fake.started).toHaveLength(0);
    expect(await render(jointResearch2011)).toBeUndefined();
  });
});
