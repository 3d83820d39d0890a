/**
 * The service's HTTP surface besides Slack's requests: /metrics in Prometheus format counting what happened,
 * and a port already in use reported as the operator's mistake, naming PORT.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/config-error.js";
import { startHttpServer } from "../../../src/slack/service/http-server.js";
import { createMetrics } from "../../../src/slack/service/metrics.js";
import { jointResearch2011 } from "../support/answers.js";
import { eventually } from "../support/eventually.js";
import { createFakeAnswerer } from "../support/fake-answerer.js";
import { startTestApp, type TestApp } from "../support/test-app.js";
import { mockApi } from "../support/web-api-mock.js";

let t: TestApp | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const mention = (channel: string, ts: string) => ({
  type: "app_mention",
  user: "U1",
  text: "<@UBOT> 2011年の共同研究件数",
  ts,
  channel,
  event_ts: ts,
});

describe("/metrics", () => {
  it("counts events, acks by latency bucket, answers by status and intent, dedupe hits and Web API errors", async () => {
    t = await startTestApp(createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 }));
    mockApi("chat.postMessage", { body: { ok: false, error: "channel_not_found" } }, {});
    await t.sendEvent(mention("CGONE", "1700000000.000100"), "Ev1");
    await t.sendEvent(mention("CGONE", "1700000000.000100"), "Ev1", { retryNum: 1 });
    await eventually(() => expect(t!.logs.filter((l) => l.msg === "answered" || l.msg === "duplicate event ignored")).toHaveLength(2));
    const res = await fetch(new URL("/metrics", t.url));
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('sangaku_events_received_total{type="app_mention"} 2');
    expect(text).toContain('sangaku_answers_total{status="answered",intent="indicator-value"} 1');
    expect(text).toContain('sangaku_dedupe_hits_total{store="memory"} 1');
    expect(text).toContain('sangaku_web_api_errors_total{method="chat.postMessage",code="channel_not_found"} 1');
    expect(text).toContain('sangaku_ack_seconds_bucket{le="3",path="/slack/events"} 2');
    expect(text).toContain("sangaku_answer_queue_depth 0");
  });
});

describe("listening", () => {
  it("reports a port already in use as a ConfigError naming PORT and the fix", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const failure = await startHttpServer({ port, health: { slack: "starting" }, metrics: createMetrics() }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(ConfigError);
      expect((failure as ConfigError).problems).toEqual([
        `PORT: port ${port} is already in use by another process; stop that process or set PORT to a free port`,
      ]);
    } finally {
      taken.close();
    }
  });

  it("answers /healthz with 503 until Slack is connected, with Redis and queue state when known", async () => {
    const health = { slack: "starting" as const, redis: () => "reconnecting", queueDepth: () => 3 };
    const server = await startHttpServer({ port: 0, health, metrics: createMetrics() });
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`);
      expect([res.status, await res.json()]).toEqual([503, { slack: "starting", redis: "reconnecting", queue_depth: 3 }]);
    } finally {
      server.close();
    }
  });
});
