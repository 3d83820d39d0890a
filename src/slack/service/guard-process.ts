/**
 * The last net under the process: a stray rejected promise or thrown error is logged as one JSON line and
 * handled on purpose instead of Node's default (a stack on stderr and a silent death for the operator).
 */
import type { Logger } from "@slack/bolt";
import { ConfigError } from "../../config/config-error.js";

/**
 * A rejection nobody awaited is logged and the service goes on (each answer is independent); an uncaught
 * exception may have left shared state half-updated, so it is logged and the process exits with 1 for the
 * supervisor to restart it. A ConfigError (the operator's to fix) is printed as its message, without a stack.
 * @example guardProcess(logger)
 */
export function guardProcess(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  process.on("unhandledRejection", (reason) => {
    if (reason instanceof ConfigError) return stopFor(reason, exit);
    logger.error("unhandled promise rejection (the service goes on)", toError(reason));
  });
  process.on("uncaughtException", (error) => {
    if (error instanceof ConfigError) return stopFor(error, exit);
    logger.error("uncaught exception: stopping so that a supervisor restarts a clean process", toError(error));
    exit(1);
  });
}

/**
 * Prints the operator's mistake as a paragraph and exits with 1.
 * @example stopFor(new ConfigError(["PORT: port 3000 is already in use…"]))
 */
export function stopFor(error: ConfigError, exit: (code: number) => void = (code) => process.exit(code)): void {
  process.stderr.write(`sangaku cannot go on: ${error.message}\n`);
  exit(1);
}

function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
