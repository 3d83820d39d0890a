/**
 * message.im end to end, and the messages the bot must never answer.
 */
import { afterEach, describe, expect, it } from "vitest";
import { jointResearch2010, jointResearch2011 } from "../support/answers.js";
import { createFakeAnswerer } from "../support/fake-answerer.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi } from "../support/web-api-mock.js";
import { eventually } from "../support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

const dm = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  channel_type: "im",
  channel: "D1",
  user: "U1",
  text,
  ts: "1700000000.000100",
  event_ts: "1700000000.000100",
  ...extra,
});

describe("direct messages", () => {
  it("answers a top-level DM in the DM, not in a thread, and keeps the DM's topic for a follow-up", async () => {
    const qa = createFakeAnswerer({
      "2011年の共同研究件数": jointResearch2011,
      "じゃあ2010年は？": (previous) => (previous ? jointResearch2010 : jointResearch2011),
    });
    t = await startTestApp(qa);
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(dm("2011年の共同研究件数"), "Ev1");
    await eventually(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ channel: "D1" });
    expect(posts[0]).not.toHaveProperty("thread_ts");
    await t.sendEvent(dm("じゃあ2010年は？", { ts: "1700000010.000100" }), "Ev2");
    await eventually(() => expect(posts).toHaveLength(2));
    expect(qa.calls[1]).toEqual({ question: "じゃあ2010年は？", previous: jointResearch2011.topic });
  });

  it("answers a DM asked in a thread in that thread, with the assistant's thinking status first", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    const statuses = mockApi("assistant.threads.setStatus");
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(dm("2011年の共同研究件数", { ts: "1700000020.000100", thread_ts: "1700000000.000100" }), "Ev1");
    await eventually(() => expect(posts).toHaveLength(1));
    expect(statuses).toEqual([{ channel_id: "D1", thread_ts: "1700000000.000100", status: "is thinking…", team_id: "T1" }]);
    expect(posts[0]).toMatchObject({ channel: "D1", thread_ts: "1700000000.000100" });
  });

  it("ignores the bot's own messages, other bots' messages and message subtypes", async () => {
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });
    t = await startTestApp(qa);
    const posts = mockApi("chat.postMessage");
    const ignored = [
      dm("自分の投稿", { user: "UBOT", bot_id: "BBOT" }),
      dm("他のボット", { user: "U9", bot_id: "B9" }),
      dm("legacy bot", { subtype: "bot_message", bot_id: "B9", user: undefined }),
      dm("編集", { subtype: "message_changed" }),
      dm("参加", { subtype: "channel_join" }),
    ];
    for (const [i, event] of ignored.entries()) expect((await t.sendEvent(event, `EvIgnored${i}`)).status).toBe(200);
    // A question sent after them: once it is answered, the ignored ones (handled first) would have been too.
    await t.sendEvent(dm("2011年の共同研究件数"), "EvQuestion");
    await eventually(() => expect(posts).toHaveLength(1));
    expect(qa.calls).toEqual([{ question: "2011年の共同研究件数" }]);
    expect(t.logs.filter((l) => l.msg === "message ignored").map((l) => l.reason)).toEqual([
      "from a bot",
      "subtype bot_message",
      "subtype message_changed",
      "subtype channel_join",
    ]);
  });
});
