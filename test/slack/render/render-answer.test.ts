/**
 * Block Kit rendering: layout, labels, escaping and Slack's limits (pure functions, no Slack).
 */
import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/qa/index.js";
import { decodeAskValue } from "../../../src/slack/action-value.js";
import { decodeFeedback } from "../../../src/slack/feedback-value.js";
import { renderAnswer } from "../../../src/slack/render/render-answer.js";
import { budgetClarify, cityAreaBudgetEn, jointResearch2011, jointResearchSeries } from "../support/answers.js";

const HOSTILE = "<!channel> <@U123> <https://x|y> & co";
type AnyBlock = {
  type: string;
  text?: { text: string };
  rows?: Array<Array<{ text: string }>>;
  elements?: Array<{
    text: string | { text: string };
    action_id?: string;
    value?: string;
    positive_button?: FeedbackSide;
    negative_button?: FeedbackSide;
  }>;
};
type FeedbackSide = { value: string; accessibility_label?: string };
const QID = "3f2a9c1e-0000-4000-8000-000000000001";
const render = (answer: Answer, ask: { question: string; previous?: { subject: string } }, ephemeral = false) =>
  renderAnswer(answer, { ask, questionId: QID, ephemeral });
const blocksOf = (answer: Answer, ephemeral = false) => render(answer, { question: answer.question }, ephemeral).blocks as AnyBlock[];
const mrkdwnOf = (blocks: AnyBlock[]) =>
  blocks
    .flatMap((b) => [b.text?.text ?? "", ...(b.type === "context" ? (b.elements ?? []).map((e) => e.text as string) : [])])
    .filter(Boolean);
const actionIdsOf = (blocks: AnyBlock[]) =>
  blocks.flatMap((b) => (["actions", "context_actions"].includes(b.type) ? (b.elements ?? []).map((e) => e.action_id) : []));

describe("renderAnswer", () => {
  it("puts the answer's first line first, then its other lines, the source, 👍/👎 and the buttons", () => {
    const blocks = blocksOf(jointResearch2011);
    expect(blocks.map((b) => b.type)).toEqual(["section", "section", "context", "context_actions", "actions"]);
    expect(mrkdwnOf(blocks)).toMatchInlineSnapshot(`
      [
        "*共同研究の実施件数の平成23年度（2011年度）の実績は 16,302件 です。 [1]*",
        "※「2011年」は平成23年度（2011年度）として答えています。",
        "*出典*",
        "[1] 平成24年度実施施策に係る事後評価書 › 達成目標１ › 成果指標①",
      ]
    `);
    expect(actionIdsOf(blocks)).toEqual(["answer_feedback", "show_source"]);
  });

  it("gives 👍/👎 as feedback_buttons carrying the verdict and the delivered answer's id", () => {
    const feedback = blocksOf(jointResearch2011).find((b) => b.type === "context_actions")!.elements![0]!;
    expect(feedback).toMatchObject({ type: "feedback_buttons", action_id: "answer_feedback" });
    expect(decodeFeedback(feedback.positive_button!.value)).toEqual({ verdict: "up", questionId: QID });
    expect(decodeFeedback(feedback.negative_button!.value)).toEqual({ verdict: "down", questionId: QID });
  });

  it("renders a series as a table block of fiscal year, figure and kind under its caption", () => {
    const blocks = blocksOf(jointResearchSeries);
    expect(blocks.map((b) => b.type).slice(0, 3)).toEqual(["section", "context", "table"]);
    expect(blocks[2]!.rows!.map((row) => row.map((cell) => cell.text))).toEqual([
      ["年度", "件数", "種類"],
      ["平成15年度", "7,248件", "基準値"],
      ["平成23年度", "16,302件", "実績"],
    ]);
    const en = render({ ...jointResearchSeries, lang: "en" }, { question: "q" }).blocks.find((b) => b.type === "table") as AnyBlock;
    expect(en.rows![0]![2]!.text).toBe("Kind");
  });

  it("links a cited document at its page where its URL is known, without the source file's name", () => {
    const citation = {
      ...jointResearch2011.citations[0]!,
      section: "h24-jigo-hyoka.txt › 達成目標１",
      page: 3,
      url: "https://www.mext.go.jp/a.pdf#page=3",
    };
    const context = blocksOf({ ...jointResearch2011, citations: [citation] }).find((b) => b.type === "context")!;
    expect(context.elements!.map((e) => e.text)).toEqual([
      "*出典*",
      "[1] <https://www.mext.go.jp/a.pdf#page=3|平成24年度実施施策に係る事後評価書 p.3> › 達成目標１",
    ]);
  });

  it("renders clarify options as one button each, asking the option's question, without feedback buttons", () => {
    const blocks = blocksOf(budgetClarify);
    const buttons = blocks.flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => [b.action_id, (b.text as { text: string }).text, decodeAskValue(b.value)?.question])).toEqual([
      ["clarify_option_0", "都市エリア産学官連携促進事業", "都市エリア産学官連携促進事業の予算は？"],
      ["clarify_option_1", "知的クラスター創成事業", "知的クラスター創成事業の予算は？"],
    ]);
    expect(blocks.some((b) => b.type === "context")).toBe(false);
  });

  it("uses English labels for an English answer, and offers posting only on ephemeral answers", () => {
    const blocks = blocksOf(cityAreaBudgetEn, true);
    const label = (e: NonNullable<AnyBlock["elements"]>[number]) =>
      e.positive_button
        ? [e.positive_button, e.negative_button].map((b) => b?.accessibility_label).join(" / ")
        : typeof e.text === "string"
          ? e.text
          : e.text.text;
    expect(blocks.flatMap((b) => b.elements ?? []).map(label)).toMatchInlineSnapshot(`
      [
        "*Source*",
        "[1] 平成24年度実施施策に係る事後評価書 › 達成目標１ › 成果指標①",
        "Helpful / Not right",
        "Show quote",
        "Post to channel",
      ]
    `);
  });

  it("escapes user and document text everywhere it is read as markup", () => {
    const answer: Answer = {
      ...jointResearchSeries,
      summary: HOSTILE,
      lines: [HOSTILE],
      text: HOSTILE,
      table: { caption: HOSTILE, columns: ["年度", "件数"], rows: [[HOSTILE, HOSTILE]] },
      citations: [{ document: "x.txt", documentTitle: HOSTILE, section: HOSTILE, quote: HOSTILE }],
    };
    const message = render(answer, { question: HOSTILE });
    const markup = [message.text, ...mrkdwnOf(message.blocks as AnyBlock[])];
    for (const text of markup) expect(text).not.toMatch(/<[!@#]|<https?:|&(?!amp;|lt;|gt;)/);
    expect(message.text).toBe("&lt;!channel&gt; &lt;@U123&gt; &lt;https://x|y&gt; &amp; co");
  });

  it("cuts a long answer to 3,000 characters with a pointer to the rest (in the answer's language)", () => {
    const long = Array.from({ length: 400 }, (_, i) => `行 ${i}: 平成23年度の共同研究件数は16,302件です。`);
    const [, ja] = blocksOf({ ...jointResearch2011, lines: long, text: long.join("\n") });
    const [, en] = blocksOf({ ...cityAreaBudgetEn, lines: long, text: long.join("\n") });
    expect(ja!.text!.text.length).toBeLessThanOrEqual(3000);
    expect(ja!.text!.text.endsWith("\n…（続きは出典を参照）")).toBe(true);
    expect(en!.text!.text.endsWith("\n… (see the source for the rest)")).toBe(true);
    expect(render({ ...jointResearch2011, text: long.join("\n") }, { question: "q" }).text.length).toBeLessThanOrEqual(3000);
  });

  it("falls back to the text table beyond the table block's 100 rows, within a section, closing the code block", () => {
    const rows = Array.from({ length: 500 }, (_, i): [string, string] => [`平成${i}年度`, `${i},000件`]);
    const blocks = blocksOf({ ...jointResearchSeries, table: { ...jointResearchSeries.table!, rows } });
    expect(blocks.some((b) => b.type === "table")).toBe(false);
    const table = blocks[1]!.text!.text;
    expect(table.length).toBeLessThanOrEqual(3000);
    expect(table.endsWith("…（続きは出典を参照）\n```")).toBe(true);
  });

  it("stays within 50 blocks and unique action_ids however many options, keeping the answer's buttons", () => {
    const options = Array.from({ length: 400 }, (_, i) => ({ label: `選択肢 ${i}`, question: `質問 ${i}` }));
    const blocks = blocksOf({ ...jointResearch2011, options }, true);
    expect(blocks.length).toBeLessThanOrEqual(50);
    const ids = actionIdsOf(blocks);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(-3)).toEqual(["answer_feedback", "show_source", "post_to_channel"]);
  });

  it("keeps button values within 2,000 characters and labels within 75", () => {
    const question = `"${"長い質問\\".repeat(900)}"`;
    const label = "とても長い選択肢".repeat(20);
    const blocks = render({ ...budgetClarify, options: [{ label, question }] }, { question, previous: { subject: "toshi-area" } })
      .blocks as AnyBlock[];
    const [button] = blocks.flatMap((b) => b.elements ?? []);
    expect(button!.value!.length).toBeLessThanOrEqual(2000);
    expect((button!.text as { text: string }).text.length).toBeLessThanOrEqual(75);
    expect(decodeAskValue(button!.value)).toMatchObject({ previous: { subject: "toshi-area" } });
  });

  it("lists at most ten context elements however many citations", () => {
    const citations = Array.from({ length: 30 }, (_, i) => ({ ...jointResearch2011.citations[0]!, section: `節 ${i}` }));
    const context = blocksOf({ ...jointResearch2011, citations }).find((b) => b.type === "context")!;
    expect(context.elements).toHaveLength(10);
    expect(context.elements!.at(-1)!.text).toBe("ほか 22 件");
  });
});
