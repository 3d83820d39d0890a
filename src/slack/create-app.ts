/**
 * Builds the Bolt app for the configured mode: HTTP (Events API at /slack/events, signatures verified) or
 * Socket Mode (SLACK_APP_TOKEN). Nothing is started here; see start-app.ts.
 */
import { App, HTTPReceiver, SocketModeReceiver, type Logger, type LogLevel, type webApi } from "@slack/bolt";
import type { SlackConfig } from "../config/env.js";

/**
 * Retries fit for chat: 429 (after its Retry-After), 5xx and timeouts are retried at most 3 times within
 * about a minute; an answer later than that is worse than none. Permanent errors are not retried.
 */
export const CHAT_RETRY_POLICY = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 15_000, maxRetryTime: 60_000, randomize: true };
/** One Web API request may take this long before it is aborted (and retried). */
export const REQUEST_TIMEOUT_MS = 10_000;

export type BuildOptions = {
  logger: Logger;
  retryConfig?: webApi.RetryOptions;
  /**
   * Socket Mode client settings, for tests: apps.connections.open retries (by default the client's own, which
   * keep trying; never the chat policy) and the ping timeout, which also paces its reconnects.
   */
  socket?: { retryConfig?: webApi.RetryOptions; clientPingTimeoutMs?: number };
};

/**
 * The receiver for the mode. In HTTP mode its requestListener is served by our own server (start-app.ts).
 * @example const receiver = buildReceiver(config, { logger })
 */
export function buildReceiver(config: SlackConfig, options: BuildOptions): HTTPReceiver | SocketModeReceiver {
  const { logger } = options;
  const logLevel = config.logLevel as LogLevel;
  if (config.mode === "http")
    return new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: "/slack/events",
      processBeforeResponse: false,
      logger,
      logLevel,
    });
  // A fresh object: the Socket Mode client writes its default retry policy into the options it is given, and a
  // chat policy here (4 attempts) turned a 30-second apps.connections.open outage into a dead process.
  const { retryConfig, clientPingTimeoutMs } = options.socket ?? {};
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    timeout: REQUEST_TIMEOUT_MS,
    ...(retryConfig ? { retryConfig } : {}),
  };
  return new SocketModeReceiver({
    appToken: config.appToken,
    logger,
    logLevel,
    installerOptions: { clientOptions },
    ...(clientPingTimeoutMs ? { clientPingTimeout: clientPingTimeoutMs } : {}),
  });
}

/**
 * A Bolt app without listeners. Initialization (auth.test) is deferred to start-up so that a rejected token
 * is reported there, once, instead of failing every event.
 * @example const app = buildBoltApp(config, { logger })
 */
export function buildBoltApp(config: SlackConfig, options: BuildOptions, receiver = buildReceiver(config, options)): App {
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: options.retryConfig ?? CHAT_RETRY_POLICY,
    timeout: REQUEST_TIMEOUT_MS,
  };
  const logLevel = config.logLevel as LogLevel;
  // Passing logLevel as well: Bolt resets a given logger to its own default level (info) otherwise.
  // convoStore false: no listener uses Bolt's conversation context (context.conversation); its default
  // middleware looked every event's channel up in memory and built an Error ("Conversation not found") each time.
  return new App({
    token: config.botToken,
    receiver,
    logger: options.logger,
    logLevel,
    clientOptions,
    deferInitialization: true,
    convoStore: false,
  });
}
