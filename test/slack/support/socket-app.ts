/**
 * The real Bolt app in Socket Mode against the local fake Slack (fake-slack.ts), with logs captured. Retry
 * budgets and waits are shortened so that an outage outlasting the client's own retries takes a second.
 */
import { loadConfig, type SlackConfig } from "../../../src/config/env.js";
import type { ConfigError } from "../../../src/config/config-error.js";
import { createSlackApp, type SlackApp } from "../../../src/slack/index.js";
import { createJsonLogger } from "../../../src/slack/logger.js";
import { startSlackApp, type RunningSlack } from "../../../src/slack/start-app.js";
import type { AnswerSource } from "../../../src/slack/pool/answer-source.js";
import type { FakeSlack } from "./fake-slack.js";
import type { LogLine } from "./test-app.js";

export type SocketApp = { slack: SlackApp; logs(): LogLine[]; fatal: ConfigError[]; start(): Promise<RunningSlack> };

/**
 * @example const s = socketApp(fake, qa); const running = await s.start()
 */
export function socketApp(fake: FakeSlack, qa: AnswerSource, options: { fast?: boolean } = {}): SocketApp {
  const config = loadConfig({
    SLACK_BOT_TOKEN: "xoxb-1-2-3",
    SLACK_APP_TOKEN: "xapp-1-A1-2",
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: "debug",
  }) as SlackConfig;
  const lines: string[] = [];
  const logger = createJsonLogger({ level: "debug", write: (line) => void lines.push(line) });
  const fast = options.fast ?? true;
  const slack = createSlackApp(config, {
    qa,
    logger,
    retryConfig: { retries: 0 },
    ...(fast ? { socket: { retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 10 }, clientPingTimeoutMs: 200 } } : {}),
  });
  const fatal: ConfigError[] = [];
  return {
    slack,
    fatal,
    logs: () => lines.map((line) => JSON.parse(line) as LogLine),
    start: () => startSlackApp(slack, config, { onFatal: (error) => void fatal.push(error), ...(fast ? { backoffMs: () => 100 } : {}) }),
  };
}
