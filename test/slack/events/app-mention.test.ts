/**
 * app_mention end to end: signed Events API request → real Bolt HTTP receiver → core (fake) → chat.postMessage.
 */
import { afterEach, describe, expect, it } from "vitest";
import { decodeFeedback } from "../../../src/slack/feedback-value.js";
import { jointResearch2010, jointResearch2011, jointResearchSeries } from "../support/answers.js";
import { checkBlockKit } from "../support/check-block-kit.js";
import { createFakeAnswerer } from "../support/fake-answerer.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi } from "../support/web-api-mock.js";
import { eventually } from "../support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "app_mention",
  user: "U1",
  text,
  ts: "1700000000.000100",
  channel: "C1",
  event_ts: "1700000000.000100",
  ...extra,
});

describe("app_mention", () => {
  it("acks with 200 and answers in the thread of the mention, with the citation and buttons", async () => {
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });
    t = await startTestApp(qa);
    const posts = mockApi("chat.postMessage");
    const res = await t.sendEvent(mention("<@UBOT> 2011年の共同研究件数"), "Ev1");
    expect(res.status).toBe(200);
    await eventually(() => expect(posts).toHaveLength(1));
    expect(qa.calls).toEqual([{ question: "2011年の共同研究件数" }]);
    const post = posts[0]!;
    expect(post).toMatchObject({ channel: "C1", thread_ts: "1700000000.000100", unfurl_links: "false" });
    expect(post.blocks![0]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "*共同研究の実施件数の平成23年度（2011年度）の実績は 16,302件 です。 [1]*" },
    });
    expect(post.blocks![1]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "※「2011年」は平成23年度（2011年度）として答えています。" },
    });
    expect(post.blocks![2]).toEqual({
      type: "context",
      elements: [
        { type: "mrkdwn", text: "*出典*" },
        { type: "mrkdwn", text: "[1] 平成24年度実施施策に係る事後評価書 › 達成目標１ › 成果指標①" },
      ],
    });
    expect(post.blocks![3]).toMatchObject({
      type: "context_actions",
      elements: [{ type: "feedback_buttons", action_id: "answer_feedback" }],
    });
    expect(post.blocks![4]!.elements.map((e: { action_id: string; text: { text: string } }) => [e.action_id, e.text.text])).toEqual([
      ["show_source", "原文を表示"],
    ]);
    expect(post.text).toContain("16,302件");
  });

  it("posts a series with a table block and 👍/👎 feedback_buttons carrying the id it logged the answer under", async () => {
    t = await startTestApp(createFakeAnswerer({ 共同研究件数の推移: jointResearchSeries }));
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(mention("<@UBOT> 共同研究件数の推移"), "EvSeries");
    await eventually(() => expect(posts).toHaveLength(1));
    const blocks = posts[0]!.blocks!;
    expect(checkBlockKit({ text: String(posts[0]!.text), blocks })).toEqual([]);
    const table = blocks.find((b) => b.type === "table")!;
    expect(table.rows.map((row: Array<{ text: string }>) => row.map((c) => c.text))).toEqual([
      ["年度", "件数", "種類"],
      ["平成15年度", "7,248件", "基準値"],
      ["平成23年度", "16,302件", "実績"],
    ]);
    const feedback = blocks.find((b) => b.type === "context_actions")!.elements[0];
    expect(feedback).toMatchObject({ type: "feedback_buttons", action_id: "answer_feedback" });
    // Logged once chat.postMessage has returned, which may be just after the post was recorded.
    await eventually(() => expect(t.logs.some((l) => l.msg === "answered")).toBe(true));
    const logged = t.logs.find((l) => l.msg === "answered")!;
    expect(decodeFeedback(feedback.positive_button.value)).toEqual({ verdict: "up", questionId: logged.question_id });
    expect(String(logged.question_id)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("passes the thread's previous topic to a follow-up mention in the same thread", async () => {
    const qa = createFakeAnswerer({
      "2011年の共同研究件数": jointResearch2011,
      "じゃあ2010年は？": (previous) => (previous ? jointResearch2010 : jointResearch2011),
    });
    t = await startTestApp(qa);
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(mention("<@UBOT> 2011年の共同研究件数"), "Ev1");
    await eventually(() => expect(posts).toHaveLength(1));
    await t.sendEvent(mention("<@UBOT> じゃあ2010年は？", { ts: "1700000050.000100", thread_ts: "1700000000.000100" }), "Ev2");
    await eventually(() => expect(posts).toHaveLength(2));
    expect(qa.calls[1]).toEqual({ question: "じゃあ2010年は？", previous: jointResearch2011.topic });
    expect(posts[1]).toMatchObject({ thread_ts: "1700000000.000100" });
    expect(String(posts[1]!.text)).toContain("15,544件");
  });

  it("escapes what the user typed: no broadcast, mention or link reaches Slack as markup", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(mention("<@UBOT> <!channel> <@U123> <https://x|y>"), "Ev1");
    await eventually(() => expect(posts).toHaveLength(1));
    const section = posts[0]!.blocks![0]!.text.text as string;
    expect(section).toBe("*「&lt;!channel&gt; &lt;@U123&gt; &lt;https://x|y&gt;」に当てはまる記述は資料に見つかりませんでした。*");
    expect(posts[0]!.text).toBe("「&lt;!channel&gt; &lt;@U123&gt; &lt;https://x|y&gt;」に当てはまる記述は資料に見つかりませんでした。");
  });

  it("replies with an apology, not the error, when the core throws", async () => {
    t = await startTestApp({
      answer: () => {
        throw new Error("secret internals at line 42");
      },
      overview: () => {
        throw new Error("unused");
      },
    });
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(mention("<@UBOT> 予算は?"), "Ev1");
    await eventually(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.text).toBe("すみません、回答の途中で問題が起きました。少し待ってからもう一度お試しください。");
    expect(JSON.stringify(posts[0])).not.toContain("secret internals");
    expect(t.logs.find((l) => l.msg === "the core failed to answer")).toMatchObject({ level: "error", question: "予算は?" });
  });
});
