/**
 * What /healthz reports: whether Slack is reachable for this process (auth.test passed in HTTP mode, the
 * socket connected in Socket Mode), whether Redis is shared or degraded, and how many questions wait.
 */
export type SlackLink = "starting" | "connected" | "disconnected";

export type Health = {
  slack: SlackLink;
  /** Set when REDIS_URL is: "ready" or the ioredis status (connecting, reconnecting…). */
  redis?: () => string;
  queueDepth?: () => number;
};

/**
 * The body and status of GET /healthz: 200 while Slack is connected (ready for traffic), 503 otherwise.
 * Redis being away is reported but keeps 200: the bot still answers, with per-process dedupe.
 * @example describeHealth({ slack: "connected" }) // { status: 200, body: { slack: "connected" } }
 */
export function describeHealth(health: Health): { status: number; body: Record<string, unknown> } {
  const body = {
    slack: health.slack,
    ...(health.redis ? { redis: health.redis() } : {}),
    ...(health.queueDepth ? { queue_depth: health.queueDepth() } : {}),
  };
  return { status: health.slack === "connected" ? 200 : 503, body };
}
