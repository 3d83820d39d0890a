/**
 * The chart thread: draws under vitest through its .mjs entry the very PNG the in-process renderer draws, runs
 * below the answering threads' priority, and draws nothing for an answer with nothing to draw.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { renderChart } from "../../../src/chart/render-chart.js";
import { createAnswerer } from "../../../src/qa/index.js";
import { createChartPool } from "../../../src/slack/pool/chart-pool.js";

const qa = createAnswerer();
const charts = createChartPool();
afterAll(() => charts.close());

describe("chart pool", () => {
  it("starts by drawing a chart of its own in the thread", async () => {
    await expect(charts.start()).resolves.toBeUndefined();
  }, 30_000);

  it("draws a series' chart in its thread, byte for byte as in this one", async () => {
    const answer = qa.answer("共同研究件数の推移");
    const [drawn, here] = [await charts.draw(answer), await renderChart(answer)];
    expect(Buffer.isBuffer(drawn!.png)).toBe(true);
    expect(drawn!.png.equals(here!.png)).toBe(true);
    expect(drawn!.caption).toBe(here!.caption);
    expect(drawn!.altText).toBe(here!.altText);
  }, 30_000);

  it.runIf(process.platform === "linux")(
    "draws at the lowest priority, below the answering threads",
    async () => {
      await charts.draw(qa.answer("共同研究件数の推移"));
      // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value; the name before it may hold spaces.
      const nices = readdirSync("/proc/self/task").map((tid) =>
        Number(readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]),
      );
      expect(nices).toContain(19);
    },
    30_000,
  );

  it("draws nothing for an answer without a chart, without asking the thread", async () => {
    expect(await charts.draw(qa.answer("2011年の共同研究件数"))).toBeUndefined();
  });
});
