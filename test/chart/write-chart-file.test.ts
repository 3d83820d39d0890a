import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeChartFile } from "../../src/chart/write-chart-file.js";
import { createAnswerer } from "../../src/qa/index.js";

const qa = createAnswerer();
const dir = mkdtempSync(join(tmpdir(), "sangaku-chart-"));

describe("writeChartFile", () => {
  it("writes the PNG and says where, in the answer's language", async () => {
    const file = join(dir, "series.png");
    expect(await writeChartFile(qa.answer("共同研究件数の推移"), file)).toEqual({
      written: true,
      message: `グラフを ${file} に書きました（折れ線グラフ、5点）。`,
    });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });

  it("writes nothing and says why for an answer without a chart", async () => {
    expect(await writeChartFile(qa.answer("What was the number of joint research projects in FY2011?"), join(dir, "none.png"))).toEqual({
      written: false,
      message: "This answer has no figures to chart (two or more years in one unit).",
    });
  });
});
