/**
 * What every listener needs besides Bolt's arguments: where answers come from (the worker pool), the shared
 * state (thread topics, handled events), the logger and metrics, how hard to try a response_url, and the kept
 * question log with who may read its report.
 */
import type { Logger } from "@slack/bolt";
import type { Store } from "../store/types.js";
import type { ChartRenderer } from "./chart-renderer.js";
import type { AnswerSource } from "./pool/answer-source.js";
import type { SlackMetrics } from "./service/metrics.js";
import type { EventDedupe } from "./state/event-dedupe.js";
import type { TopicStore } from "./state/topic-store.js";

export type SlackDeps = {
  qa: AnswerSource;
  topics: TopicStore;
  dedupe: EventDedupe;
  logger: Logger;
  metrics: SlackMetrics;
  /** Waits before each retry of a failed response_url post (429, 5xx, network); its length bounds the attempts. */
  respondDelaysMs: readonly number[];
  /** The question log and feedback (src/store/); absent, nothing is kept. */
  store?: Store | undefined;
  /** ADMIN_USER_IDS: who sees the owner's report in App Home. */
  adminUserIds: readonly string[];
  /** Draws answers' charts (the chart thread in production); absent, drawn in this process (post-chart.ts). */
  charts?: ChartRenderer | undefined;
};
