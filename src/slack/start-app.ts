/**
 * Starting the app: auth.test (a rejected token stops start-up with a readable message), then the receiver.
 */
import type { App, Logger } from "@slack/bolt";
import type { Server } from "node:http";
import { ConfigError } from "../config/config-error.js";
import type { SlackConfig } from "../config/env.js";
import { describeSlackError } from "./describe-slack-error.js";

/**
 * Resolves with the HTTP server in HTTP mode (its address has the port when PORT=0), undefined in Socket Mode.
 * @example const server = await startSlackApp(app, config, logger)
 */
export async function startSlackApp(app: App, config: SlackConfig, logger: Logger): Promise<Server | undefined> {
  try {
    await app.init();
  } catch (error) {
    const { slackError, message } = describeSlackError(error);
    if (slackError === "invalid_auth" || slackError === "not_authed" || slackError === "account_inactive" || slackError === "token_revoked") {
      throw new ConfigError([`SLACK_BOT_TOKEN: Slack rejected it (${slackError}); copy the Bot User OAuth Token again from OAuth & Permissions, and reinstall the app if it was revoked`]);
    }
    throw new ConfigError([`SLACK_API_URL: auth.test at ${config.apiUrl} failed (${slackError ?? message}); check the network or proxy, and that this is the Slack Web API's base URL`]);
  }
  const started = config.mode === "http" ? await app.start(config.port) : await app.start();
  const server = config.mode === "http" ? (started as Server) : undefined;
  const address = server?.address();
  logger.info("sangaku is listening to Slack", { mode: config.mode, ...(address && typeof address === "object" ? { port: address.port, path: "/slack/events" } : {}) });
  return server;
}
