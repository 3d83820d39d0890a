/**
 * The owner's report from a seeded SQLite store (a temp folder): what the owner reads to decide which
 * documents or synonyms to add.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build-report.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/types.js";
import { asked } from "../store/support/store-suites.js";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);
let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "sangaku-report-"));
  store = await openStore({ dataDir: dir });
  const at = (days: number) => new Date(NOW - days * DAY);
  await store.recordQuestion(asked("a1", { askedAt: at(1), latencyMs: 30 }));
  await store.recordQuestion(
    asked("a2", { askedAt: at(2), latencyMs: 900, question: "都市エリア事業の予算は？", summary: "2011年度の予算は…" }),
  );
  await store.recordQuestion(asked("n1", { askedAt: at(1), status: "not_found", question: "2011年の特許件数は？", latencyMs: 12 }));
  await store.recordQuestion(asked("n2", { askedAt: at(3), status: "not_found", question: "特許の件数は2011年", latencyMs: 15 }));
  await store.recordQuestion(asked("n3", { askedAt: at(3), status: "not_found", question: "ベンチャーの数", latencyMs: 11 }));
  await store.recordQuestion(asked("c1", { askedAt: at(2), status: "clarify", question: "予算は？", latencyMs: 20 }));
  await store.recordQuestion(asked("old", { askedAt: at(10), status: "not_found", question: "古い質問", latencyMs: 5000 }));
  await store.recordFeedback({ id: "f1", questionId: "a2", verdict: "down", reason: "年度が違う", givenAt: at(1) });
  await store.recordFeedback({ id: "f2", questionId: "a1", verdict: "up", givenAt: at(1) });
  await store.recordFeedback({ id: "f3", verdict: "down", givenAt: at(0.5) });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("buildReport", () => {
  it("counts the last N days' questions by status, leaving older ones out", async () => {
    const report = await buildReport(store, { days: 7, now: NOW });
    expect(report.total).toBe(6);
    expect(report.byStatus).toEqual({ answered: 2, clarify: 1, not_found: 3, error: 0 });
    expect(report.feedback).toEqual({ up: 1, down: 2 });
  });

  it("groups the unanswered questions by their words, the largest group first", async () => {
    const report = await buildReport(store, { days: 7, now: NOW });
    expect(report.notFound.map((g) => [g.count, g.example])).toEqual([
      [2, "特許の件数は2011年"],
      [1, "ベンチャーの数"],
    ]);
    expect(report.clarify).toEqual([{ words: ["予算"], example: "予算は？", count: 1 }]);
  });

  it("lists the 👎 answers newest first with their reason, and the slowest answers", async () => {
    const report = await buildReport(store, { days: 7, now: NOW, slowest: 2 });
    expect(report.downvotes).toEqual([
      { question: undefined, summary: undefined, reason: undefined, givenAt: new Date(NOW - 0.5 * DAY) },
      { question: "都市エリア事業の予算は？", summary: "2011年度の予算は…", reason: "年度が違う", givenAt: new Date(NOW - DAY) },
    ]);
    expect(report.slowest.map((a) => [a.question, a.latencyMs])).toEqual([
      ["都市エリア事業の予算は？", 900],
      ["2011年の共同研究件数は？", 30],
    ]);
  });
});
