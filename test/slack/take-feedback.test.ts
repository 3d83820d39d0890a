/**
 * The feedback flow with fakes (Web API client, respond, store): what a click does when the modal cannot
 * open, when nothing is kept, and when the store fails.
 */
import type { RespondArguments, RespondFn, webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import type { SlackDeps } from "../../src/slack/deps.js";
import { createJsonLogger } from "../../src/slack/logger.js";
import { createMetrics } from "../../src/slack/service/metrics.js";
import { createMemoryDedupe } from "../../src/slack/state/event-dedupe.js";
import { createMemoryTopics } from "../../src/slack/state/topic-store.js";
import { takeFeedback, type FeedbackClick } from "../../src/slack/take-feedback.js";
import type { FeedbackRecord, Store } from "../../src/store/types.js";
import { createFakeAnswerer } from "./support/fake-answerer.js";

function fakes(store: Partial<Store> | undefined, open: () => Promise<unknown>) {
  const logs: Array<Record<string, unknown>> = [];
  const responses: RespondArguments[] = [];
  const opened: unknown[] = [];
  const deps: SlackDeps = {
    qa: createFakeAnswerer({}),
    topics: createMemoryTopics(),
    dedupe: createMemoryDedupe(),
    metrics: createMetrics(),
    respondDelaysMs: [],
    adminUserIds: [],
    logger: createJsonLogger({ level: "debug", write: (line) => void logs.push(JSON.parse(line)) }),
    store: store as Store | undefined,
  };
  const client = { views: { open: async (args: unknown) => (opened.push(args), open()) } } as unknown as webApi.WebClient;
  const respond = (async (message: RespondArguments) => void responses.push(message)) as unknown as RespondFn;
  return { deps, client, respond, logs, responses, opened };
}

const recording = () => {
  const kept: FeedbackRecord[] = [];
  return { kept, store: { recordFeedback: async (record: FeedbackRecord) => void kept.push(record) } };
};
const down: FeedbackClick = { verdict: "down", questionId: "q-1", user: "U2", triggerId: "7.8.x", lang: "en", threadTs: "1.2" };

describe("takeFeedback", () => {
  it("opens the reason modal for a 👎 and keeps the verdict under the id the modal names", async () => {
    const { kept, store } = recording();
    const f = fakes(store, async () => ({ ok: true }));
    await takeFeedback(f.deps, f.client, f.respond, down);
    expect(kept).toEqual([expect.objectContaining({ questionId: "q-1", verdict: "down", userId: "U2" })]);
    const view = (f.opened[0] as { view: { private_metadata: string } }).view;
    expect(JSON.parse(view.private_metadata)).toEqual({ f: kept[0]!.id, q: "q-1", l: "en" });
    expect(f.responses).toEqual([]);
  });

  it("thanks at once when the modal cannot open (an expired trigger), keeping the verdict", async () => {
    const { kept, store } = recording();
    const f = fakes(store, async () => {
      throw Object.assign(new Error("An API error occurred: expired_trigger_id"), {
        code: "slack_webapi_platform_error",
        data: { error: "expired_trigger_id" },
      });
    });
    await takeFeedback(f.deps, f.client, f.respond, down);
    expect(kept).toHaveLength(1);
    expect(f.responses).toEqual([
      expect.objectContaining({ response_type: "ephemeral", thread_ts: "1.2", text: "Thanks for the feedback: it has been recorded." }),
    ]);
    expect(f.logs.find((l) => l.msg === "views.open failed")).toMatchObject({ slackError: "expired_trigger_id" });
  });

  it("opens no modal when nothing is kept, since a reason would have nowhere to go", async () => {
    const f = fakes(undefined, async () => ({ ok: true }));
    await takeFeedback(f.deps, f.client, f.respond, down);
    expect(f.opened).toEqual([]);
    expect(f.responses).toHaveLength(1);
  });

  it("still thanks a 👍 when the store fails, logging the failure", async () => {
    const f = fakes(
      {
        recordFeedback: async () => {
          throw new Error("SQLITE_FULL: database or disk is full");
        },
      },
      async () => ({ ok: true }),
    );
    await takeFeedback(f.deps, f.client, f.respond, { ...down, verdict: "up" });
    expect(f.responses).toHaveLength(1);
    expect(f.logs.find((l) => l.msg === "question log failed")).toMatchObject({
      level: "error",
      what: "feedback",
      message: "SQLITE_FULL: database or disk is full",
    });
  });
});
