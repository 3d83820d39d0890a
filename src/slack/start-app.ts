/**
 * Starting the app: auth.test (a rejected bot token stops start-up with a readable message), then our HTTP
 * server around the receiver (HTTP mode) or the socket (Socket Mode, kept up by keep-socket-up.ts).
 * Every failure an operator can fix becomes a ConfigError naming the variable.
 */
import { HTTPReceiver, type SocketModeReceiver } from "@slack/bolt";
import type { Server } from "node:http";
import { ConfigError } from "../config/config-error.js";
import type { SlackConfig } from "../config/env.js";
import { describeSlackError } from "./describe-slack-error.js";
import type { SlackApp } from "./index.js";
import { startHttpServer } from "./service/http-server.js";
import { keepSocketModeUp, type KeepSocketUpOptions } from "./service/keep-socket-up.js";
import { stopFor } from "./service/guard-process.js";

export type RunningSlack = { server?: Server; stop(): Promise<void> };
export type StartOptions = Partial<Pick<KeepSocketUpOptions, "onFatal" | "backoffMs">>;

const REJECTED_TOKEN = new Set(["invalid_auth", "not_authed", "account_inactive", "token_revoked"]);

/**
 * Resolves once Slack traffic can flow; `server` is the HTTP server when one listens (its address has the
 * port when PORT=0).
 * @example const running = await startSlackApp(slack, config); … await running.stop()
 */
export async function startSlackApp(slack: SlackApp, config: SlackConfig, options: StartOptions = {}): Promise<RunningSlack> {
  const { app, receiver, deps, health } = slack;
  await initOrExplain(slack, config);
  const { port } = config;
  let server: Server | undefined;
  if (receiver instanceof HTTPReceiver) {
    server = await startHttpServer({ port: port!, health, metrics: deps.metrics, slack: receiver.requestListener });
    health.slack = "connected";
  } else {
    keepSocketModeUp(receiver.client, {
      logger: deps.logger,
      health,
      onFatal: options.onFatal ?? ((error) => stopFor(error)),
      ...(options.backoffMs ? { backoffMs: options.backoffMs } : {}),
    });
    await connectSocketOrExplain(receiver, config);
    if (port !== undefined) server = await startHttpServer({ port, health, metrics: deps.metrics });
  }
  const address = server?.address();
  deps.logger.info("sangaku is listening to Slack", {
    mode: config.mode,
    ...(address && typeof address === "object" ? { port: address.port } : {}),
  });
  return {
    ...(server ? { server } : {}),
    async stop() {
      if (!(receiver instanceof HTTPReceiver)) await app.stop();
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function initOrExplain({ app }: SlackApp, config: SlackConfig): Promise<void> {
  try {
    await app.init();
  } catch (error) {
    const { slackError, message } = describeSlackError(error);
    if (slackError && REJECTED_TOKEN.has(slackError)) {
      throw new ConfigError([
        `SLACK_BOT_TOKEN: Slack rejected it (${slackError}); copy the Bot User OAuth Token again from OAuth & Permissions, and reinstall the app if it was revoked`,
      ]);
    }
    throw new ConfigError([
      `SLACK_API_URL: auth.test at ${config.apiUrl} failed (${slackError ?? message}); check the network or proxy, and that this is the Slack Web API's base URL`,
    ]);
  }
}

async function connectSocketOrExplain(receiver: SocketModeReceiver, config: SlackConfig): Promise<void> {
  try {
    await receiver.start();
  } catch (error) {
    const { slackError, message } = describeSlackError(error);
    if (slackError && (REJECTED_TOKEN.has(slackError) || slackError === "not_allowed_token_type")) {
      throw new ConfigError([
        `SLACK_APP_TOKEN: Slack rejected it (${slackError}); create an app-level token with the connections:write scope (Basic Information › App-Level Tokens) and set it, starting with xapp-`,
      ]);
    }
    throw new ConfigError([
      `SLACK_API_URL: apps.connections.open at ${config.apiUrl} failed (${slackError ?? message}); check the network or proxy, then start again`,
    ]);
  }
}
