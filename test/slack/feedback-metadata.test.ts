import { describe, expect, it } from "vitest";
import { decodeReasonMetadata, encodeReasonMetadata } from "../../src/slack/feedback-metadata.js";

describe("the 👎 modal's private_metadata", () => {
  it("reads back what was written", () => {
    expect(decodeReasonMetadata(encodeReasonMetadata({ feedbackId: "f-1", questionId: "q-1", lang: "en" }))).toEqual({
      feedbackId: "f-1",
      questionId: "q-1",
      lang: "en",
    });
    expect(decodeReasonMetadata(encodeReasonMetadata({ feedbackId: "f-2", lang: "ja" }))).toEqual({
      feedbackId: "f-2",
      questionId: undefined,
      lang: "ja",
    });
  });

  it("is undefined for anything else", () => {
    expect(decodeReasonMetadata("not json")).toBeUndefined();
    expect(decodeReasonMetadata('{"q":"q-1"}')).toBeUndefined();
    expect(decodeReasonMetadata(undefined)).toBeUndefined();
  });
});
