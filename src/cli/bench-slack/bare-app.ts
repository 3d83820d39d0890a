/**
 * The baseline of `npm run bench:slack`: a bare Bolt app on the same HTTP receiver that answers every mention
 * with a fixed reply in its thread, doing no other work. Run as a child process with the bench's variables.
 */
import { App, LogLevel } from "@slack/bolt";
import { loadConfig } from "../../config/env.js";

const config = loadConfig();
if (config.mode !== "http") throw new Error("the bare app runs in HTTP mode: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
const app = new App({
  token: config.botToken,
  signingSecret: config.signingSecret,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: config.apiUrl },
});
app.event("app_mention", async ({ event, client }) => {
  await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, text: "ok" });
});
await app.start(config.port);
