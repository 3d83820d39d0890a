/**
 * The HTTP receiver as Slack talks to it: only correctly signed, fresh requests are processed; and the Web
 * API client is configured for chat (bounded retries, request timeout, SLACK_API_URL).
 */
import nock from "nock";
import { SocketModeReceiver } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { CHAT_RETRY_POLICY, REQUEST_TIMEOUT_MS, buildBoltApp } from "../../src/slack/create-app.js";
import { createJsonLogger } from "../../src/slack/logger.js";
import { loadConfig, type SlackConfig } from "../../src/config/env.js";
import { jointResearch2011 } from "./support/answers.js";
import { createFakeAnswerer } from "./support/fake-answerer.js";
import { SIGNING_SECRET } from "./support/slack-request.js";
import { BOT_TOKEN, startTestApp, type TestApp } from "./support/test-app.js";
import { mockApi, mockResponseUrl } from "./support/web-api-mock.js";
import { eventually } from "./support/eventually.js";

let t: TestApp | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const mention = {
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> 2011年の共同研究件数",
  ts: "1700000000.000100",
  channel: "C1",
  event_ts: "1700000000.000100",
};

describe("request verification", () => {
  it.each([
    ["forged (wrong secret)", { secret: "0000000000000000000000000000beef" }],
    ["unsigned", { unsigned: true }],
    ["stale (more than 5 minutes old)", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
  ])("rejects a %s event with 401 and does not answer it", async (_name, signing) => {
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });
    t = await startTestApp(qa);
    const posts = mockApi("chat.postMessage");
    const res = await t.sendEvent(mention, "EvBad", signing);
    expect(res.status).toBe(401);
    // The same event correctly signed is then answered: the rejection was about the signature alone.
    await t.sendEvent(mention, "EvGood");
    await eventually(() => expect(posts).toHaveLength(1));
    expect(qa.calls).toHaveLength(1);
  });

  it("rejects a forged slash command with 401 and never calls its response_url", async () => {
    const qa = createFakeAnswerer({});
    t = await startTestApp(qa);
    const responses = mockResponseUrl();
    const res = await t.sendCommand("2011年の共同研究件数", undefined, { secret: "0000000000000000000000000000beef" });
    expect(res.status).toBe(401);
    expect(qa.calls).toEqual([]);
    expect(responses).toEqual([]);
  });

  it("never writes the bot token or the signing secret to the logs", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    mockApi("chat.postMessage");
    await t.sendEvent(mention, "EvBad", { secret: "0000000000000000000000000000beef" });
    await t.sendEvent(mention, "Ev1");
    await eventually(() => expect(t!.logs.some((l) => l.msg === "answered")).toBe(true));
    t.app.logger.error("a careless log line", { token: BOT_TOKEN, secret: SIGNING_SECRET });
    const all = t.rawLogs.join("");
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).toContain("xoxb-[redacted]");
  });
});

describe("nock", () => {
  it("intercepts fetch: an unmocked request is refused instead of reaching the network", async () => {
    nock.disableNetConnect();
    try {
      const error = await fetch("https://slack.com/api/api.test", { method: "POST" }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as { cause?: { name?: string } }).cause?.name).toBe("NetConnectNotAllowedError");
    } finally {
      nock.enableNetConnect();
    }
  });
});

describe("Web API client options", () => {
  it("bounds retries to about a minute, sets a request timeout and uses SLACK_API_URL", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: "https://slack-gov.com/api",
    }) as SlackConfig;
    const app = buildBoltApp(config, { logger: createJsonLogger({ write: () => {} }) });
    expect(app.webClientOptions).toMatchObject({
      slackApiUrl: "https://slack-gov.com/api/",
      timeout: REQUEST_TIMEOUT_MS,
      retryConfig: CHAT_RETRY_POLICY,
    });
    expect(CHAT_RETRY_POLICY.retries).toBeLessThanOrEqual(3);
    expect(CHAT_RETRY_POLICY.maxRetryTime).toBeLessThanOrEqual(60_000);
  });

  it("builds a Socket Mode app (without connecting) when SLACK_APP_TOKEN is set", () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1-A1-2" }) as SlackConfig;
    const app = buildBoltApp(config, { logger: createJsonLogger({ write: () => {} }) });
    // `receiver` is private in Bolt's types; reading it is the only way to see which one was built.
    expect((app as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
  });
});

describe("health check", () => {
  it("answers GET /healthz with 200 and Slack connected in HTTP mode", async () => {
    t = await startTestApp(createFakeAnswerer({}));
    const res = await fetch(new URL("/healthz", t.url));
    expect([res.status, await res.json()]).toEqual([200, { slack: "connected" }]);
  });
});

describe("Bolt's conversation store", () => {
  it("is off: no listener uses context.conversation, and its middleware cost every event a lookup and an Error", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    const posts = mockApi("chat.postMessage");
    const seen: unknown[] = [];
    t.app.event("app_mention", async ({ context }) => void seen.push(context.updateConversation));
    await t.sendEvent(mention, "EvConvo");
    await eventually(() => expect(posts).toHaveLength(1));
    expect(seen).toEqual([undefined]);
  });
});
