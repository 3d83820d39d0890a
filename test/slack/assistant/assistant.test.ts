/**
 * The assistant panel (legacy assistant_view), the Messages tab of the agent experience, and the App Home tab.
 */
import { afterEach, describe, expect, it } from "vitest";
import { encodeAskValue } from "../../../src/slack/action-value.js";
import { jointResearch2011 } from "../support/answers.js";
import { createFakeAnswerer, overview } from "../support/fake-answerer.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi } from "../support/web-api-mock.js";
import { eventually } from "../support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

describe("assistant panel", () => {
  it("greets a new assistant thread and suggests the knowledge base's questions", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const posts = mockApi("chat.postMessage");
    const prompts = mockApi("assistant.threads.setSuggestedPrompts");
    await t.sendEvent(
      {
        type: "assistant_thread_started",
        assistant_thread: { user_id: "U1", context: {}, channel_id: "D1", thread_ts: "1700000000.000100" },
        event_ts: "1700000000.000200",
      },
      "EvStart",
    );
    await eventually(() => expect(prompts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ channel: "D1", thread_ts: "1700000000.000100" });
    expect(prompts[0]).toMatchObject({ channel_id: "D1", thread_ts: "1700000000.000100", title: "質問の例" });
    expect(prompts[0]!.prompts).toEqual(overview.suggestions.ja.map((q) => ({ title: q, message: q })));
  });
});

describe("Messages tab (agent messaging experience)", () => {
  it("sets the knowledge base's suggested prompts for the DM, without a thread_ts", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const prompts = mockApi("assistant.threads.setSuggestedPrompts");
    const views = mockApi("views.publish");
    await t.sendEvent(
      { type: "app_home_opened", user: "U1", channel: "D1", tab: "messages", event_ts: "1700000000.000100" },
      "EvMessagesTab",
    );
    await eventually(() => expect(prompts).toHaveLength(1));
    expect(prompts[0]).toEqual({
      channel_id: "D1",
      title: "質問の例",
      prompts: overview.suggestions.ja.map((q) => ({ title: q, message: q })),
      team_id: "T1",
    });
    expect(views).toEqual([]);
  });

  it("shows the thinking status under a top-level DM while answering, then clears it", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    const statuses = mockApi("assistant.threads.setStatus");
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(
      {
        type: "message",
        channel_type: "im",
        channel: "D1",
        user: "U1",
        text: "2011年の共同研究件数",
        ts: "1700000000.000100",
        event_ts: "1700000000.000100",
      },
      "EvDm",
    );
    await eventually(() => expect(statuses).toHaveLength(2));
    expect(statuses.map((s) => [s.thread_ts, s.status])).toEqual([
      ["1700000000.000100", "is thinking…"],
      ["1700000000.000100", ""],
    ]);
    expect(posts).toHaveLength(1);
  });
});

describe("App Home", () => {
  it("publishes what the bot knows, with the knowledge base's questions as buttons, when the Home tab is opened", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const views = mockApi("views.publish");
    await t.sendEvent({ type: "app_home_opened", user: "U1", channel: "D1", tab: "home", event_ts: "1700000001.000100" }, "EvHomeTab");
    await eventually(() => expect(views).toHaveLength(1));
    expect(views[0]!.user_id).toBe("U1");
    const view = views[0]!.view as {
      type: string;
      blocks: Array<{ type: string; text?: { text: string }; elements?: Array<{ action_id: string; text: { text: string } }> }>;
    };
    expect(view.type).toBe("home");
    const texts = view.blocks.map((b) => b.text?.text ?? "").join("\n");
    expect(texts).toContain("平成24年度実施施策に係る事後評価書（2012年度）");
    expect(texts).toContain("• 知的クラスター創成事業");
    expect(texts).toContain("2002〜2011年度");
    const buttons = view.blocks.flatMap((b) => (b.type === "actions" ? b.elements! : []));
    expect(buttons.map((b) => [b.action_id, b.text.text])).toEqual(overview.suggestions.ja.map((q, i) => [`home_example_${i}`, q]));
  });

  it("answers an example clicked on the Home tab in the user's DM", async () => {
    const qa = createFakeAnswerer({ "2011年度の共同研究件数は？": jointResearch2011 });
    t = await startTestApp(qa);
    const opened = mockApi("conversations.open", { body: { ok: true, channel: { id: "D9" } } });
    const posts = mockApi("chat.postMessage");
    const res = await t.sendAction({
      actionId: "home_example_1",
      value: encodeAskValue({ question: "2011年度の共同研究件数は？" }),
      responseUrl: "",
      ephemeral: true,
    });
    expect(res.status).toBe(200);
    await eventually(() => expect(posts).toHaveLength(1));
    expect(opened[0]).toMatchObject({ users: "U1" });
    expect(posts[0]).toMatchObject({ channel: "D9" });
    expect(posts[0]).not.toHaveProperty("thread_ts");
    expect(qa.calls).toEqual([{ question: "2011年度の共同研究件数は？" }]);
  });
});
