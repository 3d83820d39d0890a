import { describe, expect, it } from "vitest";
import { renderPng } from "../../src/chart/render-png.js";
import { drawBlocks } from "../../src/docs/draw-blocks.js";
import { mockHomeSvg, mockThreadSvg, MOCK_FONTS } from "../../src/docs/slack-mocks.js";
import { createAnswerer } from "../../src/qa/index.js";
import { renderAnswer } from "../../src/slack/render/render-answer.js";
import { renderHome } from "../../src/slack/render/render-home.js";
import { darkPixels } from "../support/png-pixels.js";

const qa = createAnswerer();

describe("drawBlocks", () => {
  it("draws a table block as a grid of its cells and feedback buttons as their labels", () => {
    const { svg } = drawBlocks(
      [
        {
          type: "table",
          rows: [
            [
              { type: "raw_text", text: "年度" },
              { type: "raw_text", text: "数値" },
            ],
            [
              { type: "raw_text", text: "平成23年度" },
              { type: "raw_text", text: "16,302件" },
            ],
          ],
        },
        {
          type: "context_actions",
          elements: [
            {
              type: "feedback_buttons",
              positive_button: { text: { type: "plain_text", text: "役に立った" } },
              negative_button: { text: { type: "plain_text", text: "違う" } },
            },
          ],
        },
      ],
      0,
      0,
      800,
    );
    for (const text of ["年度", "平成23年度", "16,302件", "役に立った", "違う"]) expect(svg).toContain(`>${text}</text>`);
  });

  it("draws an emoji feedback button with its accessibility label, since the font has no emoji", () => {
    const { svg } = drawBlocks(
      [
        {
          type: "context_actions",
          elements: [
            {
              type: "feedback_buttons",
              positive_button: { text: { type: "plain_text", text: "👍" }, accessibility_label: "役に立った" },
              negative_button: { text: { type: "plain_text", text: "👎" }, accessibility_label: "違う" },
            },
          ],
        },
      ],
      0,
      0,
      800,
    );
    expect(svg).toContain(">役に立った</text>");
    expect(svg).not.toContain("👍");
  });

  it("draws a block type it does not know as a labelled box rather than dropping it", () => {
    expect(drawBlocks([{ type: "video" }], 0, 0, 800).svg).toContain(">[video]</text>");
  });
});

describe("Slack mock-ups", () => {
  it("draws a real answer's blocks as text in the thread picture", async () => {
    const answer = qa.answer("共同研究件数の推移");
    const svg = mockThreadSvg({
      channel: "c",
      user: "田中",
      question: answer.question,
      blocks: renderAnswer(answer, { ask: { question: answer.question }, questionId: "q1" }).blocks,
    });
    expect(svg).toContain("16,302件");
    const png = await renderPng(svg, MOCK_FONTS);
    expect(darkPixels(png, { x: 76, y: 182, width: 800, height: 40 })).toBeGreaterThan(200);
  });

  it("draws App Home from the home view the code publishes", () => {
    const overview = qa.overview();
    const svg = mockHomeSvg(renderHome(overview).blocks);
    for (const example of overview.suggestions.ja.slice(0, 2)) expect(svg).toContain(example.replace(/&/g, "&amp;"));
  });
});
