/**
 * Start-up mistakes reported as ConfigError naming the variable: a rejected bot token, an unreachable
 * SLACK_API_URL. (A rejected app token: service/keep-socket-up.test.ts; a port in use: service/http-server.test.ts.)
 */
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { loadConfig, type SlackConfig } from "../../src/config/env.js";
import { createSlackApp } from "../../src/slack/index.js";
import { createJsonLogger } from "../../src/slack/logger.js";
import { startSlackApp } from "../../src/slack/start-app.js";
import { createFakeAnswerer } from "./support/fake-answerer.js";
import { SIGNING_SECRET } from "./support/slack-request.js";

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

const problemsStarting = async (apiUrl: string) => {
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-1-2",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: "0",
  }) as SlackConfig;
  const slack = createSlackApp(config, {
    qa: createFakeAnswerer({}),
    logger: createJsonLogger({ write: () => {} }),
    retryConfig: { retries: 0 },
  });
  const failure = await startSlackApp(slack, config).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(ConfigError);
  return (failure as ConfigError).problems;
};

describe("startSlackApp", () => {
  it("names SLACK_BOT_TOKEN when auth.test rejects it", async () => {
    nock.disableNetConnect();
    nock("http://slack.test").post("/api/auth.test").reply(200, { ok: false, error: "invalid_auth" });
    expect(await problemsStarting("http://slack.test/api/")).toEqual([
      "SLACK_BOT_TOKEN: Slack rejected it (invalid_auth); copy the Bot User OAuth Token again from OAuth & Permissions, and reinstall the app if it was revoked",
    ]);
  });

  it("names SLACK_API_URL when nothing answers there", async () => {
    // Port 1 on loopback: connection refused at once.
    expect(await problemsStarting("http://127.0.0.1:1/api/")).toEqual([
      expect.stringMatching(/^SLACK_API_URL: auth\.test at http:\/\/127\.0\.0\.1:1\/api\/ failed \(.+\); check the network or proxy/),
    ]);
  });
});
