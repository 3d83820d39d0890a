/**
 * The one test with the real core (on the small test knowledge base): a mention answered end to end.
 * It checks the wiring, not the wording, which the core owns.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/qa/index.js";
import { startTestApp, type TestApp } from "./support/test-app.js";
import { mockApi } from "./support/web-api-mock.js";
import { eventually } from "./support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

describe("smoke: the real core behind Slack", () => {
  it("answers a mention with the figure and its citation", async () => {
    t = await startTestApp(createAnswerer({ knowledge: "test/fixtures/knowledge-mini" }));
    const posts = mockApi("chat.postMessage");
    await t.sendEvent(
      {
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> 都市エリアの予算は?",
        ts: "1700000000.000100",
        channel: "C1",
        event_ts: "1700000000.000100",
      },
      "Ev1",
    );
    await eventually(() => expect(posts).toHaveLength(1));
    const blocks = posts[0]!.blocks!;
    expect(blocks[0]!.text.text).toContain("31億円");
    const context = blocks.find((b) => b.type === "context")!;
    expect(context.elements.map((e: { text: string }) => e.text).join(" ")).toContain("ミニ文書 › ");
  });
});
