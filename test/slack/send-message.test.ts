/**
 * Web API failures: 429 waits for Retry-After and succeeds; a permanent error (channel_not_found) is logged
 * and the next event is still answered.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { jointResearch2011 } from "./support/answers.js";
import { createFakeAnswerer } from "./support/fake-answerer.js";
import { startTestApp, type TestApp } from "./support/test-app.js";
import { mockApi } from "./support/web-api-mock.js";
import { eventually } from "./support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

const mention = (channel: string, ts: string) => ({
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> 2011年の共同研究件数",
  ts,
  channel,
  event_ts: ts,
});

describe("Web API errors", () => {
  it("retries chat.postMessage after a 429 with Retry-After and posts the same message", { timeout: 30_000 }, async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    const posts = mockApi(
      "chat.postMessage",
      { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } },
      {},
    );
    await t.sendEvent(mention("C1", "1700000000.000100"), "Ev1");
    // A real Retry-After of one second plus the client's randomized backoff: generous headroom for a busy CI machine.
    await vi.waitFor(() => expect(t.logs.find((l) => l.msg === "answered")).toMatchObject({ posted: true }), {
      timeout: 25_000,
      interval: 100,
    });
    expect(posts).toHaveLength(2);
    expect(posts[1]).toEqual(posts[0]);
    expect(t.logs.some((l) => l.level === "info" && l.msg.includes("rate limiting"))).toBe(true);
    expect(t.logs.some((l) => l.msg === "chat.postMessage failed")).toBe(false);
  });

  it("logs channel_not_found without crashing, and answers the next event", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    const posts = mockApi("chat.postMessage", { body: { ok: false, error: "channel_not_found" } }, {});
    await t.sendEvent(mention("CGONE", "1700000000.000100"), "Ev1");
    await eventually(() =>
      expect(t.logs.find((l) => l.msg === "chat.postMessage failed")).toMatchObject({
        level: "error",
        channel: "CGONE",
        slackError: "channel_not_found",
      }),
    );
    await t.sendEvent(mention("C1", "1700000001.000100"), "Ev2");
    await eventually(() => expect(posts).toHaveLength(2));
    expect(posts[1]).toMatchObject({ channel: "C1" });
    // A platform error is permanent: it was not retried.
    expect(posts.filter((p) => p.channel === "CGONE")).toHaveLength(1);
    await eventually(() => expect(t.logs.filter((l) => l.msg === "answered").map((l) => l.posted)).toEqual([false, true]));
  });
});
