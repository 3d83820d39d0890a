/**
 * /sangaku end to end: form-encoded command → ack → ephemeral answer through the response_url.
 */
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { jointResearch2011 } from "../support/answers.js";
import { decodeFeedback } from "../../../src/slack/feedback-value.js";
import { createFakeAnswerer, overview } from "../support/fake-answerer.js";
import { RESPONSE_URL_HOST, startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi, mockResponseUrl } from "../support/web-api-mock.js";
import { eventually } from "../support/eventually.js";

let t: TestApp;
afterEach(async () => t.stop());

describe("/sangaku", () => {
  it("acks with an empty 200, then answers ephemerally with a post-to-channel button", async () => {
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });
    t = await startTestApp(qa);
    const responses = mockResponseUrl();
    const posts = mockApi("chat.postMessage");
    const res = await t.sendCommand("  2011年の共同研究件数 ");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    await eventually(() => expect(responses).toHaveLength(1));
    const response = responses[0]!;
    expect(response).toMatchObject({ response_type: "ephemeral" });
    expect(response.blocks!.at(-2)!.elements.map((e: { action_id: string }) => e.action_id)).toEqual(["answer_feedback"]);
    // 👍/👎 carry the id the answer is logged under.
    await eventually(() => expect(t.logs.some((l) => l.msg === "answered")).toBe(true));
    expect(decodeFeedback(response.blocks!.at(-2)!.elements[0].negative_button.value)).toEqual({
      verdict: "down",
      questionId: t.logs.find((l) => l.msg === "answered")!.question_id,
    });
    expect(response.blocks!.at(-1)!.elements.map((e: { action_id: string }) => e.action_id)).toEqual(["show_source", "post_to_channel"]);
    expect(JSON.parse(response.blocks!.at(-1)!.elements[1].value)).toEqual({ q: "2011年の共同研究件数" });
    expect(posts).toEqual([]);
  });

  it.each([
    ["", "ja"],
    ["help", "en"],
    ["ヘルプ", "ja"],
  ] as const)("answers %j with the usage and example questions to click, without asking the core (%s)", async (text, lang) => {
    const qa = createFakeAnswerer({});
    t = await startTestApp(qa);
    const responses = mockResponseUrl();
    await t.sendCommand(text);
    await eventually(() => expect(responses).toHaveLength(1));
    expect(responses[0]!.response_type).toBe("ephemeral");
    expect(responses[0]!.text).toContain(lang === "ja" ? "/sangaku 質問" : "/sangaku question");
    const example = overview.suggestions[lang][0]!;
    expect(responses[0]!.text).toContain(`• ${example}`);
    const buttons = responses[0]!.blocks!.flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(buttons[0]).toMatchObject({ action_id: "clarify_option_0", text: { text: example } });
    expect(JSON.parse(buttons[0].value)).toEqual({ q: example });
    expect(qa.calls).toEqual([]);
  });

  it("logs a failed response_url (expired) without crashing", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    mockResponseUrl("/commands/T1/1/expired", 404);
    await t.sendCommand("2011年の共同研究件数", "/commands/T1/1/expired");
    await eventually(() => expect(t.logs.find((l) => l.msg === "respond (response_url) failed")).toMatchObject({ level: "error" }));
  });

  it("delivers the answer when the response_url fails once with 503 (retried), and not a 404 twice", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    const statuses = [503, 200];
    const responses: unknown[] = [];
    nock(RESPONSE_URL_HOST)
      .persist()
      .post("/commands/T1/1/flaky")
      .reply(async (request: Request) => {
        responses.push(JSON.parse(await request.text()));
        return [statuses[responses.length - 1] ?? 200, "ok"] as const;
      });
    await t.sendCommand("2011年の共同研究件数", "/commands/T1/1/flaky");
    await eventually(() => expect(t.logs.find((l) => l.msg === "answered")).toMatchObject({ command: "/sangaku", posted: true }));
    expect(responses).toHaveLength(2);
    expect(responses[1]).toEqual(responses[0]);
    expect(t.logs.find((l) => l.msg === "respond (response_url) failed; retrying")).toMatchObject({
      level: "warn",
      statusCode: 503,
      attempt: 1,
    });
    const expired = mockResponseUrl("/commands/T1/1/gone", 404);
    await t.sendCommand("2011年の共同研究件数", "/commands/T1/1/gone");
    await eventually(() =>
      expect(t.logs.find((l) => l.msg === "respond (response_url) failed")).toMatchObject({ attempts: 1, statusCode: 404 }),
    );
    expect(expired).toHaveLength(1);
  });

  it("logs an answer it finally cannot deliver (5xx on every attempt) with who asked where, after a bounded number of tries", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    const responses = mockResponseUrl("/commands/T1/1/down", 500);
    await t.sendCommand("2011年の共同研究件数", "/commands/T1/1/down");
    await eventually(() =>
      expect(t.logs.find((l) => l.msg === "respond (response_url) failed")).toMatchObject({
        level: "error",
        command: "/sangaku",
        channel: "C1",
        user: "U1",
        attempts: 4,
        statusCode: 500,
      }),
    );
    expect(responses).toHaveLength(4);
  });
});
