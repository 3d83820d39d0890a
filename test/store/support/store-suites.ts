/**
 * What every store must do, whichever database keeps it: called by test/store/*.test.ts on SQLite and by
 * test/services/store-postgres.test.ts on a real PostgreSQL server.
 */
import { afterEach, describe, expect, it } from "vitest";
import { migrate } from "../../../src/store/migrate.js";
import { openStore } from "../../../src/store/open-store.js";
import { applyRetention } from "../../../src/store/retention.js";
import type { QuestionRecord, Store } from "../../../src/store/types.js";
import { openDbAt, type Places } from "./store-places.js";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);

/** A delivered answer as the Slack edge records it. */
export const asked = (id: string, overrides: Partial<QuestionRecord> = {}): QuestionRecord => ({
  id,
  askedAt: new Date(NOW),
  teamId: "T1",
  channelId: "C1",
  userId: "U1",
  question: "2011年の共同研究件数は？",
  status: "answered",
  intent: "indicator_value",
  latencyMs: 42,
  summary: "2011年度の共同研究件数は 16,302 件です。",
  ...overrides,
});

/** Registers the store suites for `places`. */
export function describeStoreSuites(places: Places): void {
  const open: Store[] = [];
  const openAt = async (place: Awaited<ReturnType<Places["create"]>>) => {
    const store = await openStore(place);
    open.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close().catch(() => {});
    await places.cleanUp();
  });

  describe(`the store on ${places.name}`, () => {
    it("keeps a 👎 with its reason across closing and reopening", async () => {
      const place = await places.create();
      const first = await openAt(place);
      await first.recordQuestion(asked("q-1"));
      await first.recordFeedback({ id: "f-1", questionId: "q-1", verdict: "down", userId: "U2", givenAt: new Date(NOW + 1000) });
      expect(await first.addFeedbackReason("f-1", "年度が違う")).toBe(true);
      await first.close();
      const reopened = await openAt(place);
      expect(await reopened.listFeedback(new Date(NOW - DAY))).toEqual([
        {
          id: "f-1",
          questionId: "q-1",
          verdict: "down",
          reason: "年度が違う",
          userId: "U2",
          givenAt: new Date(NOW + 1000),
          question: "2011年の共同研究件数は？",
          summary: asked("q-1").summary,
        },
      ]);
      expect(await reopened.findQuestion("q-1")).toEqual(asked("q-1"));
    });

    it("keeps feedback from the older buttons, which name no question", async () => {
      const store = await openAt(await places.create());
      await store.recordFeedback({ id: "f-old", verdict: "up", userId: "U3", givenAt: new Date(NOW) });
      expect(await store.listFeedback(new Date(NOW - DAY))).toEqual([
        {
          id: "f-old",
          questionId: undefined,
          verdict: "up",
          reason: undefined,
          userId: "U3",
          givenAt: new Date(NOW),
          question: undefined,
          summary: undefined,
        },
      ]);
      expect(await store.addFeedbackReason("no-such-feedback", "x")).toBe(false);
    });

    it("lists the questions asked since a time, oldest first, and records a retried delivery once", async () => {
      const store = await openAt(await places.create());
      await store.recordQuestion(asked("late", { askedAt: new Date(NOW), status: "not_found" }));
      await store.recordQuestion(asked("early", { askedAt: new Date(NOW - 2 * DAY) }));
      await store.recordQuestion(asked("old", { askedAt: new Date(NOW - 10 * DAY) }));
      await store.recordQuestion(asked("late", { status: "answered" }));
      expect((await store.listQuestions(new Date(NOW - 3 * DAY))).map((q) => [q.id, q.status])).toEqual([
        ["early", "answered"],
        ["late", "not_found"],
      ]);
    });

    it("deletes the questions and feedback older than the retention, and nothing newer", async () => {
      const store = await openAt(await places.create());
      await store.recordQuestion(asked("old", { askedAt: new Date(NOW - 91 * DAY) }));
      await store.recordQuestion(asked("recent", { askedAt: new Date(NOW - 89 * DAY) }));
      await store.recordFeedback({ id: "f-old", questionId: "old", verdict: "down", givenAt: new Date(NOW - 91 * DAY) });
      await store.recordFeedback({ id: "f-recent", questionId: "recent", verdict: "up", givenAt: new Date(NOW - DAY) });
      expect(await applyRetention(store, 90, NOW)).toBe(2);
      expect((await store.listQuestions(new Date(0))).map((q) => q.id)).toEqual(["recent"]);
      expect((await store.listFeedback(new Date(0))).map((f) => f.id)).toEqual(["f-recent"]);
    });

    it("applies each migration once, however often the store is opened", async () => {
      const place = await places.create();
      await (await openAt(place)).close();
      await (await openAt(place)).close();
      const db = openDbAt(place);
      try {
        expect(await migrate(db)).toEqual([]);
        expect((await db.all("SELECT version FROM schema_migrations")).map((row) => Number(row.version))).toEqual([1]);
      } finally {
        await db.close();
      }
    });
  });
}
