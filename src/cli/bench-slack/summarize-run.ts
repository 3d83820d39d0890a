/**
 * The figures of one benchmark run: answers per second, ack percentiles, acks at or over Slack's 3-second
 * limit, events lost (never answered) and duplicated (answered more than once).
 */
import type { LoadResult } from "./send-load.js";

export type RunFigures = {
  answersPerSecond: number;
  ackP50: number;
  ackP99: number;
  slowAcks: number;
  sends: number;
  lost: number;
  duplicated: number;
  failed: number;
};

/**
 * @example summarizeRun(load, api.answers, api.lastAnswerAt).answersPerSecond // 271.3
 */
export function summarizeRun(load: LoadResult, answers: ReadonlyMap<string, number>, lastAnswerAt: number): RunFigures {
  const counts = load.eventTs.map((ts) => answers.get(ts) ?? 0);
  const answered = counts.filter((n) => n > 0).length;
  const sorted = [...load.ackMs].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return {
    answersPerSecond: answered / ((lastAnswerAt - load.startedAt) / 1000),
    ackP50: pct(50),
    ackP99: pct(99),
    slowAcks: sorted.filter((ms) => ms >= 3000).length,
    sends: sorted.length,
    lost: counts.filter((n) => n === 0).length,
    duplicated: counts.filter((n) => n > 1).length,
    failed: load.failed,
  };
}
