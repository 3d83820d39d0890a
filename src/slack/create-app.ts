/**
 * Builds the Bolt app for the configured mode: HTTP (Events API on PORT at /slack/events, signatures
 * verified) or Socket Mode (SLACK_APP_TOKEN). Nothing is started here; see start-app.ts.
 */
import { App, HTTPReceiver, SocketModeReceiver, type Logger, type LogLevel, type Receiver, type webApi } from "@slack/bolt";
import type { SlackConfig } from "../config/env.js";

/**
 * Retries fit for chat: 429 (after its Retry-After), 5xx and timeouts are retried at most 3 times within
 * about a minute; an answer later than that is worse than none. Permanent errors are not retried.
 */
export const CHAT_RETRY_POLICY = { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 15_000, maxRetryTime: 60_000, randomize: true };
/** One Web API request may take this long before it is aborted (and retried). */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * A Bolt app without listeners. Initialization (auth.test) is deferred to start-up so that a rejected token
 * is reported there, once, instead of failing every event.
 * @example const app = buildBoltApp(config, { logger })
 */
export function buildBoltApp(config: SlackConfig, options: { logger: Logger; retryConfig?: webApi.RetryOptions }): App {
  const { logger } = options;
  const logLevel = config.logLevel as LogLevel;
  const clientOptions: webApi.WebClientOptions = { slackApiUrl: config.apiUrl, retryConfig: options.retryConfig ?? CHAT_RETRY_POLICY, timeout: REQUEST_TIMEOUT_MS };
  const receiver: Receiver = config.mode === "http"
    ? new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: "/slack/events", port: config.port, processBeforeResponse: false, logger, logLevel, customRoutes: [healthRoute] })
    // The Socket Mode client takes its Web API options (apps.connections.open) from installerOptions.
    : new SocketModeReceiver({ appToken: config.appToken, logger, logLevel, installerOptions: { clientOptions } });
  // Passing logLevel as well: Bolt resets a given logger to its own default level (info) otherwise.
  return new App({ token: config.botToken, receiver, logger, logLevel, clientOptions, deferInitialization: true });
}

// GET /healthz for load balancers and uptime checks; it says nothing about the configuration.
const healthRoute = { path: "/healthz", method: ["GET"], handler: (_req: unknown, res: { writeHead(status: number, headers: Record<string, string>): void; end(body: string): void }) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.end("ok");
} };
