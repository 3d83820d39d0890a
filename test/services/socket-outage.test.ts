/**
 * The outage from the issue, in real time and with the production retry settings: the socket drops and
 * apps.connections.open answers 503 for 30 seconds. The app must reconnect by itself and answer the next
 * event. Slow (about 40 s), so it runs with the service tests rather than in `npm test`.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RunningSlack } from "../../src/slack/start-app.js";
import { jointResearch2011 } from "../slack/support/answers.js";
import { createFakeAnswerer } from "../slack/support/fake-answerer.js";
import { startFakeSlack, type FakeSlack } from "../slack/support/fake-slack.js";
import { socketApp } from "../slack/support/socket-app.js";

const OUTAGE_MS = 30_000;
let fake: FakeSlack;
let running: RunningSlack | undefined;
afterEach(async () => {
  await running?.stop();
  await fake.close();
});

describe("Socket Mode with the production retry settings", () => {
  it("survives a 30-second apps.connections.open outage with the socket dropped, reconnects and answers", async () => {
    fake = await startFakeSlack();
    const app = socketApp(fake, createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }), { fast: false });
    running = await app.start();
    const opened = fake.connectionsOpened;
    fake.outage = true;
    fake.dropSockets();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    const failedDuringOutage = fake.connectionsOpened - opened;
    fake.outage = false;
    await vi.waitFor(() => expect(app.slack.health.slack).toBe("connected"), { timeout: 60_000, interval: 200 });
    // The old setup gave up after 4 attempts and died; these kept going.
    expect(failedDuringOutage).toBeGreaterThan(4);
    fake.sendEvent(
      {
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> 2011年の共同研究件数",
        ts: "1700000001.000100",
        channel: "C1",
        event_ts: "1700000001.000100",
      },
      "EvAfter",
    );
    await vi.waitFor(() => expect(fake.posts).toHaveLength(1), { timeout: 10_000, interval: 50 });
    expect(app.fatal).toEqual([]);
  }, 120_000);
});
