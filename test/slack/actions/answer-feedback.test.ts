/**
 * 👎 with a reason, end to end through Bolt's real HTTP receiver (signed requests) with the Web API mocked by
 * nock, kept in a real SQLite store: the answer is logged under its questionId, the click opens the modal, the
 * submission adds the reason, and both survive closing and reopening the store; the owner's report shows them.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildReport } from "../../../src/report/build-report.js";
import { encodeAskValue } from "../../../src/slack/action-value.js";
import { encodeFeedback } from "../../../src/slack/feedback-value.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/types.js";
import { useTempDirs } from "../../store/support/temp-dirs.js";
import { jointResearch2011 } from "../support/answers.js";
import { eventually } from "../support/eventually.js";
import { createFakeAnswerer } from "../support/fake-answerer.js";
import { feedbackButtonsBody, postSigned, reasonSubmissionBody } from "../support/interaction-bodies.js";
import { RESPONSE_URL_HOST, startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi, mockResponseUrl } from "../support/web-api-mock.js";

const tempDir = useTempDirs("feedback");
const responseUrl = `${RESPONSE_URL_HOST}/actions/T1/1/abc`;
const mention = {
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> 2011年の共同研究件数",
  ts: "1700000000.000100",
  channel: "C1",
  event_ts: "1700000000.000100",
};
let t: TestApp;
let store: Store;
let dataDir: string;

beforeEach(async () => {
  dataDir = tempDir();
  store = await openStore({ dataDir });
  t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }), { store });
});
afterEach(async () => {
  await t.stop();
  await store.close();
});

async function askAndFindQuestionId(): Promise<string> {
  mockApi("chat.postMessage");
  await t.sendEvent(mention, "EvFeedback");
  return eventually(async () => {
    const [logged] = await store.listQuestions(new Date(0));
    expect(logged).toMatchObject({
      question: "2011年の共同研究件数",
      status: "answered",
      intent: jointResearch2011.intent,
      channelId: "C1",
      userId: "U1",
      teamId: "T1",
      summary: jointResearch2011.summary,
    });
    return logged!.id;
  });
}

describe("feedback on an answer", () => {
  it("keeps a 👎 and the reason typed in its modal across a restart, thanking in the question's language", async () => {
    const questionId = await askAndFindQuestionId();
    const opened = mockApi("views.open");
    const click = await postSigned(
      t.url,
      feedbackButtonsBody({ value: encodeFeedback({ verdict: "down", questionId }), responseUrl, messageText: jointResearch2011.text }),
    );
    expect(click.status).toBe(200);
    await eventually(() => expect(opened).toHaveLength(1));
    const view = opened[0]!.view as {
      callback_id: string;
      private_metadata: string;
      title: { text: string };
      blocks: Array<{ type: string; optional: boolean }>;
    };
    expect(opened[0]).toMatchObject({ trigger_id: "7.8.feedback" });
    expect(view).toMatchObject({
      callback_id: "feedback_reason",
      title: { text: "回答へのフィードバック" },
      blocks: [{ type: "input", optional: true }],
    });
    expect(JSON.parse(view.private_metadata)).toMatchObject({ q: questionId, l: "ja" });

    const submitted = await postSigned(t.url, reasonSubmissionBody(view, "年度が違う <!channel>"));
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({
      response_action: "update",
      view: { blocks: [{ text: { text: "ありがとうございます。いただいた内容は回答の改善に使います。" } }] },
    });
    await eventually(async () => expect((await store.listFeedback(new Date(0)))[0]?.reason).toBe("年度が違う <!channel>"));

    await store.close();
    store = await openStore({ dataDir });
    expect(await store.listFeedback(new Date(0))).toEqual([
      expect.objectContaining({
        questionId,
        verdict: "down",
        reason: "年度が違う <!channel>",
        userId: "U2",
        question: "2011年の共同研究件数",
      }),
    ]);
    expect((await buildReport(store, { days: 7 })).downvotes).toEqual([
      expect.objectContaining({ question: "2011年の共同研究件数", reason: "年度が違う <!channel>" }),
    ]);
  });

  it("keeps a 👍 and thanks ephemerally in the thread, opening no modal", async () => {
    const questionId = await askAndFindQuestionId();
    const opened = mockApi("views.open");
    const responses = mockResponseUrl("/actions/T1/1/abc");
    await postSigned(
      t.url,
      feedbackButtonsBody({ value: encodeFeedback({ verdict: "up", questionId }), responseUrl, messageText: jointResearch2011.text }),
    );
    await eventually(() => expect(responses).toHaveLength(1));
    expect(responses[0]).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
      thread_ts: "1700000000.000100",
      text: "フィードバックありがとうございます。記録しました。",
    });
    await eventually(async () =>
      expect(await store.listFeedback(new Date(0))).toEqual([expect.objectContaining({ questionId, verdict: "up", reason: undefined })]),
    );
    expect(opened).toHaveLength(0);
  });

  it("keeps a 👎 from the older buttons, which carry no questionId, and asks for its reason too", async () => {
    const opened = mockApi("views.open");
    await t.sendAction({ actionId: "feedback_wrong", value: encodeAskValue({ question: "budget of City Area?" }), responseUrl });
    await eventually(() => expect(opened).toHaveLength(1));
    expect((opened[0]!.view as { title: { text: string } }).title.text).toBe("Feedback on the answer");
    await eventually(async () =>
      expect(await store.listFeedback(new Date(0))).toEqual([
        expect.objectContaining({ questionId: undefined, verdict: "down", userId: "U1" }),
      ]),
    );
  });
});
