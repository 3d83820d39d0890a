import { describe, expect, it } from "vitest";
import type { OwnerReport } from "../../../src/report/build-report.js";
import { renderOwnerReport } from "../../../src/slack/render/render-owner-report.js";

const empty: OwnerReport = {
  days: 7,
  since: new Date(0),
  total: 0,
  byStatus: { answered: 0, clarify: 0, not_found: 0, error: 0 },
  notFound: [],
  clarify: [],
  feedback: { up: 0, down: 0 },
  downvotes: [],
  slowest: [],
};

describe("renderOwnerReport", () => {
  it("shows only the counts when nothing else happened", () => {
    expect(renderOwnerReport(empty).map((b) => b.type)).toEqual(["header", "section", "context", "divider"]);
  });

  it("cuts a long question to one line and escapes it", () => {
    const question = `<!here> ${"共同研究".repeat(60)}\n二行目`;
    const [, , part] = renderOwnerReport({ ...empty, notFound: [{ words: ["共同", "研究"], example: question, count: 3 }] });
    const text = (part as { text: { text: string } }).text.text;
    expect(text.startsWith("*見つからなかった質問*\n• 3 × &lt;!here&gt; 共同研究")).toBe(true);
    expect(text).not.toContain("\n二行目");
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThan(200);
  });
});
