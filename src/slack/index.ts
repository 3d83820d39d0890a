/**
 * Every Slack listener, registered in one place. Listeners stay thin: parse → call the core → render.
 */
import type { App, Logger, webApi } from "@slack/bolt";
import type { SlackConfig } from "../config/env.js";
import type { Answerer } from "../qa/index.js";
import { registerClarifyOption } from "./actions/clarify-option.js";
import { registerFeedback } from "./actions/feedback.js";
import { registerPostToChannel } from "./actions/post-to-channel.js";
import { registerShowSource } from "./actions/show-source.js";
import { createAssistant } from "./assistant/create-assistant.js";
import { registerSangakuCommand } from "./commands/sangaku.js";
import { dedupeEvents } from "./dedupe-events.js";
import type { SlackDeps } from "./deps.js";
import { registerAppHomeOpened } from "./events/app-home-opened.js";
import { registerAppMention } from "./events/app-mention.js";
import { registerDirectMessage } from "./messages/direct-message.js";
import { buildBoltApp } from "./create-app.js";
import { createThreadTopics } from "./thread-topics.js";

export { startSlackApp } from "./start-app.js";
export type { SlackDeps } from "./deps.js";

export type CreateSlackAppOptions = { qa: Answerer; logger: Logger; retryConfig?: webApi.RetryOptions };

/**
 * The Bolt app for the configured mode with every listener registered, and the dependencies they share.
 * @example const { app } = createSlackApp(config, { qa: createAnswerer(), logger }); await startSlackApp(app, config, logger)
 */
export function createSlackApp(config: SlackConfig, options: CreateSlackAppOptions): { app: App; deps: SlackDeps } {
  const app = buildBoltApp(config, options);
  const deps: SlackDeps = { qa: options.qa, topics: createThreadTopics(), logger: options.logger };
  registerListeners(app, deps);
  return { app, deps };
}

/**
 * Registers the middleware and listeners on an app. Order matters: duplicates are dropped before the
 * assistant middleware, which otherwise consumes threaded DM messages before any listener sees them.
 * @example registerListeners(app, { qa, topics: createThreadTopics(), logger })
 */
export function registerListeners(app: App, deps: SlackDeps): void {
  app.use(dedupeEvents(deps.logger));
  app.assistant(createAssistant(deps));
  registerAppMention(app, deps);
  registerAppHomeOpened(app, deps);
  registerDirectMessage(app, deps);
  registerSangakuCommand(app, deps);
  registerClarifyOption(app, deps);
  registerShowSource(app, deps);
  registerFeedback(app, deps);
  registerPostToChannel(app, deps);
  app.error(async (error) => {
    // Listeners handle their own failures; this is the last net (a bug), logged without the request body.
    deps.logger.error("unhandled error in a Slack listener", error);
  });
}
