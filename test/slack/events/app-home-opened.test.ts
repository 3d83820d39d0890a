/**
 * App Home through the real HTTP receiver: the owner's report first for a user in ADMIN_USER_IDS (from a
 * seeded SQLite store), nothing of it for anyone else, and the Home tab still published when it cannot be read.
 */
import { afterEach, describe, expect, it } from "vitest";
import { renderHome } from "../../../src/slack/render/render-home.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/types.js";
import { asked } from "../../store/support/store-suites.js";
import { useTempDirs } from "../../store/support/temp-dirs.js";
import { eventually } from "../support/eventually.js";
import { createFakeAnswerer, overview } from "../support/fake-answerer.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi } from "../support/web-api-mock.js";

const tempDir = useTempDirs("home");
let t: TestApp;
let store: Store | undefined;
afterEach(async () => {
  await t.stop();
  await store?.close();
});

const homeOpened = (user: string) => ({ type: "app_home_opened", user, channel: "D1", tab: "home", event_ts: "1700000001.000100" });
const texts = (blocks: Array<Record<string, any>>) => blocks.map((b) => b.text?.text ?? b.elements?.[0]?.text ?? b.type);

async function seededStore(): Promise<Store> {
  const seeded = await openStore({ dataDir: tempDir() });
  await seeded.recordQuestion(
    asked("n1", { askedAt: new Date(), status: "not_found", question: "<!channel> 特許の件数は？", latencyMs: 15 }),
  );
  await seeded.recordQuestion(asked("a1", { askedAt: new Date(), latencyMs: 1234 }));
  await seeded.recordFeedback({ id: "f1", questionId: "a1", verdict: "down", reason: "年度が違う <@U9>", givenAt: new Date() });
  return seeded;
}

describe("App Home", () => {
  it("shows an admin the week's report first, users' text escaped", async () => {
    store = await seededStore();
    t = await startTestApp(createFakeAnswerer({}), { store }, { ADMIN_USER_IDS: "U0ADMIN,U1" });
    const published = mockApi("views.publish");
    await t.sendEvent(homeOpened("U1"), "EvHomeAdmin");
    await eventually(() => expect(published).toHaveLength(1));
    const blocks = (published[0]!.view as { blocks: Array<Record<string, any>> }).blocks;
    expect(texts(blocks).slice(0, 5)).toEqual([
      "運営者向けレポート（過去 7 日）",
      "質問 *2* 件 — 回答 1・聞き返し 0・見つからず 1・エラー 0　／　👍 0・👎 1",
      "*見つからなかった質問*\n• 1 × &lt;!channel&gt; 特許の件数は？",
      "*👎 と理由*\n• 2011年の共同研究件数は？ — 年度が違う &lt;@U9&gt;",
      "*遅い回答*\n• 1,234 ms　2011年の共同研究件数は？\n• 15 ms　&lt;!channel&gt; 特許の件数は？",
    ]);
    expect(blocks.slice(5, 7)).toEqual([expect.objectContaining({ type: "context" }), { type: "divider" }]);
    expect(blocks.slice(7)).toEqual(renderHome(overview).blocks);
  });

  it("shows anyone else the Home tab without the report", async () => {
    store = await seededStore();
    t = await startTestApp(createFakeAnswerer({}), { store }, { ADMIN_USER_IDS: "U0ADMIN" });
    const published = mockApi("views.publish");
    await t.sendEvent(homeOpened("U1"), "EvHomeUser");
    await eventually(() => expect(published).toHaveLength(1));
    expect(JSON.stringify(published[0]!.view)).not.toContain("運営者向け");
  });

  it("still publishes the Home tab when the report cannot be read", async () => {
    const failing = {
      listQuestions: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
      listFeedback: async () => [],
    } as unknown as Store;
    t = await startTestApp(createFakeAnswerer({}), { store: failing }, { ADMIN_USER_IDS: "U1" });
    const published = mockApi("views.publish");
    await t.sendEvent(homeOpened("U1"), "EvHomeDown");
    await eventually(() => expect(published).toHaveLength(1));
    expect(JSON.stringify(published[0]!.view)).not.toContain("運営者向け");
    expect(t.logs.find((l) => l.msg === "owner report failed")).toMatchObject({ level: "error", user: "U1" });
  });
});
