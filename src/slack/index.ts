/**
 * Every Slack listener, registered in one place. Listeners stay thin: parse → get the Answer (askCore, through
 * the worker pool) → deliver it (deliver-answer.ts, or respond for /sangaku and buttons).
 */
import type { App, HTTPReceiver, Logger, SocketModeReceiver } from "@slack/bolt";
import type { SlackConfig } from "../config/env.js";
import { registerAnswerFeedback } from "./actions/answer-feedback.js";
import { registerClarifyOption } from "./actions/clarify-option.js";
import { registerFeedback } from "./actions/feedback.js";
import { registerHomeExample } from "./actions/home-example.js";
import { registerPostToChannel } from "./actions/post-to-channel.js";
import { registerShowSource } from "./actions/show-source.js";
import { createAssistant } from "./assistant/create-assistant.js";
import { registerSangakuCommand } from "./commands/sangaku.js";
import type { ChartRenderer } from "./chart-renderer.js";
import { countRequests } from "./count-requests.js";
import { buildBoltApp, buildReceiver, type BuildOptions } from "./create-app.js";
import { dedupeEvents } from "./dedupe-events.js";
import type { SlackDeps } from "./deps.js";
import { registerAppHomeOpened } from "./events/app-home-opened.js";
import { registerAppMention } from "./events/app-mention.js";
import { registerDirectMessage } from "./messages/direct-message.js";
import type { AnswerSource } from "./pool/answer-source.js";
import type { Store } from "../store/types.js";
import type { Health } from "./service/health.js";
import { createMetrics, type SlackMetrics } from "./service/metrics.js";
import { createMemoryDedupe, type EventDedupe } from "./state/event-dedupe.js";
import { createMemoryTopics, type TopicStore } from "./state/topic-store.js";
import { registerFeedbackReason } from "./views/feedback-reason.js";

export { startSlackApp } from "./start-app.js";
export type { SlackDeps } from "./deps.js";

export type CreateSlackAppOptions = BuildOptions & {
  qa: AnswerSource;
  logger: Logger;
  metrics?: SlackMetrics;
  /** Shared stores (Redis) for replicas; one process's memory by default. */
  dedupe?: EventDedupe;
  topics?: TopicStore;
  respondDelaysMs?: readonly number[];
  health?: Health;
  store?: Store;
  /** The chart renderer (drawing in the chart thread); by default charts are drawn in this process. */
  charts?: ChartRenderer;
};

export type SlackApp = { app: App; receiver: HTTPReceiver | SocketModeReceiver; deps: SlackDeps; health: Health };

// response_url retries: 1 s, 5 s, 30 s, 2 min; well within Slack's 30 minutes, few enough to stay polite.
const RESPOND_DELAYS_MS = [1000, 5000, 30_000, 120_000];

/**
 * The Bolt app for the configured mode with every listener registered, and the dependencies they share.
 * @example const slack = createSlackApp(config, { qa: pool, logger }); await startSlackApp(slack, config)
 */
export function createSlackApp(config: SlackConfig, options: CreateSlackAppOptions): SlackApp {
  const receiver = buildReceiver(config, options);
  const app = buildBoltApp(config, options, receiver);
  const deps: SlackDeps = {
    qa: options.qa,
    logger: options.logger,
    metrics: options.metrics ?? createMetrics(),
    topics: options.topics ?? createMemoryTopics(),
    dedupe: options.dedupe ?? createMemoryDedupe(),
    respondDelaysMs: options.respondDelaysMs ?? RESPOND_DELAYS_MS,
    store: options.store,
    adminUserIds: config.adminUserIds,
    charts: options.charts,
  };
  registerListeners(app, deps);
  return { app, receiver, deps, health: options.health ?? { slack: "starting" } };
}

/**
 * Registers the middleware and listeners on an app. Order matters: duplicates are dropped before the
 * assistant middleware, which otherwise consumes threaded DM messages before any listener sees them.
 * @example registerListeners(app, deps)
 */
export function registerListeners(app: App, deps: SlackDeps): void {
  app.use(countRequests(deps.metrics));
  app.use(dedupeEvents(deps));
  app.assistant(createAssistant(deps));
  registerAppMention(app, deps);
  registerAppHomeOpened(app, deps);
  registerDirectMessage(app, deps);
  registerSangakuCommand(app, deps);
  registerClarifyOption(app, deps);
  registerShowSource(app, deps);
  registerFeedback(app, deps);
  registerAnswerFeedback(app, deps);
  registerHomeExample(app, deps);
  registerFeedbackReason(app, deps);
  registerPostToChannel(app, deps);
  app.error(async (error) => {
    // Listeners handle their own failures; this is the last net (a bug), logged without the request body.
    deps.logger.error("unhandled error in a Slack listener", error);
  });
}
