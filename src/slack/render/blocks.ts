/**
 * Tiny Block Kit builders, so render functions read as a layout. They do not escape: callers pass mrkdwn
 * they have already escaped (escapeText), and plain_text is never read as markup by Slack.
 */
import type { types } from "@slack/bolt";
import { cutLabel } from "./cut-text.js";
import { LIMITS } from "./limits.js";

export type Block = types.KnownBlock;
export type ButtonElement = types.Button;

/** A message as the Web API and response_url take it: blocks plus the plain `text` fallback. */
export type SlackMessage = { text: string; blocks: Block[] };

/** @example section("*答え*") // { type: "section", text: { type: "mrkdwn", text: "*答え*" } } */
export function section(mrkdwn: string): types.SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: mrkdwn } };
}

/** @example context(["[1] 文書 › 節"]) // { type: "context", elements: [{ type: "mrkdwn", text: "[1] 文書 › 節" }] } */
export function context(mrkdwnTexts: string[]): types.ContextBlock {
  return { type: "context", elements: mrkdwnTexts.map((text) => ({ type: "mrkdwn" as const, text })) };
}

/** @example button("原文を表示", "show_source", '{"q":"…"}') */
export function button(label: string, actionId: string, value: string, style?: "primary" | "danger"): ButtonElement {
  return {
    type: "button",
    text: { type: "plain_text", text: cutLabel(label, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

/** @example actions("answer_actions", [button(…)]) */
export function actions(blockId: string, elements: ButtonElement[]): types.ActionsBlock {
  return { type: "actions", block_id: blockId, elements: elements.slice(0, LIMITS.actionElements) };
}

/** @example header("sangaku") */
export function header(text: string): types.HeaderBlock {
  return { type: "header", text: { type: "plain_text", text: cutLabel(text, LIMITS.headerText) } };
}

/**
 * A table block of plain-text cells, the first row its header. Cells are raw_text: Slack shows them as typed.
 * @example table([["年度", "件数"], ["平成23年度", "16,302件"]], ["left", "right"])
 */
export function table(rows: string[][], align: Array<"left" | "right"> = []): types.TableBlock {
  return {
    type: "table",
    column_settings: align.map((a) => ({ align: a, is_wrapped: true })),
    rows: rows.map((row) => row.map((text) => ({ type: "raw_text" as const, text }))),
  };
}

/**
 * 👍/👎 as a context_actions block with one feedback_buttons element; `values` are what each click sends.
 * @example feedbackButtons("answer_feedback", { up: "up:3f2a", down: "down:3f2a" }, { up: "役に立った", down: "違う" })
 */
export function feedbackButtons(
  actionId: string,
  values: { up: string; down: string },
  labels: { up: string; down: string },
): types.ContextActionsBlock {
  const side = (emoji: string, value: string, label: string) => ({
    text: { type: "plain_text" as const, text: emoji },
    value,
    accessibility_label: cutLabel(label, LIMITS.feedbackButtonText),
  });
  return {
    type: "context_actions",
    block_id: "answer_feedback",
    elements: [
      {
        type: "feedback_buttons",
        action_id: actionId,
        positive_button: side("👍", values.up, labels.up),
        negative_button: side("👎", values.down, labels.down),
      },
    ],
  };
}
