/**
 * Socket Mode against a local fake Slack: events acked and answered over the socket; a dropped socket while
 * apps.connections.open is down for longer than the client's own retries is logged and retried, never fatal;
 * a rejected app token is named at start-up and stops the process while running.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/config-error.js";
import type { RunningSlack } from "../../../src/slack/start-app.js";
import { jointResearch2011 } from "../support/answers.js";
import { eventually } from "../support/eventually.js";
import { createFakeAnswerer } from "../support/fake-answerer.js";
import { startFakeSlack, type FakeSlack } from "../support/fake-slack.js";
import { socketApp } from "../support/socket-app.js";

let fake: FakeSlack;
let running: RunningSlack | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await fake.close();
});

const mention = (ts: string) => ({
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> 2011年の共同研究件数",
  ts,
  channel: "C1",
  event_ts: ts,
});
const qa = () => createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });

describe("Socket Mode", () => {
  it("acks an event over the socket and answers it in the thread", async () => {
    fake = await startFakeSlack();
    const app = socketApp(fake, qa());
    running = await app.start();
    expect(app.slack.health.slack).toBe("connected");
    const envelope = fake.sendEvent(mention("1700000000.000100"), "Ev1");
    await eventually(() => expect(fake.posts).toHaveLength(1));
    expect(fake.acks).toContain(envelope);
    expect(fake.posts[0]).toMatchObject({ channel: "C1", thread_ts: "1700000000.000100" });
  });

  it("survives a dropped socket while apps.connections.open fails past the client's retries, then answers", async () => {
    fake = await startFakeSlack();
    const app = socketApp(fake, qa());
    running = await app.start();
    fake.outage = true;
    fake.dropSockets();
    await eventually(() =>
      expect(app.logs().filter((l) => l.msg === "Socket Mode reconnect failed; trying again").length).toBeGreaterThanOrEqual(3),
    );
    expect(app.slack.health.slack).toBe("disconnected");
    fake.outage = false;
    await eventually(() => expect(app.logs().some((l) => l.msg === "Socket Mode reconnected")).toBe(true));
    expect(app.slack.health.slack).toBe("connected");
    fake.sendEvent(mention("1700000001.000100"), "Ev2");
    await eventually(() => expect(fake.posts).toHaveLength(1));
    expect(app.logs().some((l) => l.msg === "Socket Mode connection dropped; reconnecting")).toBe(true);
    expect(app.fatal).toEqual([]);
  });

  it("names SLACK_APP_TOKEN when Slack rejects it at start-up", async () => {
    fake = await startFakeSlack();
    fake.openError = "invalid_auth";
    const failure = await socketApp(fake, qa())
      .start()
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).problems).toEqual([
      expect.stringMatching(/^SLACK_APP_TOKEN: Slack rejected it \(invalid_auth\); create an app-level token/),
    ]);
  });

  it("stops with a message naming SLACK_APP_TOKEN when the token is rejected while reconnecting", async () => {
    fake = await startFakeSlack();
    const app = socketApp(fake, qa());
    running = await app.start();
    fake.openError = "invalid_auth";
    fake.dropSockets();
    await eventually(() => expect(app.fatal).toHaveLength(1));
    expect(app.fatal[0]!.problems[0]).toMatch(/^SLACK_APP_TOKEN: Slack rejected it while reconnecting \(invalid_auth\)/);
  });
});
