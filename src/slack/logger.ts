/**
 * Structured logs: one JSON object a line, implementing Bolt's Logger so Bolt, the Web API client and our
 * listeners all write the same format. Every line is passed through redactSecrets before it is written.
 */
import { LogLevel, type Logger } from "@slack/bolt";
import { redactSecrets } from "./redact-secrets.js";

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type JsonLoggerOptions = {
  level?: `${LogLevel}`;
  /** Values that must never appear in a log line (the signing secret, tokens), besides the token patterns. */
  secrets?: readonly string[];
  write?: (line: string) => void;
  now?: () => Date;
};

/**
 * A Bolt Logger writing JSON lines. A trailing plain object becomes fields of the line; errors are serialized.
 * @example createJsonLogger({ level: "info" }).info("answered", { channel: "C1" })
 * // {"time":"…","level":"info","name":"sangaku","msg":"answered","channel":"C1"}
 */
export function createJsonLogger(options: JsonLoggerOptions = {}): Logger {
  let level = (options.level ?? "info") as LogLevel;
  let name = "sangaku";
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  const log =
    (at: LogLevel) =>
    (...args: unknown[]) => {
      if (RANK[at] < RANK[level]) return;
      const line = { time: now().toISOString(), level: at, name, ...describeArgs(args) };
      write(redactSecrets(safeStringify(line), options.secrets) + "\n");
    };
  return {
    debug: log(LogLevel.DEBUG),
    info: log(LogLevel.INFO),
    warn: log(LogLevel.WARN),
    error: log(LogLevel.ERROR),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}

function describeArgs(args: unknown[]): Record<string, unknown> {
  const last = args.length > 1 && isPlainObject(args.at(-1)) ? (args.at(-1) as Record<string, unknown>) : undefined;
  const rest = last ? args.slice(0, -1) : args;
  // A field named like a base key must not overwrite the line's time, level or name.
  const { time: _time, level: _level, name: _name, ...fields } = last ?? {};
  const errors = rest.filter((a): a is Error => a instanceof Error);
  const msg = rest
    .filter((a) => !(a instanceof Error))
    .map((a) => (typeof a === "string" ? a : safeStringify(a)))
    .join(" ");
  const error = errors.length ? { error: serializeError(errors[0]!) } : {};
  return { msg: msg || errors[0]?.message || "", ...error, ...fields };
}

/**
 * The fields worth logging of an error, including the Slack Web API's error code (`data.error`) when present.
 * @example serializeError(new Error("boom")) // { name: "Error", message: "boom", stack: "…" }
 */
export function serializeError(error: Error): Record<string, unknown> {
  const e = error as Error & { code?: unknown; data?: { error?: unknown }; retryAfter?: unknown; statusCode?: unknown };
  return {
    name: e.name,
    message: e.message,
    code: e.code,
    slackError: e.data?.error,
    retryAfter: e.retryAfter,
    statusCode: e.statusCode,
    stack: e.stack,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? serializeError(v) : typeof v === "bigint" ? String(v) : v));
  } catch {
    return JSON.stringify(String(value));
  }
}
