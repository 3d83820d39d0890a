import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeFeedback, encodeFeedback } from "../../src/slack/feedback-value.js";

describe("a feedback button's value", () => {
  it("carries the verdict and the answer's id both ways", () => {
    const questionId = randomUUID();
    expect(decodeFeedback(encodeFeedback({ verdict: "down", questionId }))).toEqual({ verdict: "down", questionId });
  });
  it.each([undefined, "", "maybe:abc", "up:", "up:<!channel>", '{"q":"予算は?"}'])("rejects %s as not one of ours", (value) => {
    expect(decodeFeedback(value)).toBeUndefined();
  });
});
