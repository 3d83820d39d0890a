/**
 * `npm start`: without Slack credentials, a local console; with them, the Slack bot in the configured mode.
 * Start-up errors are the operator's to fix: printed as one readable message, exit code 1, no stack.
 */
import { ConfigError } from "./config/config-error.js";
import { describeSlackSetup, loadConfig, type Config, type SlackConfig } from "./config/env.js";
import { runConsole } from "./console/run-console.js";
import { KnowledgeError } from "./knowledge/knowledge-error.js";
import { createAnswerer } from "./qa/index.js";
import { createJsonLogger } from "./slack/logger.js";
import { createSlackApp, startSlackApp } from "./slack/index.js";

try {
  const config = loadConfig();
  const qa = createAnswerer();
  if (config.mode === "console") {
    process.stderr.write(describeSlackSetup());
    await runConsole(qa, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
  } else {
    await runSlack(config, qa);
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    process.stderr.write(`sangaku cannot start: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

async function runSlack(config: SlackConfig, qa: ReturnType<typeof createAnswerer>): Promise<void> {
  const logger = createJsonLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const { app } = createSlackApp(config, { qa, logger });
  await startSlackApp(app, config, logger);
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    try {
      await app.stop();
      process.exit(0);
    } catch (error) {
      logger.error("shutdown failed", error instanceof Error ? error : new Error(String(error)));
      process.exit(1);
    }
  };
  process.once("SIGTERM", (signal) => void stop(signal));
  process.once("SIGINT", (signal) => void stop(signal));
}

function secretsOf(config: Config): string[] {
  if (config.mode === "console") return [];
  return [config.botToken, config.mode === "http" ? config.signingSecret : config.appToken, ...(config.mode === "socket" && config.signingSecret ? [config.signingSecret] : [])];
}
