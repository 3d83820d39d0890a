/**
 * The only place that reads process.env. Parsed once at start-up into a Config whose `mode` says how to run:
 * no Slack credentials at all → a local console; SLACK_APP_TOKEN → Socket Mode; otherwise → HTTP (Events API).
 */
import { availableParallelism } from "node:os";
import { z } from "zod";
import { ConfigError } from "./config-error.js";

export type LogLevelName = "debug" | "info" | "warn" | "error";
/** Where the question log and feedback are kept (see docs/operations.md): a SQLite file under dataDir, or PostgreSQL. */
export type StoreConfig = { dataDir: string; databaseUrl?: string; retentionDays: number };
type Common = { logLevel: LogLevelName; apiUrl: string; store: StoreConfig };
/** How answers are computed off the request path, and where replicas share state (see docs/operations.md). */
export type ServiceConfig = {
  answerThreads: number;
  answerQueueMax: number;
  answerCacheMax: number;
  redisUrl?: string;
  adminUserIds: string[];
};
export type ConsoleConfig = Common & { mode: "console" };
export type HttpConfig = Common & ServiceConfig & { mode: "http"; botToken: string; signingSecret: string; port: number };
/** `port` is set only when PORT is: Socket Mode needs no listening port, but can serve /healthz and /metrics on one. */
export type SocketConfig = Common &
  ServiceConfig & { mode: "socket"; botToken: string; appToken: string; signingSecret?: string; port?: number };
export type SlackConfig = HttpConfig | SocketConfig;
export type Config = ConsoleConfig | SlackConfig;

// An empty value (`SLACK_APP_TOKEN=` in a .env file) means "not set", not "malformed".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

// A value pasted with a space or line break around it would otherwise be reported as malformed, which misleads.
const unpadded = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .refine((v) => v === v.trim(), {
      error: "has spaces or a line break around the value; remove them (copying from a web page often adds them)",
      abort: true,
    })
    .pipe(schema);
const count = (what: string, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number of ${what}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, `must be between 1 and ${max} ${what}`);

// The messages never interpolate the received value: a token pasted into the wrong variable must not reach a log.
const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(
    unpadded(
      z.string().regex(/^xoxb-[A-Za-z0-9-]+$/, "must be a bot token starting with xoxb- (OAuth & Permissions › Bot User OAuth Token)"),
    ),
  ),
  SLACK_SIGNING_SECRET: optional(
    unpadded(
      z
        .string()
        .regex(
          /^[A-Za-z0-9]{16,}$/,
          "must be the app's signing secret, letters and digits only (Basic Information › App Credentials › Signing Secret)",
        ),
    ),
  ),
  SLACK_APP_TOKEN: optional(
    unpadded(
      z
        .string()
        .regex(
          /^xapp-[A-Za-z0-9-]+$/,
          "must be an app-level token starting with xapp- with the connections:write scope (Basic Information › App-Level Tokens)",
        ),
    ),
  ),
  PORT: optional(
    z
      .string()
      .regex(/^\d{1,5}$/, "must be a port number such as 3000")
      .transform(Number)
      .refine((n) => n <= 65535, "must be at most 65535"),
  ).default(3000),
  LOG_LEVEL: optional(z.enum(["debug", "info", "warn", "error"], "must be one of debug, info, warn, error")).default("info"),
  SLACK_API_URL: optional(
    unpadded(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://slack.com/api/" })),
  ).default("https://slack.com/api/"),
  // One thread per core by default: the main thread mostly waits on I/O (measured in docs/operations.md).
  ANSWER_THREADS: optional(count("threads", 64)),
  ANSWER_QUEUE_MAX: optional(count("questions", 100_000)).default(1000),
  // 0 turns the cache of recent answers off (to measure the core's cost, or while editing knowledge files).
  ANSWER_CACHE_MAX: optional(
    z.string().regex(/^\d+$/, "must be a whole number of answers (0 turns the cache off)").transform(Number),
  ).default(1000),
  REDIS_URL: optional(
    unpadded(z.url({ protocol: /^rediss?$/, error: "must be a Redis URL such as redis://localhost:6379 (or rediss:// for TLS)" })),
  ),
  DATA_DIR: optional(unpadded(z.string())).default("data"),
  DATABASE_URL: optional(
    unpadded(
      z.url({
        protocol: /^postgres(ql)?$/,
        error:
          "must be a PostgreSQL URL such as postgres://user:password@host:5432/sangaku (or unset it to keep the log in a file under DATA_DIR)",
      }),
    ),
  ),
  // At most ten years: a longer log is a backup's job, and a typo (9000) should not keep data for ever.
  RETENTION_DAYS: optional(count("days", 3650)).default(90),
  ADMIN_USER_IDS: optional(
    z
      .string()
      .transform((v) =>
        v
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .refine(
        (ids) => ids.every((id) => /^[UW][A-Z0-9]+$/.test(id)),
        "must be Slack member ids separated by commas, such as U012ABCDEF,U034GHIJKL (a member's profile › ⋮ › Copy member ID)",
      ),
  ).default([]),
});

/**
 * Reads and validates the environment once; throws ConfigError naming every bad variable.
 * @example loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).mode // "socket"
 * @example loadConfig({}).mode // "console"
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  const e = parsed.data;
  const store = { dataDir: e.DATA_DIR, retentionDays: e.RETENTION_DAYS, ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}) };
  const common = { logLevel: e.LOG_LEVEL, apiUrl: e.SLACK_API_URL.endsWith("/") ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`, store };
  if (!e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) return { mode: "console", ...common };
  const service = {
    ...common,
    answerThreads: e.ANSWER_THREADS ?? availableParallelism(),
    answerQueueMax: e.ANSWER_QUEUE_MAX,
    answerCacheMax: e.ANSWER_CACHE_MAX,
    adminUserIds: e.ADMIN_USER_IDS,
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
  };
  if (e.SLACK_APP_TOKEN) {
    if (!e.SLACK_BOT_TOKEN)
      throw new ConfigError([
        `SLACK_BOT_TOKEN: is missing; Socket Mode (SLACK_APP_TOKEN is set) also needs the bot token to post answers (OAuth & Permissions › Bot User OAuth Token)`,
      ]);
    const port = env.PORT?.trim() ? { port: e.PORT } : {};
    return {
      mode: "socket",
      ...service,
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
      ...port,
    };
  }
  const missing = [
    !e.SLACK_BOT_TOKEN &&
      "SLACK_BOT_TOKEN: is missing; HTTP mode needs the bot token to post answers (OAuth & Permissions › Bot User OAuth Token)",
    !e.SLACK_SIGNING_SECRET &&
      "SLACK_SIGNING_SECRET: is missing; HTTP mode needs it to verify that requests come from Slack (Basic Information › App Credentials), or set SLACK_APP_TOKEN to use Socket Mode instead",
  ].filter((p): p is string => typeof p === "string");
  if (missing.length) throw new ConfigError(missing);
  return { mode: "http", ...service, botToken: e.SLACK_BOT_TOKEN!, signingSecret: e.SLACK_SIGNING_SECRET!, port: e.PORT };
}

/**
 * What to set to connect to Slack, printed when the bot starts without credentials (console mode).
 * @example process.stderr.write(describeSlackSetup())
 */
export function describeSlackSetup(): string {
  return [
    "No Slack credentials found: starting a local console instead (answers are the same as in Slack).",
    "To run in Slack, create the app from manifest.json (see docs/slack.md) and set, e.g. in .env:",
    "  Socket Mode: SLACK_BOT_TOKEN=xoxb-…  SLACK_APP_TOKEN=xapp-…",
    "  HTTP mode:   SLACK_BOT_TOKEN=xoxb-…  SLACK_SIGNING_SECRET=…  PORT=3000 (request URL https://<host>/slack/events)",
    "",
  ].join("\n");
}
