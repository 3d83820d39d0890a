/**
 * The 👎 form sent, through the real HTTP receiver: a reason is added to its feedback; an empty form or one
 * that names no feedback (an older modal) is thanked all the same and adds nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeReasonMetadata } from "../../../src/slack/feedback-metadata.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/types.js";
import { useTempDirs } from "../../store/support/temp-dirs.js";
import { eventually } from "../support/eventually.js";
import { createFakeAnswerer } from "../support/fake-answerer.js";
import { postSigned, reasonSubmissionBody } from "../support/interaction-bodies.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

const tempDir = useTempDirs("reason");
let t: TestApp;
let store: Store;
beforeEach(async () => {
  store = await openStore({ dataDir: tempDir() });
  await store.recordFeedback({ id: "f-1", questionId: "q-1", verdict: "down", userId: "U2", givenAt: new Date() });
  t = await startTestApp(createFakeAnswerer({}), { store });
});
afterEach(async () => {
  await t.stop();
  await store.close();
});

const submit = async (privateMetadata: string, reason: string | null) => {
  const res = await postSigned(t.url, reasonSubmissionBody({ callback_id: "feedback_reason", private_metadata: privateMetadata }, reason));
  expect(res.status).toBe(200);
  return res.json() as Promise<{ response_action: string; view: { blocks: Array<{ text: { text: string } }> } }>;
};
const reasons = async () => (await store.listFeedback(new Date(0))).map((f) => f.reason);

describe("the 👎 form sent", () => {
  it("adds the reason, trimmed, and thanks in the question's language", async () => {
    const reply = await submit(encodeReasonMetadata({ feedbackId: "f-1", questionId: "q-1", lang: "en" }), "  the wrong year \n");
    expect(reply.response_action).toBe("update");
    expect(reply.view.blocks[0]!.text.text).toBe("Thank you: what you wrote will help improve the answers.");
    await eventually(async () => expect(await reasons()).toEqual(["the wrong year"]));
    expect(t.logs.find((l) => l.msg === "feedback reason")).toEqual(
      expect.objectContaining({ question_id: "q-1", user: "U2", given: true }),
    );
    expect(t.rawLogs.join("\n")).not.toContain("the wrong year");
  });

  it("adds nothing for an empty form, or one that names no feedback, and thanks all the same", async () => {
    expect((await submit(encodeReasonMetadata({ feedbackId: "f-1", lang: "ja" }), null)).view.blocks[0]!.text.text).toBe(
      "ありがとうございます。いただいた内容は回答の改善に使います。",
    );
    expect((await submit("from an older modal", "年度が違う")).response_action).toBe("update");
    expect(await reasons()).toEqual([undefined]);
  });
});
