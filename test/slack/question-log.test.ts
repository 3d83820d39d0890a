/**
 * What the app keeps of each delivered answer, through the real HTTP receiver with a recording store, and
 * that a failing store never stops an answer.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { QuestionRecord, Store } from "../../src/store/types.js";
import { budgetClarify, jointResearch2011 } from "./support/answers.js";
import { eventually } from "./support/eventually.js";
import { createFakeAnswerer } from "./support/fake-answerer.js";
import { startTestApp, type TestApp } from "./support/test-app.js";
import { mockApi, mockResponseUrl } from "./support/web-api-mock.js";

let t: TestApp;
afterEach(async () => t.stop());

const answers = () => createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011, "予算は?": budgetClarify });
const recordingStore = () => {
  const kept: QuestionRecord[] = [];
  return { kept, store: { recordQuestion: async (record: QuestionRecord) => void kept.push(record) } as unknown as Store };
};

describe("the question log", () => {
  it("keeps a /sangaku answer with its status, intent, latency and the asker's Slack ids", async () => {
    const { kept, store } = recordingStore();
    t = await startTestApp(answers(), { store });
    mockResponseUrl();
    await t.sendCommand("予算は?");
    await eventually(() => expect(kept).toHaveLength(1));
    expect(kept[0]).toMatchObject({
      question: "予算は?",
      status: "clarify",
      intent: budgetClarify.intent,
      channelId: "C1",
      userId: "U1",
      teamId: "T1",
      summary: budgetClarify.summary,
    });
    expect(kept[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept[0]!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(t.logs.find((l) => l.msg === "answered")).toMatchObject({ question_id: kept[0]!.id });
  });

  it("keeps an apology as status error when the core failed", async () => {
    const { kept, store } = recordingStore();
    const failing = {
      ...createFakeAnswerer({}),
      answer: () => {
        throw new Error("the core broke");
      },
    };
    t = await startTestApp(failing, { store });
    mockApi("chat.postMessage");
    await t.sendEvent(
      { type: "app_mention", user: "U1", text: "<@UBOT> 何か", ts: "1700000000.000100", channel: "C1", event_ts: "1700000000.000100" },
      "EvFail",
    );
    await eventually(() =>
      expect(kept).toEqual([expect.objectContaining({ question: "何か", status: "error", intent: "none", summary: "" })]),
    );
  });

  it("answers all the same when the store fails, logging the failure without the question", async () => {
    const store = {
      recordQuestion: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
      },
    } as unknown as Store;
    t = await startTestApp(answers(), { store });
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(
      {
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> 2011年の共同研究件数",
        ts: "1700000000.000100",
        channel: "C1",
        event_ts: "1700000000.000100",
      },
      "EvDown",
    );
    await eventually(() =>
      expect(t.logs.find((l) => l.msg === "question log failed")).toMatchObject({
        level: "error",
        what: "question",
        message: "connect ECONNREFUSED 127.0.0.1:5432",
      }),
    );
    expect(posts).toHaveLength(1);
    expect(t.rawLogs.find((l) => l.includes("question log failed"))).not.toContain("共同研究");
  });
});
