/**
 * Environment validation: the mode chosen from which credentials are set, and readable messages that name
 * the variable and the fix without echoing the value.
 */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { loadConfig } from "../../src/config/env.js";

const BOT = "xoxb-1111-2222-abcdef";
const APP = "xapp-1-A111-2222-abcdef";
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("loadConfig", () => {
  it("runs the console when no Slack credential is set (empty values count as unset)", () => {
    expect(loadConfig({})).toEqual({
      mode: "console",
      logLevel: "info",
      apiUrl: "https://slack.com/api/",
      store: { dataDir: "data", retentionDays: 90 },
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: " " }).mode).toBe("console");
  });

  it("selects HTTP mode with a bot token and signing secret, PORT defaulting to 3000", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, ANSWER_THREADS: "1" })).toEqual({
      mode: "http",
      logLevel: "info",
      apiUrl: "https://slack.com/api/",
      botToken: BOT,
      signingSecret: SECRET,
      port: 3000,
      answerThreads: 1,
      answerQueueMax: 1000,
      answerCacheMax: 1000,
      store: { dataDir: "data", retentionDays: 90 },
      adminUserIds: [],
    });
  });

  it("selects Socket Mode when SLACK_APP_TOKEN is set, the signing secret being optional", () => {
    expect(
      loadConfig({
        SLACK_BOT_TOKEN: BOT,
        SLACK_APP_TOKEN: APP,
        LOG_LEVEL: "debug",
        SLACK_API_URL: "https://slack-gov.com/api",
        ANSWER_THREADS: "2",
      }),
    ).toEqual({
      mode: "socket",
      logLevel: "debug",
      apiUrl: "https://slack-gov.com/api/",
      botToken: BOT,
      appToken: APP,
      answerThreads: 2,
      answerQueueMax: 1000,
      answerCacheMax: 1000,
      store: { dataDir: "data", retentionDays: 90 },
      adminUserIds: [],
    });
  });

  it("refuses partial credentials, naming what is missing and how to get it", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: BOT })).toMatchInlineSnapshot(`
      [
        "SLACK_SIGNING_SECRET: is missing; HTTP mode needs it to verify that requests come from Slack (Basic Information › App Credentials), or set SLACK_APP_TOKEN to use Socket Mode instead",
      ]
    `);
    expect(problemsOf({ SLACK_SIGNING_SECRET: SECRET })).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN: is missing/)]);
    expect(problemsOf({ SLACK_APP_TOKEN: APP })).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN: is missing; Socket Mode/)]);
  });

  it("lists every malformed variable at once, never echoing a value", () => {
    const leaked = "xapp-this-is-secret";
    const problems = problemsOf({
      SLACK_BOT_TOKEN: leaked,
      SLACK_SIGNING_SECRET: "not a secret!",
      PORT: "70000",
      LOG_LEVEL: "verbose",
      SLACK_API_URL: "slack.com",
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "SLACK_BOT_TOKEN: must be a bot token starting with xoxb- (OAuth & Permissions › Bot User OAuth Token)",
        "SLACK_SIGNING_SECRET: must be the app's signing secret, letters and digits only (Basic Information › App Credentials › Signing Secret)",
        "PORT: must be at most 65535",
        "LOG_LEVEL: must be one of debug, info, warn, error",
        "SLACK_API_URL: must be an http(s) URL such as https://slack.com/api/",
      ]
    `);
    expect(problems.join("\n")).not.toContain(leaked);
  });

  it("says in its message that the configuration is invalid", () => {
    expect(() => loadConfig({ SLACK_APP_TOKEN: "xoxb-wrong-kind", SLACK_BOT_TOKEN: BOT })).toThrow(
      /configuration is invalid \(1 problem\):\n  SLACK_APP_TOKEN: must be an app-level token starting with xapp-/,
    );
  });

  it("names a value with spaces around it as such, not as malformed", () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: `${BOT} `, SLACK_APP_TOKEN: `\t${APP}`, SLACK_SIGNING_SECRET: `${SECRET}\n` })).toEqual([
      "SLACK_BOT_TOKEN: has spaces or a line break around the value; remove them (copying from a web page often adds them)",
      "SLACK_SIGNING_SECRET: has spaces or a line break around the value; remove them (copying from a web page often adds them)",
      "SLACK_APP_TOKEN: has spaces or a line break around the value; remove them (copying from a web page often adds them)",
    ]);
  });

  it("reads the service settings: answering threads, queue bound, Redis URL, and PORT in Socket Mode only when set", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      ANSWER_THREADS: "3",
      ANSWER_QUEUE_MAX: "50",
      ANSWER_CACHE_MAX: "0",
      REDIS_URL: "redis://cache:6380",
      PORT: "9100",
    });
    expect(config).toMatchObject({
      mode: "socket",
      answerThreads: 3,
      answerQueueMax: 50,
      answerCacheMax: 0,
      redisUrl: "redis://cache:6380",
      port: 9100,
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).not.toHaveProperty("port");
    expect(problemsOf({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, ANSWER_THREADS: "0", REDIS_URL: "http://cache" })).toEqual([
      "ANSWER_THREADS: must be between 1 and 64 threads",
      "REDIS_URL: must be a Redis URL such as redis://localhost:6379 (or rediss:// for TLS)",
    ]);
  });

  it("reads where the question log is kept, how long, and who reads its report", () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      DATA_DIR: "/var/lib/sangaku",
      DATABASE_URL: "postgres://bot:pw@db:5432/sangaku",
      RETENTION_DAYS: "30",
      ADMIN_USER_IDS: "U012ABCDEF, W034GHIJKL",
    });
    expect(config).toMatchObject({
      store: { dataDir: "/var/lib/sangaku", databaseUrl: "postgres://bot:pw@db:5432/sangaku", retentionDays: 30 },
      adminUserIds: ["U012ABCDEF", "W034GHIJKL"],
    });
    expect(loadConfig({ DATA_DIR: "state" }).store).toEqual({ dataDir: "state", retentionDays: 90 });
  });

  it("names a bad log setting and the fix, never echoing the database URL", () => {
    const problems = problemsOf({ DATABASE_URL: "mysql://bot:hunter2@db/sangaku", RETENTION_DAYS: "forever", ADMIN_USER_IDS: "alice" });
    expect(problems).toEqual([
      "DATABASE_URL: must be a PostgreSQL URL such as postgres://user:password@host:5432/sangaku (or unset it to keep the log in a file under DATA_DIR)",
      "RETENTION_DAYS: must be a whole number of days",
      "ADMIN_USER_IDS: must be Slack member ids separated by commas, such as U012ABCDEF,U034GHIJKL (a member's profile › ⋮ › Copy member ID)",
    ]);
    expect(problems.join("\n")).not.toContain("hunter2");
    expect(problemsOf({ RETENTION_DAYS: "0" })).toEqual(["RETENTION_DAYS: must be between 1 and 3650 days"]);
  });
});
