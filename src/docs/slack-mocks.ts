/**
 * Slack-like pictures for the docs, drawn from the bot's real output: a thread with the question, the answer's
 * Block Kit blocks and the chart uploaded under it, and the App Home view. The chrome (avatars, names, tabs)
 * is approximate; the content is what the code sends.
 */
import { createRequire } from "node:module";
import { NOTO_SANS_JP } from "../chart/render-png.js";
import { escapeXml, svgText, wrapText } from "../chart/svg-text.js";
import { drawBlocks, type AnyBlock } from "./draw-blocks.js";

/** Regular and Bold Noto Sans JP: the mock-ups show Slack's bold names and headers. */
export const MOCK_FONTS = [
  NOTO_SANS_JP,
  createRequire(import.meta.url).resolve("@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf"),
];
const WIDTH = 1000;
const CONTENT_X = 76;
const CONTENT_WIDTH = WIDTH - CONTENT_X - 40;
const CHART = { width: 576, height: 324 };

/** What a thread picture shows: where, who asked what, the answer's blocks and the chart uploaded under it. */
export type ThreadMock = { channel: string; user: string; question: string; blocks: AnyBlock[]; chart?: { png: Buffer; caption: string } };

/**
 * A thread: the person's mention, the bot's answer (its blocks) and, when there is one, the chart it uploaded.
 * @example mockThreadSvg({ channel: "産学連携", user: "田中", question: "共同研究件数の推移", blocks }) // "<svg …"
 */
export function mockThreadSvg(thread: ThreadMock): string {
  const parts: string[] = [
    svgText(24, 34, "スレッド", { size: 18, weight: 700 }),
    svgText(112, 34, `#${thread.channel}`, { size: 15, fill: "#616061" }),
    `<line x1="0" y1="56" x2="${WIDTH}" y2="56" stroke="#dddddd"/>`,
  ];
  parts.push(sender(76, thread.user, "#e8912d", thread.user.slice(0, 1), false));
  parts.push(
    `<rect x="${CONTENT_X}" y="96" width="84" height="24" rx="4" fill="#e8f5fa"/>` +
      svgText(CONTENT_X + 4, 114, "@sangaku", { size: 15, fill: "#1264a3" }) +
      svgText(CONTENT_X + 94, 114, thread.question, { size: 15 }),
  );
  parts.push(`<line x1="0" y1="140" x2="${WIDTH}" y2="140" stroke="#eeeeee"/>`);
  parts.push(sender(160, "sangaku", "#1d3557", "s", true));
  const answer = drawBlocks(thread.blocks, CONTENT_X, 182, CONTENT_WIDTH);
  parts.push(answer.svg);
  let bottom = 182 + answer.height + 24;
  if (thread.chart) {
    const caption = wrapText(thread.chart.caption, 15, CONTENT_WIDTH);
    parts.push(caption.map((line, i) => svgText(CONTENT_X, bottom + 16 + i * 24, line, { size: 15 })).join(""));
    bottom += caption.length * 24 + 8;
    parts.push(
      `<image x="${CONTENT_X}" y="${bottom}" width="${CHART.width}" height="${CHART.height}" href="data:image/png;base64,${thread.chart.png.toString("base64")}"/>` +
        `<rect x="${CONTENT_X}" y="${bottom}" width="${CHART.width}" height="${CHART.height}" rx="6" fill="none" stroke="#dddddd"/>`,
    );
    bottom += CHART.height + 24;
  }
  return frame(parts, bottom);
}

/**
 * App Home: the app's name, its tabs with Home selected, and the home view's blocks.
 * @example mockHomeSvg(renderHome(qa.overview()).blocks) // "<svg …"
 */
export function mockHomeSvg(blocks: AnyBlock[]): string {
  const tabs = ["ホーム", "メッセージ", "情報"]
    .map((tab, i) => svgText(CONTENT_X + i * 120, 92, tab, { size: 15, ...(i === 0 ? { weight: 700 } : { fill: "#616061" }) }))
    .join("");
  const parts = [
    avatar(24, 20, "#1d3557", "s"),
    svgText(CONTENT_X, 46, "sangaku", { size: 20, weight: 700 }),
    tabs,
    `<line x1="0" y1="108" x2="${WIDTH}" y2="108" stroke="#dddddd"/><rect x="${CONTENT_X}" y="105" width="48" height="3" fill="#1264a3"/>`,
  ];
  const home = drawBlocks(blocks, 40, 128, WIDTH - 80);
  parts.push(home.svg);
  return frame(parts, 128 + home.height + 32);
}

function sender(y: number, name: string, color: string, initial: string, app: boolean): string {
  const badge = app
    ? `<rect x="${CONTENT_X + 80}" y="${y - 14}" width="34" height="18" rx="3" fill="#e8e8e8"/>` +
      svgText(CONTENT_X + 97, y, "APP", { size: 11, anchor: "middle", fill: "#616061" })
    : "";
  return (
    avatar(24, y - 16, color, initial) +
    svgText(CONTENT_X, y, name, { size: 15, weight: 700 }) +
    badge +
    svgText(CONTENT_X + (app ? 124 : 90), y, "10:24", { size: 12, fill: "#616061" })
  );
}

function avatar(x: number, y: number, color: string, initial: string): string {
  return (
    `<rect x="${x}" y="${y}" width="38" height="38" rx="8" fill="${color}"/>` +
    svgText(x + 19, y + 26, initial, { size: 18, anchor: "middle", fill: "#ffffff", weight: 700 })
  );
}

function frame(parts: string[], height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">` +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/><title>${escapeXml("sangaku mock-up")}</title>` +
    parts.join("\n") +
    "</svg>"
  );
}
