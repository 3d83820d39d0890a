/**
 * The small modal a 👎 opens: one optional line for what was wrong, in the question's language, and the view
 * that replaces it once sent. Its private_metadata carries which feedback the reason belongs to.
 */
import type { types } from "@slack/bolt";
import { section } from "./blocks.js";
import type { Lang } from "./labels.js";

/** The ids the view_submission listener reads the reason with. */
export const FEEDBACK_REASON = { callbackId: "feedback_reason", blockId: "reason", actionId: "reason_input", maxLength: 500 } as const;

// Modal title, submit and close: at most 24 characters each (Slack's modal limits).
const WORDS = {
  ja: {
    title: "回答へのフィードバック",
    submit: "送信",
    close: "閉じる",
    label: "どこが違いましたか？（任意）",
    placeholder: "例: 年度が違う、数字が古い、聞きたかったのは別の事業",
    thanks: "ありがとうございます。いただいた内容は回答の改善に使います。",
  },
  en: {
    title: "Feedback on the answer",
    submit: "Send",
    close: "Close",
    label: "What was wrong? (optional)",
    placeholder: "e.g. the wrong year, an old figure, I meant another program",
    thanks: "Thank you: what you wrote will help improve the answers.",
  },
} as const;

const plain = (text: string) => ({ type: "plain_text" as const, text });

/**
 * The reason modal for views.open; `metadata` is encodeReasonMetadata()'s.
 * @example await client.views.open({ trigger_id, view: renderFeedbackModal("ja", metadata) })
 */
export function renderFeedbackModal(lang: Lang, metadata: string): types.ModalView {
  const words = WORDS[lang];
  return {
    type: "modal",
    callback_id: FEEDBACK_REASON.callbackId,
    private_metadata: metadata,
    title: plain(words.title),
    submit: plain(words.submit),
    close: plain(words.close),
    blocks: [
      {
        type: "input",
        block_id: FEEDBACK_REASON.blockId,
        optional: true,
        label: plain(words.label),
        element: {
          type: "plain_text_input",
          action_id: FEEDBACK_REASON.actionId,
          multiline: true,
          max_length: FEEDBACK_REASON.maxLength,
          placeholder: plain(words.placeholder),
        },
      },
    ],
  };
}

/**
 * What the modal shows once the reason is sent (response_action "update").
 * @example await ack({ response_action: "update", view: renderFeedbackThanks("ja") })
 */
export function renderFeedbackThanks(lang: Lang): types.ModalView {
  const words = WORDS[lang];
  return { type: "modal", title: plain(words.title), close: plain(words.close), blocks: [section(words.thanks)] };
}
