/**
 * The load generator: signed app_mention events sent with a fixed concurrency, optionally with Slack-style
 * retries (the same event_id again, X-Slack-Retry-Num: 1) of some events a little after their first copy.
 * Each event gets a unique ts, which its answer carries back as thread_ts.
 */
import { eventBody, slackHeaders } from "./signed-request.js";

export type LoadPlan = { events: number; concurrency: number; retries: number; questions: readonly string[] };
export type LoadResult = { ackMs: number[]; failed: number; startedAt: number; endedAt: number; eventTs: string[] };

// A retry is sent this many sends after its first copy: usually while the first is still being handled.
const RETRY_LAG = 30;

/**
 * @example const result = await sendLoad("http://127.0.0.1:3000/slack/events", secret, { events: 600, concurrency: 50, retries: 0, questions })
 */
export async function sendLoad(url: string, secret: string, plan: LoadPlan): Promise<LoadResult> {
  const sends = planSends(plan);
  const ackMs: number[] = [];
  let failed = 0;
  let next = 0;
  const startedAt = performance.now();
  const worker = async () => {
    for (let send = sends[next++]; send; send = sends[next++]) {
      const ts = eventTs(send.index);
      const event = {
        type: "app_mention",
        user: "U1",
        text: `<@UBOT> ${plan.questions[send.index % plan.questions.length]}`,
        ts,
        channel: "C1",
        event_ts: ts,
      };
      const body = eventBody(event, `EvBench${send.index}`);
      const sentAt = performance.now();
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: slackHeaders(body, "application/json", { secret, ...(send.retry ? { retryNum: 1 } : {}) }),
          body,
        });
        await res.arrayBuffer();
        if (res.status !== 200) failed += 1;
      } catch {
        failed += 1;
      }
      ackMs.push(performance.now() - sentAt);
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  return { ackMs, failed, startedAt, endedAt: performance.now(), eventTs: Array.from({ length: plan.events }, (_, i) => eventTs(i)) };
}

function planSends(plan: LoadPlan): Array<{ index: number; retry: boolean }> {
  const sends = Array.from({ length: plan.events }, (_, index) => ({ index, retry: false }));
  const every = Math.max(1, Math.floor(plan.events / Math.max(1, plan.retries)));
  // Inserted from the last so that earlier positions stay valid.
  for (let r = plan.retries - 1; r >= 0; r -= 1) {
    const index = (r * every) % plan.events;
    sends.splice(Math.min(sends.length, index + 1 + RETRY_LAG), 0, { index, retry: true });
  }
  return sends;
}

function eventTs(index: number): string {
  return `1700000000.${String(index).padStart(6, "0")}`;
}
