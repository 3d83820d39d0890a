/**
 * Prometheus metrics of the Slack service (served at /metrics). One registry per app instance, so that tests
 * and the side-by-side benchmark can run several instances in one process without sharing counters.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export type SlackMetrics = {
  registry: Registry;
  eventsReceived: Counter<"type">;
  ackSeconds: Histogram<"path">;
  answers: Counter<"status" | "intent">;
  answerSeconds: Histogram<"status">;
  queueDepth: Gauge;
  webApiErrors: Counter<"method" | "code">;
  dedupeHits: Counter<"store">;
};

// Slack retries an event not acked within 3 s: the buckets around that line are the ones that matter.
const ACK_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];
const ANSWER_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * @example const metrics = createMetrics(); metrics.eventsReceived.inc({ type: "app_mention" })
 */
export function createMetrics(options: { processMetrics?: boolean } = {}): SlackMetrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: "sangaku_" });
  const registers = [registry];
  return {
    registry,
    eventsReceived: new Counter({
      name: "sangaku_events_received_total",
      help: "Slack requests received, by type (event type, command, action)",
      labelNames: ["type"],
      registers,
    }),
    ackSeconds: new Histogram({
      name: "sangaku_ack_seconds",
      help: "Time from receiving a Slack request to its HTTP response (the ack)",
      labelNames: ["path"],
      buckets: ACK_BUCKETS,
      registers,
    }),
    answers: new Counter({
      name: "sangaku_answers_total",
      help: "Answers computed, by status and intent",
      labelNames: ["status", "intent"],
      registers,
    }),
    answerSeconds: new Histogram({
      name: "sangaku_answer_seconds",
      help: "Time to an answer, queue wait included",
      labelNames: ["status"],
      buckets: ANSWER_BUCKETS,
      registers,
    }),
    queueDepth: new Gauge({ name: "sangaku_answer_queue_depth", help: "Questions waiting for an answering thread", registers }),
    webApiErrors: new Counter({
      name: "sangaku_web_api_errors_total",
      help: "Failed Slack Web API calls and response_url posts, by method and error code",
      labelNames: ["method", "code"],
      registers,
    }),
    dedupeHits: new Counter({
      name: "sangaku_dedupe_hits_total",
      help: "Events dropped as already handled, by store (redis or memory)",
      labelNames: ["store"],
      registers,
    }),
  };
}
