/**
 * The real Bolt app (HTTP receiver, signature verification) on an ephemeral port, its Web API mocked with
 * nock at SLACK_API_URL, its logs captured as parsed JSON lines.
 */
import nock from "nock";
import type { App } from "@slack/bolt";
import type { AddressInfo } from "node:net";
import { loadConfig, type SlackConfig } from "../../../src/config/env.js";
import { createSlackApp, type CreateSlackAppOptions, type SlackApp } from "../../../src/slack/index.js";
import { createJsonLogger } from "../../../src/slack/logger.js";
import type { AnswerSource } from "../../../src/slack/pool/answer-source.js";
import { startSlackApp } from "../../../src/slack/start-app.js";
import { actionBody, commandBody, eventBody, SIGNING_SECRET, slackHeaders, type Signing } from "./slack-request.js";

export const API = "http://slack.test";
export const RESPONSE_URL_HOST = "https://hooks.slack.test";
export const BOT_TOKEN = "xoxb-1111-2222-secrettoken";

export type LogLine = { level: string; msg: string; [field: string]: unknown };

export type TestApp = {
  app: App;
  slack: SlackApp;
  /** http://127.0.0.1:<port>/slack/events */
  url: string;
  logs: LogLine[];
  rawLogs: string[];
  sendEvent(event: Record<string, unknown>, eventId: string, signing?: Signing): Promise<Response>;
  sendCommand(text: string, responsePath?: string, signing?: Signing): Promise<Response>;
  sendAction(click: Parameters<typeof actionBody>[0]): Promise<Response>;
  stop(): Promise<void>;
};

/** Starts an app answering with `qa`; call stop() after each test. `options` adds shared stores and the like; `env` more settings. */
export async function startTestApp(
  qa: AnswerSource,
  options: Partial<CreateSlackAppOptions> = {},
  env: Record<string, string> = {},
): Promise<TestApp> {
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith("127.0.0.1"));
  nock(API).post("/api/auth.test").reply(200, { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1" });
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${API}/api/`,
    PORT: "0",
    LOG_LEVEL: "debug",
    ...env,
  }) as SlackConfig;
  const rawLogs: string[] = [];
  const logger = createJsonLogger({ level: "debug", secrets: [SIGNING_SECRET, BOT_TOKEN], write: (line) => void rawLogs.push(line) });
  // Retries stay on but fast: Retry-After is still honoured, the backoff between attempts is not waited out.
  const slack = createSlackApp(config, {
    qa,
    logger,
    retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 10 },
    respondDelaysMs: [0, 0, 0],
    ...options,
  });
  const running = await startSlackApp(slack, config);
  const url = `http://127.0.0.1:${(running.server!.address() as AddressInfo).port}/slack/events`;
  const post = (body: string, contentType: string, signing?: Signing) =>
    fetch(url, { method: "POST", headers: slackHeaders(body, contentType, signing), body });
  return {
    app: slack.app,
    slack,
    url,
    rawLogs,
    get logs() {
      return rawLogs.map((line) => JSON.parse(line) as LogLine);
    },
    sendEvent: (event, eventId, signing) => post(eventBody(event, eventId), "application/json", signing),
    sendCommand: (text, responsePath = "/commands/T1/1/abc", signing) =>
      post(commandBody(text, `${RESPONSE_URL_HOST}${responsePath}`), "application/x-www-form-urlencoded", signing),
    sendAction: (click) => post(actionBody(click), "application/x-www-form-urlencoded"),
    stop: async () => {
      await running.stop();
      nock.cleanAll();
      nock.enableNetConnect();
    },
  };
}
