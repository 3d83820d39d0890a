/**
 * Socket Mode that survives outages. The Socket Mode client reconnects by itself when the socket drops, but
 * when apps.connections.open then fails for good (a 503 outage outlasting its retries) its reconnect rejects
 * with no handler and the process dies. Here a failed reconnect is logged and tried again with backoff, for
 * as long as it takes; only a rejected app token (no retry can fix it) stops the process, with a message.
 */
import type { SocketModeClient } from "@slack/socket-mode";
import type { Logger } from "@slack/bolt";
import { ConfigError } from "../../config/config-error.js";
import { describeSlackError } from "../describe-slack-error.js";
import type { Health } from "./health.js";

export type KeepSocketUpOptions = {
  logger: Logger;
  health: Health;
  /** Called when the app token is rejected while running: the caller logs and exits. */
  onFatal: (error: ConfigError) => void;
  /** Wait before reconnect attempt n (1, 2, …) after a failed one; 5 s doubling up to a minute by default. */
  backoffMs?: (attempt: number) => number;
};

type Started = Awaited<ReturnType<SocketModeClient["start"]>>;
// Left pending on purpose: the process is exiting or the client is stopping, so no reconnect follows.
const settleNever = () => new Promise<Started>(() => {});

const REJECTED_TOKEN = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "user_removed_from_team",
  "team_disabled",
]);

/**
 * @example keepSocketModeUp(receiver.client, { logger, health, onFatal: (e) => exitWith(e) })
 */
export function keepSocketModeUp(client: SocketModeClient, options: KeepSocketUpOptions): void {
  const { logger, health } = options;
  const backoffMs = options.backoffMs ?? ((n: number) => Math.min(5000 * 2 ** (n - 1), 60_000));
  let connectedOnce = false;
  let stopping = false;
  let failures = 0;
  client.on("connected", () => {
    logger.info(connectedOnce ? "Socket Mode reconnected" : "Socket Mode connected", failures ? { failed_attempts: failures } : {});
    connectedOnce = true;
    failures = 0;
    health.slack = "connected";
  });
  client.on("close", () => {
    if (stopping) return;
    health.slack = "disconnected";
    logger.warn("Socket Mode connection dropped; reconnecting");
  });
  client.on("reconnecting", () => logger.info("Socket Mode reconnecting"));
  client.on("disconnecting", () => (stopping = true));
  const start = client.start.bind(client);
  // Reassigned on the instance: the client's own reconnect calls this.start, so failures land here.
  client.start = async function startOrRetry(): Promise<Started> {
    try {
      return await start();
    } catch (error) {
      if (!connectedOnce || stopping) throw error; // at start-up the caller reports it as a start-up error
      const described = describeSlackError(error);
      if (described.slackError && REJECTED_TOKEN.has(described.slackError)) {
        options.onFatal(
          new ConfigError([
            `SLACK_APP_TOKEN: Slack rejected it while reconnecting (${described.slackError}); create a new app-level token with connections:write (Basic Information › App-Level Tokens)`,
          ]),
        );
        return settleNever();
      }
      failures += 1;
      const waitMs = backoffMs(failures);
      logger.error("Socket Mode reconnect failed; trying again", { attempt: failures, retry_in_ms: waitMs, ...described });
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      return stopping ? settleNever() : startOrRetry();
    }
  };
}
