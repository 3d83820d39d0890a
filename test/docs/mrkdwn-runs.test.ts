import { describe, expect, it } from "vitest";
import { mrkdwnLines, wrapRuns } from "../../src/docs/mrkdwn-runs.js";

describe("mrkdwnLines", () => {
  it("reads bold, code, links and escaped entities back into runs", () => {
    expect(mrkdwnLines("*出典* <https://x|資料> `/sangaku` &lt;b&gt;")).toEqual([
      {
        fenced: false,
        runs: [
          { text: "出典", bold: true },
          { text: " " },
          { text: "資料", link: true },
          { text: " " },
          { text: "/sangaku", code: true },
          { text: " <b>" },
        ],
      },
    ]);
  });

  it("marks the lines of a ``` fence and drops italics markers but not what is inside", () => {
    expect(mrkdwnLines("表\n```\n年度 | 数値\n```\n_Ask `x`_").map((l) => [l.fenced, l.runs.map((r) => r.text).join("")])).toEqual([
      [false, "表"],
      [true, "年度 | 数値"],
      [false, "Ask x"],
    ]);
  });
});

describe("wrapRuns", () => {
  it("breaks runs at the width, keeping each piece's style", () => {
    expect(wrapRuns([{ text: "あい", bold: true }, { text: "うえお" }], 10, 30)).toEqual([
      [{ text: "あい", bold: true }, { text: "う" }],
      [{ text: "えお" }],
    ]);
  });
});
