/**
 * Every message the bot renders, from real answers of the core, stays within Block Kit's limits: answered, series,
 * comparison, ranking, clarify, not found, help, App Home, long answers and a synthetic worst case.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer, type Answer } from "../../../src/qa/index.js";
import { renderAnswer } from "../../../src/slack/render/render-answer.js";
import { renderHelp } from "../../../src/slack/render/render-help.js";
import { renderHome } from "../../../src/slack/render/render-home.js";
import { renderQuotes } from "../../../src/slack/render/render-quotes.js";
import { checkBlockKit } from "../support/check-block-kit.js";

const qa = createAnswerer();
const QUESTIONS = {
  answered: "2011年の共同研究件数",
  series: "知的クラスター創成事業の予算の推移",
  seriesEn: "joint research projects over the years",
  compare: "平成20年度から23年度で共同研究件数は何件増えた？",
  ranking: "平成20年度の予算が一番大きい事業は？",
  list: "達成目標２の事業を全部挙げて",
  clarify: "予算は？",
  notFound: "理研の予算は？",
  help: "ヘルプ",
};
const render = (answer: Answer, ephemeral = false) =>
  renderAnswer(answer, { ask: { question: answer.question }, questionId: "3f2a9c1e-0000-4000-8000-000000000001", ephemeral });

describe("Block Kit limits", () => {
  it.each(Object.entries(QUESTIONS))("holds for the %s answer, in a thread and ephemeral, and for its quotes", (_, question) => {
    const answer = qa.answer(question);
    expect(checkBlockKit(render(answer))).toEqual([]);
    expect(checkBlockKit(render(answer, true))).toEqual([]);
    if (answer.citations.length) expect(checkBlockKit(renderQuotes(answer))).toEqual([]);
  });

  it("renders the series answer's table block, with its kinds, within the table's limits", () => {
    const blocks = render(qa.answer(QUESTIONS.series)).blocks;
    const table = blocks.find((b) => b.type === "table") as { rows: Array<Array<{ text: string }>> };
    expect(table.rows[0]!.map((c) => c.text)).toEqual(["年度", "数値", "種類"]);
    expect(table.rows.length).toBeGreaterThan(2);
  });

  it.each(["ja", "en"] as const)("holds for help and App Home (%s)", (lang) => {
    expect(checkBlockKit(renderHelp(qa.overview(), lang))).toEqual([]);
    expect(checkBlockKit(renderHome(qa.overview(), lang), "home")).toEqual([]);
  });

  it("holds for a worst case: long lines, a table beyond the block's rows, many citations and options", () => {
    const base = qa.answer(QUESTIONS.series);
    const long = "長い文。".repeat(2000);
    const rows = Array.from({ length: 150 }, (_, i): [string, string] => [`平成${i}年度`, `${i}件`]);
    const citations = Array.from({ length: 40 }, () => ({
      ...base.citations[0]!,
      documentTitle: long,
      section: long,
      quote: long,
      header: long,
    }));
    const options = Array.from({ length: 300 }, (_, i) => ({ label: long, question: `${long}${i}` }));
    const answer: Answer = {
      ...base,
      summary: long,
      lines: [long, long],
      text: long.repeat(30),
      table: { ...base.table!, caption: long, rows },
      citations,
      options,
    };
    expect(checkBlockKit(render(answer, true))).toEqual([]);
    expect(checkBlockKit(renderQuotes(answer))).toEqual([]);
  });

  it("reports what it checks: a block count, a duplicate action_id, a long section, a second table", () => {
    const section = { type: "section", text: { type: "mrkdwn", text: "x".repeat(3001) } };
    const button = { type: "button", action_id: "a", text: { type: "plain_text", text: "b" }, value: "v" };
    const table = { type: "table", rows: [[{ type: "raw_text", text: "1" }]] };
    const problems = checkBlockKit({
      blocks: [...Array.from({ length: 49 }, () => section), { type: "actions", elements: [button, button] }, table, table],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "blocks: 52 > 50",
        "table blocks: 2 > 1",
        "blocks[0] section text: 3001 > 3000",
        "duplicate action_id: a, a",
      ]),
    );
  });
});
