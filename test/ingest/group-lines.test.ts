import { describe, expect, it } from "vitest";
import { groupLines, type PositionedText } from "../../src/ingest/group-lines.js";

const run = (str: string, x: number, y = 700, width = str.length * 8): PositionedText => ({ page: 1, str, x, y, width, size: 8 });

describe("groupLines", () => {
  it("keeps table columns as separate cells and joins glyph runs of one word", () => {
    const [line] = groupLines([run("共同", 40), run("研究", 56), run("7,248件", 236, 700, 28), run("14,974件", 284, 700, 32)]);
    expect(line!.cells.map((c) => c.text)).toEqual(["共同研究", "7,248件", "14,974件"]);
  });

  it("joins a unit drawn a little apart to its number", () => {
    const [line] = groupLines([run("7,248", 230, 700, 24), run("件", 264), run("14,974", 300, 700, 30)]);
    expect(line!.cells.map((c) => c.text)).toEqual(["7,248件", "14,974"]);
  });

  it("reads text drawn twice at the same place (simulated bold) once", () => {
    const [line] = groupLines([run("札幌クラスター", 40), run("札幌クラスター", 40.2)]);
    expect(line!.text).toBe("札幌クラスター");
  });

  it("orders lines top to bottom and pages in order", () => {
    const lines = groupLines([{ ...run("下", 40, 600) }, run("上", 40, 700), { ...run("次", 40, 800), page: 2 }]);
    expect(lines.map((l) => [l.page, l.text])).toEqual([
      [1, "上"],
      [1, "下"],
      [2, "次"],
    ]);
  });
});
