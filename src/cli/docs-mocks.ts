/**
 * `npm run docs:mocks`: the pictures in docs/images/, drawn from the bot's real output with the chart renderer
 * (SVG → PNG, the npm font): a thread with a real series answer and its chart, the chart alone, and App Home.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { renderChart } from "../chart/render-chart.js";
import { renderPng } from "../chart/render-png.js";
import { mockHomeSvg, mockThreadSvg, MOCK_FONTS } from "../docs/slack-mocks.js";
import { createAnswerer } from "../qa/index.js";
import { renderAnswer } from "../slack/render/render-answer.js";
import { renderHome } from "../slack/render/render-home.js";

const dir = "docs/images";
const question = "共同研究件数の推移";
const qa = createAnswerer();
const answer = qa.answer(question);
const chart = await renderChart(answer);
if (!chart) throw new Error(`no chart for「${question}」: pick a series question for the docs`);
// A fixed id: the pictures are the same on every run.
const message = renderAnswer(answer, { ask: { question }, questionId: "00000000-0000-4000-8000-000000000000" });
const pictures: Array<[string, Buffer]> = [
  [
    "slack-answer.png",
    await renderPng(mockThreadSvg({ channel: "産学連携-相談", user: "田中", question, blocks: message.blocks, chart }), MOCK_FONTS),
  ],
  ["slack-chart.png", chart.png],
  ["slack-home.png", await renderPng(mockHomeSvg(renderHome(qa.overview()).blocks), MOCK_FONTS)],
];
mkdirSync(dir, { recursive: true });
for (const [name, png] of pictures) writeFileSync(`${dir}/${name}`, png);
console.log(`${dir}: ${pictures.map(([name]) => name).join(", ")} drawn from real output.`);
