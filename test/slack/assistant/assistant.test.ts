/**
 * The assistant panel and the App Home tab.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createFakeAnswerer } from "../support/fake-answerer.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi } from "../support/web-api-mock.js";
import { eventually } from "../support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

describe("assistant panel", () => {
  it("greets a new assistant thread and suggests four example questions", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const posts = mockApi("chat.postMessage");
    const prompts = mockApi("assistant.threads.setSuggestedPrompts");
    await t.sendEvent({ type: "assistant_thread_started", assistant_thread: { user_id: "U1", context: {}, channel_id: "D1", thread_ts: "1700000000.000100" }, event_ts: "1700000000.000200" }, "EvStart");
    await eventually(() => expect(prompts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ channel: "D1", thread_ts: "1700000000.000100" });
    expect(prompts[0]).toMatchObject({ channel_id: "D1", thread_ts: "1700000000.000100", title: "質問の例" });
    expect(prompts[0]!.prompts).toEqual([
      { title: "都市エリアの予算は?", message: "都市エリアの予算は?" },
      { title: "2011年の共同研究件数", message: "2011年の共同研究件数" },
      { title: "共同研究件数の推移", message: "共同研究件数の推移" },
      { title: "TLO法はいつ制定された？", message: "TLO法はいつ制定された？" },
    ]);
  });
});

describe("App Home", () => {
  it("publishes what the bot knows when the Home tab is opened, and nothing for the Messages tab", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const views = mockApi("views.publish");
    await t.sendEvent({ type: "app_home_opened", user: "U1", channel: "D1", tab: "messages", event_ts: "1700000000.000100" }, "EvMessagesTab");
    await t.sendEvent({ type: "app_home_opened", user: "U1", channel: "D1", tab: "home", event_ts: "1700000001.000100" }, "EvHomeTab");
    await eventually(() => expect(views).toHaveLength(1));
    expect(views[0]!.user_id).toBe("U1");
    const view = views[0]!.view as { type: string; blocks: Array<{ text?: { text: string } }> };
    expect(view.type).toBe("home");
    const texts = view.blocks.map((b) => b.text?.text ?? "").join("\n");
    expect(texts).toContain("平成24年度実施施策に係る事後評価書（2012年度 / Ex-post evaluation FY2012）");
    expect(texts).toContain("• 知的クラスター創成事業");
    expect(texts).toContain("2002〜2011年度");
    expect(texts).toContain("• 共同研究件数の推移");
  });
});
