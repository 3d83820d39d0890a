/**
 * Slack's retries (X-Slack-Retry-Num) and duplicate deliveries: each event_id answered exactly once.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { jointResearch2011 } from "./support/answers.js";
import { createFakeAnswerer } from "./support/fake-answerer.js";
import { startTestApp, type TestApp } from "./support/test-app.js";
import { mockApi } from "./support/web-api-mock.js";
import { eventually } from "./support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

const mention = {
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> 2011年の共同研究件数",
  ts: "1700000000.000100",
  channel: "C1",
  event_ts: "1700000000.000100",
};

describe("event delivery", () => {
  it("answers a retry with the same event_id once", async () => {
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });
    t = await startTestApp(qa);
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(mention, "EvSame");
    await eventually(() => expect(posts).toHaveLength(1));
    const retry = await t.sendEvent(mention, "EvSame", { retryNum: 1 });
    expect(retry.status).toBe(200);
    await vi.waitFor(() =>
      expect(t.logs.find((l) => l.msg === "duplicate event ignored")).toMatchObject({
        event_id: "EvSame",
        retry_num: 1,
        retry_reason: "http_timeout",
      }),
    );
    expect(posts).toHaveLength(1);
    expect(qa.calls).toHaveLength(1);
  });

  it("answers a retry whose first copy never arrived, once", async () => {
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });
    t = await startTestApp(qa);
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(mention, "EvLost", { retryNum: 2 });
    await eventually(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ channel: "C1", thread_ts: "1700000000.000100" });
    expect(t.logs.some((l) => l.msg === "duplicate event ignored")).toBe(false);
  });
});
