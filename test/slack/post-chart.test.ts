/**
 * The chart upload at the HTTP boundary: files.getUploadURLExternal, the POST of the bytes to the URL it
 * returns, files.completeUploadExternal, all mocked with nock (no other connection allowed).
 */
import nock from "nock";
import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHART_TEXT_BOXES } from "../../src/chart/chart-svg.js";
import { createAnswerer } from "../../src/qa/index.js";
import { createJsonLogger } from "../../src/slack/logger.js";
import { postChart } from "../../src/slack/post-chart.js";
import { createMetrics } from "../../src/slack/service/metrics.js";
import { createFakeAnswerer } from "./support/fake-answerer.js";
import { eventually } from "./support/eventually.js";
import { darkPixels } from "../support/png-pixels.js";
import { API, BOT_TOKEN, startTestApp, type TestApp } from "./support/test-app.js";
import { decodeApiBody, mockApi, type Sent } from "./support/web-api-mock.js";

const FILES = "https://files.slack.test";
const qa = createAnswerer();
const series = qa.answer("共同研究件数の推移");
const INK = 200;

/** Mocks the three upload steps; `uploads` receives the bytes sent to the upload URL; `onFirstStep` runs as step 1 arrives. */
function mockUpload(onFirstStep = () => {}): { urlRequests: Sent[]; uploads: Buffer[]; completions: Sent[] } {
  const urlRequests: Sent[] = [];
  nock(API)
    .post("/api/files.getUploadURLExternal")
    .reply(async (request: Request) => {
      onFirstStep();
      urlRequests.push(decodeApiBody(await request.text()));
      return [200, { ok: true, upload_url: `${FILES}/upload/v1/abc`, file_id: "F123" }] as const;
    });
  const uploads: Buffer[] = [];
  nock(FILES)
    .post("/upload/v1/abc")
    .reply(async (request: Request) => {
      const form = await request.formData();
      uploads.push(Buffer.from(await (form.get("body") as Blob).arrayBuffer()));
      return [200, "OK - 1234"] as const;
    });
  const completions = mockApi("files.completeUploadExternal", { body: { ok: true, files: [{ id: "F123" }] } });
  return { urlRequests, uploads, completions };
}

describe("postChart", () => {
  const lines: string[] = [];
  const deps = { logger: createJsonLogger({ level: "debug", write: (line) => void lines.push(line) }), metrics: createMetrics() };
  const client = new webApi.WebClient(BOT_TOKEN, { slackApiUrl: `${API}/api/`, retryConfig: { retries: 0 } });
  beforeEach(() => {
    nock.disableNetConnect();
    lines.length = 0;
  });
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("uploads a PNG of the chart in the answer's thread through the three steps, with alt text and the caption", async () => {
    const { urlRequests, uploads, completions } = mockUpload();
    expect(await postChart(client, deps, { channel: "C1", threadTs: "1700000000.000100" }, series)).toBe(true);
    expect(urlRequests).toHaveLength(1);
    expect(urlRequests[0]).toMatchObject({ filename: "chart.png", length: String(uploads[0]!.length) });
    expect(urlRequests[0]!.alt_text).toContain("平成23年度 16,302件（実績）");
    expect(uploads[0]!.subarray(0, 4).toString("latin1")).toBe("\x89PNG");
    expect(darkPixels(uploads[0]!, CHART_TEXT_BOXES.title)).toBeGreaterThan(INK);
    expect(darkPixels(uploads[0]!, CHART_TEXT_BOXES.yearLabels)).toBeGreaterThan(INK);
    expect(completions[0]).toMatchObject({ channel_id: "C1", thread_ts: "1700000000.000100" });
    expect(String(completions[0]!.initial_comment)).toContain("数値の種類: 基準値・実績");
    expect(JSON.parse(String(completions[0]!.files))).toEqual([
      { id: "F123", title: "国公私立大学等における民間企業との共同研究の実施件数 指標値" },
    ]);
  });

  it("logs a refused upload and resolves false instead of throwing", async () => {
    mockApi("files.getUploadURLExternal", { body: { ok: false, error: "file_uploads_disabled" } });
    expect(await postChart(client, deps, { channel: "C1" }, series)).toBe(false);
    expect(lines.map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ level: "error", msg: "chart not posted", slackError: "file_uploads_disabled" }),
    );
  });

  it("uploads nothing for an answer without a chart", async () => {
    expect(await postChart(client, deps, { channel: "C1" }, qa.answer("2011年の共同研究件数"))).toBe(false);
  });
});

describe("a series answer in a thread", () => {
  let t: TestApp;
  afterEach(async () => t.stop());

  it("posts the text answer first, then its chart in the same thread", async () => {
    t = await startTestApp(createFakeAnswerer({ 共同研究件数の推移: series }));
    const posts = mockApi("chat.postMessage");
    const postsBeforeUpload: number[] = [];
    const { uploads, completions } = mockUpload(() => postsBeforeUpload.push(posts.length));
    await t.sendEvent(
      {
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> 共同研究件数の推移",
        ts: "1700000000.000100",
        channel: "C1",
        event_ts: "1700000000.000100",
      },
      "Ev1",
    );
    await eventually(() => expect(completions).toHaveLength(1));
    expect(posts).toHaveLength(1);
    expect(String(posts[0]!.text)).toContain("16,302件");
    expect(postsBeforeUpload).toEqual([1]);
    expect(completions[0]).toMatchObject({ channel_id: "C1", thread_ts: "1700000000.000100" });
    expect(darkPixels(uploads[0]!, CHART_TEXT_BOXES.title)).toBeGreaterThan(INK);
  });

  it("posts the issue's whole answer: a table block, 👍/👎 feedback_buttons, linked sources, then the PNG chart", async () => {
    // A document with a URL: its citations link to the page.
    const linked = { ...series, citations: series.citations.map((c) => ({ ...c, page: 2, url: "https://www.mext.go.jp/a.pdf#page=2" })) };
    t = await startTestApp(createFakeAnswerer({ 共同研究件数の推移: linked }));
    const posts = mockApi("chat.postMessage");
    const { uploads, completions } = mockUpload();
    const text = "<@UBOT> 共同研究件数の推移";
    await t.sendEvent(
      { type: "app_mention", user: "U1", text, ts: "1700000000.000200", channel: "C1", event_ts: "1700000000.000200" },
      "Ev2",
    );
    await eventually(() => expect(completions).toHaveLength(1));
    const blocks = posts[0]!.blocks as unknown as Array<{ type: string; elements?: Array<{ type: string; text?: string }> }>;
    expect(blocks.map((b) => b.type)).toContain("table");
    const feedback = blocks.find((b) => b.type === "context_actions");
    expect(feedback?.elements?.map((e) => e.type)).toEqual(["feedback_buttons"]);
    const context = JSON.stringify(blocks.filter((b) => b.type === "context"));
    expect(context).toContain("<https://www.mext.go.jp/a.pdf#page=2|");
    expect(uploads[0]!.subarray(0, 4).toString("latin1")).toBe("\x89PNG");
    expect(darkPixels(uploads[0]!, CHART_TEXT_BOXES.yearLabels)).toBeGreaterThan(INK);
  });
});
