/**
 * The main thread's warm-up: every mention is answered through a second app, and nothing reaches the Web API
 * the real app is configured with, nor the real app's answer source beyond the questions themselves.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig, type HttpConfig } from "../../src/config/env.js";
import { createJsonLogger } from "../../src/slack/logger.js";
import { warmUpRequests } from "../../src/slack/warm-up-requests.js";
import { createFakeAnswerer, overview } from "./support/fake-answerer.js";
import { SIGNING_SECRET } from "./support/slack-request.js";

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

// The Web API the real app would call: any request reaching it is a leak.
async function realWebApi(): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, requests };
}

describe("warmUpRequests", () => {
  it("answers every mention through a stand-in Web API, asking the core's own example questions", async () => {
    const real = await realWebApi();
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1-2",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: real.url,
      PORT: "0",
    }) as HttpConfig;
    const qa = createFakeAnswerer({});
    const lines: string[] = [];
    const logger = createJsonLogger({ write: (line) => lines.push(line) });
    const answered = await warmUpRequests(config, qa, { events: 30, concurrency: 4, logger, timeoutMs: 10_000 });
    expect(answered).toBe(30);
    expect(real.requests).toEqual([]);
    const asked = new Set(qa.calls.map((call) => call.question));
    const known = [...overview.examples, ...overview.suggestions.ja, ...overview.suggestions.en];
    expect([...asked].every((question) => known.includes(question))).toBe(true);
    // Each distinct question is computed once (the warm-up's own cache), and the info lines are not logged.
    expect(qa.calls.length).toBe(asked.size);
    expect(lines.filter((line) => line.includes('"level":"info"'))).toEqual([]);
  });
});
