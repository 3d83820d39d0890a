/**
 * Warm-up of the thread that acks, before the server listens: signed mentions of the core's own example
 * questions are sent through a second app built like the real one (same receiver, middleware, listeners,
 * rendering and Web API client) whose Web API is a local stand-in on 127.0.0.1. V8 compiles code as it runs
 * hot, so without this the first few hundred events after a start ran Bolt, the HTTP stack and our listeners
 * unoptimized and made the compiler threads busy beside the acks (measured: the same 600 cached mentions cost
 * 1.36 s of the main thread's CPU the first time, 1.13 s the second and 0.97 s the third, as much as a bare
 * Bolt app's). Nothing reaches Slack, the question log, the real answer cache or the real metrics: the second
 * app gets its own memory stores, metrics registry and cache, no store, and no charts. The answering threads
 * are already warm (answer-worker.ts); they answer these questions again in a few ms each.
 */
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "@slack/bolt";
import type { HttpConfig } from "../config/env.js";
import { createSlackApp, startSlackApp } from "./index.js";
import { createJsonLogger } from "./logger.js";
import { cacheAnswers } from "./pool/cache-answers.js";
import type { AnswerSource } from "./pool/answer-source.js";

export type WarmUpOptions = {
  /** Mentions sent; a few hundred reach the code's optimized tiers (see the figures above). */
  events: number;
  concurrency: number;
  /** The process's logger: the second app's warnings and errors go to it, its info lines nowhere. */
  logger: Logger;
  /** Given up after this long: a warm-up is never worth a stuck start. */
  timeoutMs: number;
};

// Ids the stand-in Web API hands out; nothing outside this process ever sees them.
const STAND_IN = { user_id: "UWARMUP", bot_id: "BWARMUP", team_id: "TWARMUP", channel: "CWARMUP", ts: "1.000001" };

/**
 * Resolves how many of the sent mentions were answered (posted to the stand-in) once all were, or at the timeout.
 * @example await warmUpRequests(config, pool, { events: 600, concurrency: 25, logger, timeoutMs: 20_000 }) // 600
 */
export async function warmUpRequests(config: HttpConfig, qa: AnswerSource, options: WarmUpOptions): Promise<number> {
  const standIn = await startStandInWebApi();
  const local: HttpConfig = { ...config, apiUrl: standIn.url, port: 0 };
  const slack = createSlackApp(local, {
    qa: cacheAnswers(qa, options.events),
    logger: quietLogger(options.logger, config),
    charts: async () => undefined,
  });
  const running = await startSlackApp(slack, local);
  try {
    const { port } = running.server!.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/slack/events`;
    const overview = qa.overview();
    const questions = [...overview.examples, ...overview.suggestions.ja, ...overview.suggestions.en];
    const deadline = performance.now() + options.timeoutMs;
    let next = 0;
    const sender = async () => {
      for (let i = next++; i < options.events && performance.now() < deadline; i = next++) {
        await sendMention(url, config.signingSecret, questions[i % questions.length]!, i);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, sender));
    // Acks come before the answers: wait for the posts too, which is where most of the work is.
    while (standIn.posted() < options.events && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return standIn.posted();
  } finally {
    await running.stop();
    await standIn.close();
  }
}

async function sendMention(url: string, secret: string, question: string, index: number): Promise<void> {
  const ts = `1700000000.${String(index).padStart(6, "0")}`;
  const body = JSON.stringify({
    team_id: STAND_IN.team_id,
    api_app_id: "AWARMUP",
    type: "event_callback",
    event_id: `EvWarmUp${index}`,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: STAND_IN.team_id, user_id: STAND_IN.user_id, is_bot: true }],
    event: {
      type: "app_mention",
      user: "UWARMUPASKER",
      text: `<@${STAND_IN.user_id}> ${question}`,
      ts,
      channel: STAND_IN.channel,
      event_ts: ts,
    },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-slack-signature": signature, "x-slack-request-timestamp": String(timestamp) },
    body,
  });
  await response.arrayBuffer();
}

// Every Web API method succeeds with the same ids; chat.postMessage calls are counted.
async function startStandInWebApi(): Promise<{ url: string; posted(): number; close(): Promise<void> }> {
  let posted = 0;
  const reply = JSON.stringify({ ok: true, ...STAND_IN });
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.url?.endsWith("/chat.postMessage")) posted += 1;
      res.writeHead(200, { "content-type": "application/json" }).end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    posted: () => posted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// The same JSON logger as the real app's (its code is part of what is warmed up); only warnings and errors are kept.
function quietLogger(logger: Logger, config: HttpConfig): Logger {
  return createJsonLogger({
    level: "info",
    secrets: [config.botToken, config.signingSecret],
    write: (line) => {
      const level = /"level":"(\w+)"/.exec(line)?.[1];
      if (level === "warn") logger.warn("warm-up:", line.trim());
      else if (level === "error") logger.error("warm-up:", line.trim());
    },
  });
}
