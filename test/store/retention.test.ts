import { describe, expect, it } from "vitest";
import { scheduleRetention } from "../../src/store/retention.js";
import type { Store } from "../../src/store/types.js";

const DAY = 24 * 60 * 60 * 1000;

describe("scheduleRetention", () => {
  it("deletes what is older than the retention at once and reports how many rows went", async () => {
    const cutoffs: Date[] = [];
    const store = { deleteOlderThan: async (cutoff: Date) => (cutoffs.push(cutoff), 3) } as unknown as Store;
    const deleted = await new Promise<number>((resolve) => {
      const stop = scheduleRetention(store, { days: 30, now: () => 100 * DAY, onDeleted: resolve });
      stop();
    });
    expect(deleted).toBe(3);
    expect(cutoffs).toEqual([new Date(70 * DAY)]);
  });

  it("reports a failed run instead of throwing", async () => {
    const store = {
      deleteOlderThan: async () => {
        throw new Error("disk I/O error");
      },
    } as unknown as Store;
    const error = await new Promise<Error>((resolve) => scheduleRetention(store, { days: 30, onError: resolve })());
    expect(error.message).toBe("disk I/O error");
  });
});
