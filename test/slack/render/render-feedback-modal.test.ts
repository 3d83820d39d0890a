import { describe, expect, it } from "vitest";
import { FEEDBACK_REASON, renderFeedbackModal, renderFeedbackThanks } from "../../../src/slack/render/render-feedback-modal.js";

describe("the 👎 modal", () => {
  it("asks for one optional reason, its texts within Slack's modal limits in both languages", () => {
    for (const lang of ["ja", "en"] as const) {
      const modal = renderFeedbackModal(lang, '{"f":"f-1"}');
      expect(modal).toMatchObject({
        callback_id: FEEDBACK_REASON.callbackId,
        private_metadata: '{"f":"f-1"}',
        blocks: [{ type: "input", optional: true, block_id: "reason", element: { type: "plain_text_input", action_id: "reason_input" } }],
      });
      for (const view of [modal, renderFeedbackThanks(lang)]) {
        for (const text of [view.title.text, view.submit?.text ?? "", view.close?.text ?? ""]) expect(text.length).toBeLessThanOrEqual(24);
      }
    }
  });

  it("thanks in the question's language", () => {
    expect(renderFeedbackThanks("en").blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "Thank you: what you wrote will help improve the answers." } },
    ]);
  });
});
