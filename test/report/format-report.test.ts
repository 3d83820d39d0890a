import { describe, expect, it } from "vitest";
import type { OwnerReport } from "../../src/report/build-report.js";
import { formatReport } from "../../src/report/format-report.js";

const report: OwnerReport = {
  days: 7,
  since: new Date("2026-11-24T09:00:00Z"),
  total: 3,
  byStatus: { answered: 1, clarify: 0, not_found: 2, error: 0 },
  notFound: [{ words: ["件数", "特許"], example: "特許の件数は？", count: 2 }],
  clarify: [],
  feedback: { up: 0, down: 1 },
  downvotes: [
    { question: "都市エリア事業の予算は？", summary: "2011年度の予算は…", reason: "年度が違う", givenAt: new Date("2026-11-30T09:00:00Z") },
  ],
  slowest: [{ question: "都市エリア事業の予算は？", status: "answered", latencyMs: 900, askedAt: new Date("2026-11-29T09:00:00Z") }],
};

describe("formatReport", () => {
  it("prints each part with its items, and (none) for an empty part", () => {
    expect(formatReport(report)).toBe(
      [
        "sangaku: the last 7 days (since 2026-11-24 09:00 UTC)",
        "",
        "Questions: 3 — answered 1, clarify 0, not found 2, error 0",
        "Feedback: 👍 0, 👎 1",
        "",
        "Not found, grouped by words:",
        "  -   2 × 特許の件数は？  [件数 特許]",
        "",
        "Asked back (clarify), grouped by words:",
        "  (none)",
        "",
        "Answers marked 👎:",
        "  - 2026-11-30  都市エリア事業の予算は？",
        "      answer: 2011年度の予算は…",
        "      reason: 年度が違う",
        "",
        "Slowest answers:",
        "  -    900 ms  answered  都市エリア事業の予算は？",
        "",
      ].join("\n"),
    );
  });
});
