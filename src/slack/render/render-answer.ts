/**
 * An Answer as a Slack message: the answer's first line, the series as a table, the further lines, the sources,
 * clarify options, 👍/👎 feedback, then the buttons (show quote, and on ephemeral answers "post to channel").
 */
import type { Answer } from "../../qa/index.js";
import { ACTION_IDS } from "../action-ids.js";
import { encodeAskValue, type AskValue } from "../action-value.js";
import { encodeFeedback } from "../feedback-value.js";
import { actions, button, context, feedbackButtons, section, type Block, type ButtonElement, type SlackMessage } from "./blocks.js";
import { cutText } from "./cut-text.js";
import { escapeText } from "./escape-text.js";
import { labelsFor } from "./labels.js";
import { LIMITS } from "./limits.js";
import { renderCitations } from "./render-citations.js";
import { renderTableBlock } from "./render-table-block.js";
import { renderCaption, renderTable } from "./render-table.js";

export type RenderAnswerOptions = {
  /** The question as asked and the topic it was asked after: what the buttons ask again. */
  ask: AskValue;
  /** The id this delivery of the answer is logged under; the 👍/👎 buttons carry it. */
  questionId: string;
  /** Only the asker sees the answer (slash command): offer to post it for everyone. */
  ephemeral?: boolean;
};

const OPTIONS_PER_ROW = 5;

/**
 * Renders an answer within Slack's limits, escaping everything that came from the user or the documents.
 * @example renderAnswer(answer, { ask: { question: "2011年の共同研究件数" }, questionId: randomUUID() }).blocks[0]
 * // { type: "section", text: { type: "mrkdwn", text: "*…16,302件 です。 [1]*" } }
 */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions): SlackMessage {
  const labels = labelsFor(answer.lang);
  const head: Block[] = [section(cutText(`*${escapeText(answer.summary)}*`, LIMITS.sectionText, labels.more))];
  head.push(...renderAnswerTable(answer));
  if (answer.lines.length) head.push(section(cutText(answer.lines.map(escapeText).join("\n"), LIMITS.sectionText, labels.more)));
  if (answer.citations.length) head.push(renderCitations(answer.citations, answer.lang));
  const tail = answer.status === "answered" ? renderAnswerActions(answer, options) : [];
  const optionRows = renderOptionRows(answer, options, LIMITS.messageBlocks - head.length - tail.length);
  return { text: escapeText(cutText(answer.text, LIMITS.fallbackText, labels.more)), blocks: [...head, ...optionRows, ...tail] };
}

/** The table block under its caption; the monospace text table when the table exceeds the block's limits. */
function renderAnswerTable(answer: Answer): Block[] {
  if (!answer.table) return [];
  const block = renderTableBlock(answer);
  if (!block) return [section(renderTable(answer.table, labelsFor(answer.lang).more))];
  return [context([renderCaption(answer.table.caption)]), block];
}

/** One button per clarify option (or help example), five to a row, at most `maxRows` rows. */
function renderOptionRows(answer: Answer, options: RenderAnswerOptions, maxRows: number): Block[] {
  const buttons = answer.options.map((o, i) =>
    button(
      o.label,
      ACTION_IDS.clarifyOption(i),
      encodeAskValue({ question: o.question, ...(options.ask.previous ? { previous: options.ask.previous } : {}) }),
    ),
  );
  const rows: Block[] = [];
  for (let i = 0; i < buttons.length && rows.length < maxRows; i += OPTIONS_PER_ROW)
    rows.push(actions(`options_${i / OPTIONS_PER_ROW}`, buttons.slice(i, i + OPTIONS_PER_ROW)));
  return rows;
}

function renderAnswerActions(answer: Answer, options: RenderAnswerOptions): Block[] {
  const labels = labelsFor(answer.lang);
  const ask = encodeAskValue(options.ask);
  const { questionId } = options;
  const feedback = feedbackButtons(
    ACTION_IDS.answerFeedback,
    { up: encodeFeedback({ verdict: "up", questionId }), down: encodeFeedback({ verdict: "down", questionId }) },
    { up: labels.helpful, down: labels.wrong },
  );
  const buttons: ButtonElement[] = [
    ...(answer.citations.length ? [button(labels.showQuote, ACTION_IDS.showSource, ask)] : []),
    ...(options.ephemeral ? [button(labels.postToChannel, ACTION_IDS.postToChannel, ask, "primary")] : []),
  ];
  return [feedback, ...(buttons.length ? [actions("answer_actions", buttons)] : [])];
}
