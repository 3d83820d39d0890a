import { describe, expect, it } from "vitest";
import { createJsonLogger } from "../../src/slack/logger.js";
import { redactSecrets } from "../../src/slack/redact-secrets.js";

const capture = (level: "debug" | "info" | "warn" | "error" = "info", secrets: string[] = []) => {
  const lines: string[] = [];
  const logger = createJsonLogger({ level, secrets, write: (l) => void lines.push(l), now: () => new Date("2025-01-02T03:04:05Z") });
  return { logger, lines };
};

describe("createJsonLogger", () => {
  it("writes one JSON object a line, a trailing object becoming fields", () => {
    const { logger, lines } = capture();
    logger.info("feedback", { verdict: "wrong", question: "<!channel> 予算は?" });
    expect(lines).toEqual([
      '{"time":"2025-01-02T03:04:05.000Z","level":"info","name":"sangaku","msg":"feedback","verdict":"wrong","question":"<!channel> 予算は?"}\n',
    ]);
  });

  it("serializes errors with the Slack error code and drops lines below the level", () => {
    const { logger, lines } = capture("warn");
    logger.info("not shown");
    logger.error(
      "Slack API error",
      Object.assign(new Error("An API error occurred: channel_not_found"), {
        code: "slack_webapi_platform_error",
        data: { error: "channel_not_found" },
      }),
    );
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "error",
      msg: "Slack API error",
      error: { code: "slack_webapi_platform_error", slackError: "channel_not_found" },
    });
  });

  it("redacts tokens and the signing secret wherever they appear", () => {
    const { logger, lines } = capture("debug", ["8f742231b10e8888abcd99yyyzzz85a5"]);
    logger.debug("request", {
      headers: { authorization: "Bearer xoxb-1-2-abc" },
      body: "token=xapp-1-A-2-def&secret=8f742231b10e8888abcd99yyyzzz85a5",
    });
    expect(lines[0]).not.toMatch(/xoxb-1|xapp-1|8f742231/);
    expect(JSON.parse(lines[0]!).body).toBe("token=xapp-[redacted]&secret=[redacted]");
  });

  it("implements Bolt's level accessors", () => {
    const { logger } = capture();
    logger.setLevel("debug" as never);
    expect(logger.getLevel()).toBe("debug");
  });
});

describe("redactSecrets", () => {
  it("covers every token kind and leaves ordinary text alone", () => {
    expect(redactSecrets("xoxb-1 xoxp-2 xoxe-3 xapp-4 xoxo")).toBe("xoxb-[redacted] xoxp-[redacted] xoxe-[redacted] xapp-[redacted] xoxo");
  });
});
