import { describe, expect, it } from "vitest";
import { workerUrl } from "../../../src/slack/pool/worker-url.js";

describe("workerUrl", () => {
  it("loads a worker's TypeScript body through its .mjs entry beside the caller when not running from the build", () => {
    expect(workerUrl("answer-worker", "file:///app/src/slack/pool/answer-pool.ts")).toBe("file:///app/src/slack/pool/answer-worker.mjs");
  });
});
