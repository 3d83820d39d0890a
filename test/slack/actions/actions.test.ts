/**
 * Buttons end to end: block_actions form bodies (payload=JSON) → ack → response_url or chat.postMessage.
 */
import { afterEach, describe, expect, it } from "vitest";
import { encodeAskValue } from "../../../src/slack/action-value.js";
import { encodeFeedback } from "../../../src/slack/feedback-value.js";
import { budgetClarify, jointResearch2011 } from "../support/answers.js";
import { createFakeAnswerer } from "../support/fake-answerer.js";
import { RESPONSE_URL_HOST, startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi, mockResponseUrl } from "../support/web-api-mock.js";
import { eventually } from "../support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

const responseUrl = `${RESPONSE_URL_HOST}/actions/T1/1/abc`;
const cityArea = "都市エリア産学官連携促進事業の予算は？";

describe("buttons", () => {
  it("a clarify option in a thread answers the chosen question in that thread", async () => {
    const qa = createFakeAnswerer({ [cityArea]: { ...jointResearch2011, question: cityArea } });
    t = await startTestApp(qa);
    const posts = mockApi("chat.postMessage");
    const res = await t.sendAction({
      actionId: "clarify_option_0",
      value: encodeAskValue({ question: cityArea }),
      responseUrl,
      threadTs: "1700000000.000100",
    });
    expect(res.status).toBe(200);
    await eventually(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ channel: "C1", thread_ts: "1700000000.000100" });
    expect(qa.calls).toEqual([{ question: cityArea }]);
  });

  it("a clarify option on an ephemeral answer replaces it through the response_url", async () => {
    t = await startTestApp(createFakeAnswerer({ [cityArea]: { ...jointResearch2011, question: cityArea } }));
    const responses = mockResponseUrl("/actions/T1/1/abc");
    await t.sendAction({ actionId: "clarify_option_1", value: encodeAskValue({ question: cityArea }), responseUrl, ephemeral: true });
    await eventually(() => expect(responses).toHaveLength(1));
    expect(responses[0]).toMatchObject({ response_type: "ephemeral", replace_original: true });
    expect(responses[0]!.blocks!.at(-1)!.elements.at(-1).action_id).toBe("post_to_channel");
  });

  it("show quote responds ephemerally, in the thread, with the quoted lines escaped", async () => {
    const quote = "7,248 件 <!here>\n16,302 件";
    const answer = { ...jointResearch2011, citations: [{ ...jointResearch2011.citations[0]!, quote }] };
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": answer }));
    const responses = mockResponseUrl("/actions/T1/1/abc");
    await t.sendAction({
      actionId: "show_source",
      value: encodeAskValue({ question: "2011年の共同研究件数" }),
      responseUrl,
      threadTs: "1700000000.000100",
    });
    await eventually(() => expect(responses).toHaveLength(1));
    expect(responses[0]).toMatchObject({ response_type: "ephemeral", replace_original: false, thread_ts: "1700000000.000100" });
    expect(responses[0]!.blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "*出典の原文*" } },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "*[1] 平成24年度実施施策に係る事後評価書 › 達成目標１ › 成果指標①*\n>7,248 件 &lt;!here&gt;\n>16,302 件",
        },
      },
    ]);
  });

  it("feedback is logged as one structured line and thanked ephemerally", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const responses = mockResponseUrl("/actions/T1/1/abc");
    const value = encodeAskValue({ question: "<!channel> 予算は?", summary: jointResearch2011.summary });
    await t.sendAction({ actionId: "feedback_wrong", value, responseUrl, threadTs: "1700000000.000100" });
    await eventually(() => expect(responses).toHaveLength(1));
    expect(t.logs.find((l) => l.msg === "feedback")).toMatchObject({
      level: "info",
      verdict: "wrong",
      question: "<!channel> 予算は?",
      summary: jointResearch2011.summary,
      user: "U1",
      channel: "C1",
    });
    expect(responses[0]).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
      text: "フィードバックありがとうございます。記録しました。",
    });
  });

  it("a 👍/👎 feedback_buttons click is acked, logged with the answer's id and verdict, and thanked ephemerally", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const responses = mockResponseUrl("/actions/T1/1/abc");
    const res = await t.sendAction({
      actionId: "answer_feedback",
      value: encodeFeedback({ verdict: "up", questionId: "3f2a9c1e" }),
      responseUrl,
      threadTs: "1700000000.000100",
    });
    expect(res.status).toBe(200);
    await eventually(() => expect(responses).toHaveLength(1));
    expect(t.logs.find((l) => l.msg === "feedback")).toMatchObject({
      level: "info",
      verdict: "up",
      question_id: "3f2a9c1e",
      user: "U1",
      channel: "C1",
    });
    // The thank-you is in the language of the clicked message, whose text here is "…" (no Japanese): English.
    expect(responses[0]).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
      thread_ts: "1700000000.000100",
      text: "Thanks for the feedback: it has been recorded.",
    });
  });

  it("post to channel posts the answer in_channel without the post button, then deletes the ephemeral copy", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    const responses = mockResponseUrl("/actions/T1/1/abc");
    await t.sendAction({
      actionId: "post_to_channel",
      value: encodeAskValue({ question: "2011年の共同研究件数" }),
      responseUrl,
      ephemeral: true,
    });
    await eventually(() => expect(responses).toHaveLength(2));
    expect(responses[0]).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(responses[0]!.blocks!.slice(-2).flatMap((b) => b.elements.map((e: { action_id: string }) => e.action_id))).toEqual([
      "answer_feedback",
      "show_source",
    ]);
    expect(responses[1]).toEqual({ delete_original: true });
  });

  it("an unreadable button value gets a short notice, not an error", async () => {
    t = await startTestApp(createFakeAnswerer({ "予算は?": budgetClarify }));
    const responses = mockResponseUrl("/actions/T1/1/abc");
    await t.sendAction({ actionId: "clarify_option_0", value: "not json", responseUrl });
    await eventually(() => expect(responses).toHaveLength(1));
    expect(responses[0]!.text).toBe("このボタンの情報を読み取れませんでした。もう一度質問してください。");
  });
});
