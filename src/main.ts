/**
 * `npm start`: without Slack credentials, a local console; with them, the Slack bot in the configured mode.
 * Start-up errors are the operator's to fix: printed as one readable message, exit code 1, no stack.
 */
import { ConfigError } from "./config/config-error.js";
import { describeSlackSetup, loadConfig } from "./config/env.js";
import { runConsole } from "./console/run-console.js";
import { KnowledgeError } from "./knowledge/knowledge-error.js";
import { createAnswerer } from "./qa/index.js";
import { runSlack } from "./slack/run-slack.js";

try {
  const config = loadConfig();
  if (config.mode === "console") {
    process.stderr.write(describeSlackSetup());
    await runConsole(createAnswerer(), { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true });
  } else {
    await runSlack(config);
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    process.stderr.write(`sangaku cannot start: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
