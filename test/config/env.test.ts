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
    expect(loadConfig({})).toEqual({ mode: "console", logLevel: "info", apiUrl: "https://slack.com/api/" });
    expect(loadConfig({ SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: " " }).mode).toBe("console");
  });

  it("selects HTTP mode with a bot token and signing secret, PORT defaulting to 3000", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({ mode: "http", logLevel: "info", apiUrl: "https://slack.com/api/", botToken: BOT, signingSecret: SECRET, port: 3000 });
  });

  it("selects Socket Mode when SLACK_APP_TOKEN is set, the signing secret being optional", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, LOG_LEVEL: "debug", SLACK_API_URL: "https://slack-gov.com/api" })).toEqual({ mode: "socket", logLevel: "debug", apiUrl: "https://slack-gov.com/api/", botToken: BOT, appToken: APP });
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
    const problems = problemsOf({ SLACK_BOT_TOKEN: leaked, SLACK_SIGNING_SECRET: "not a secret!", PORT: "70000", LOG_LEVEL: "verbose", SLACK_API_URL: "slack.com" });
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
    expect(() => loadConfig({ SLACK_APP_TOKEN: "xoxb-wrong-kind", SLACK_BOT_TOKEN: BOT })).toThrow(/configuration is invalid \(1 problem\):\n  SLACK_APP_TOKEN: must be an app-level token starting with xapp-/);
  });
});
