/**
 * Block Kit blocks drawn as SVG for the docs mock-ups, from the very blocks the bot sends: sections and
 * markdown as text, tables (a `table` block, or a fenced `a | b` table) as grids, context in small grey type,
 * buttons as pills. A block type this does not know is drawn as a labelled box, so a new block never vanishes
 * from the pictures unnoticed.
 */
import { escapeXml, FONT_FAMILY, round, svgText } from "../chart/svg-text.js";
import { drawButtons, drawTable, labelOf } from "./draw-elements.js";
import { mrkdwnLines, wrapRuns, type Run, type RunLine } from "./mrkdwn-runs.js";

/** A block as JSON, as sent to Slack. */
export type AnyBlock = Record<string, any>;
/** SVG markup and the height it takes. */
export type Drawn = { svg: string; height: number };
const GAP = 10;

/**
 * Draws `blocks` top-down from (x, y) within `width`.
 * @example drawBlocks(renderAnswer(answer, opts).blocks, 76, 60, 860).height // 412
 */
export function drawBlocks(blocks: AnyBlock[], x: number, y: number, width: number): Drawn {
  let top = y;
  const parts: string[] = [];
  for (const block of blocks) {
    const drawn = drawBlock(block, x, top, width);
    parts.push(drawn.svg);
    top += drawn.height + GAP;
  }
  return { svg: parts.join("\n"), height: Math.max(0, top - y - GAP) };
}

function drawBlock(block: AnyBlock, x: number, y: number, width: number): Drawn {
  switch (block.type) {
    case "header":
      return drawParagraphs([{ runs: [{ text: labelOf(block.text), bold: true }], fenced: false }], x, y, width, 20);
    case "section":
      return drawSection(block, x, y, width);
    case "markdown":
      return drawParagraphs(mrkdwnLines(String(block.text ?? "").replace(/\*\*([^*]+)\*\*/g, "*$1*")), x, y, width, 15);
    case "context":
      return drawParagraphs(
        [
          {
            runs: (block.elements ?? []).flatMap((e: AnyBlock, i: number) => [
              ...(i ? [{ text: "   " }] : []),
              ...mrkdwnLines(labelOf(e)).flatMap((l) => l.runs),
            ]),
            fenced: false,
          },
        ],
        x,
        y,
        width,
        13,
        "#616061",
      );
    case "actions":
    case "context_actions":
      return drawButtons(block.elements ?? [], x, y, width, block.type === "context_actions");
    case "table":
      return drawTable(
        (block.rows ?? []).map((row: AnyBlock[]) => row.map(labelOf)),
        x,
        y,
        width,
      );
    case "divider":
      return { svg: `<line x1="${x}" y1="${y + 8}" x2="${x + width}" y2="${y + 8}" stroke="#dddddd"/>`, height: 16 };
    case "rich_text":
      return drawParagraphs(mrkdwnLines(labelOf(block)), x, y, width, 15);
    default:
      return {
        svg:
          `<rect x="${x}" y="${y}" width="${width}" height="32" fill="none" stroke="#bbbbbb" stroke-dasharray="4 3"/>` +
          svgText(x + 10, y + 21, `[${block.type}]`, { size: 13, fill: "#616061" }),
        height: 32,
      };
  }
}

function drawSection(block: AnyBlock, x: number, y: number, width: number): Drawn {
  const accessory = block.accessory ? drawButtons([block.accessory], x + width - 160, y, 160, false) : undefined;
  const text = drawParagraphs(mrkdwnLines(labelOf(block.text)), x, y, accessory ? width - 170 : width, 15);
  return { svg: text.svg + (accessory?.svg ?? ""), height: Math.max(text.height, accessory?.height ?? 0) };
}

/** Lines of runs wrapped to `width`; consecutive fenced lines become a table (when they have `|`) or a grey box. */
function drawParagraphs(lines: RunLine[], x: number, y: number, width: number, size: number, fill = "#1d1c1d"): Drawn {
  const parts: string[] = [];
  let top = y;
  for (let i = 0; i < lines.length; i += 1) {
    const fenced = lines[i]!.fenced;
    const group = [lines[i]!];
    while (lines[i + 1] && lines[i + 1]!.fenced === fenced && (fenced || (isTableRow(lines[i]!) && isTableRow(lines[i + 1]!))))
      group.push(lines[++i]!);
    const drawn =
      fenced || (group.length > 1 && group.every(isTableRow))
        ? drawFenced(group, x, top, width)
        : drawRuns(group[0]!.runs, x, top, width, size, fill);
    parts.push(drawn.svg);
    top += drawn.height;
  }
  return { svg: parts.join(""), height: top - y };
}

function drawRuns(runs: Run[], x: number, y: number, width: number, size: number, fill: string): Drawn {
  const lineHeight = Math.round(size * 1.6);
  const wrapped = wrapRuns(runs, size, width);
  const svg = wrapped
    .map(
      (line, i) =>
        `<text x="${x}" y="${round(y + lineHeight * (i + 0.75))}" font-family="${FONT_FAMILY}" font-size="${size}" fill="${fill}" xml:space="preserve">` +
        line
          .map(
            (r) =>
              `<tspan${r.bold ? ' font-weight="700"' : ""}${r.link ? ' fill="#1264a3"' : r.code ? ' fill="#c01343"' : ""}>${escapeXml(r.text)}</tspan>`,
          )
          .join("") +
        "</text>",
    )
    .join("");
  return { svg, height: lineHeight * wrapped.length };
}

function drawFenced(lines: RunLine[], x: number, y: number, width: number): Drawn {
  const texts = lines.map((l) => l.runs.map((r) => r.text).join(""));
  if (texts.some((t) => t.includes("|"))) {
    const rows = texts
      .filter((t) => !/^[\s|:-]+$/.test(t))
      .map((t) =>
        t
          .replace(/^\s*\|/, "")
          .replace(/\|\s*$/, "")
          .split("|")
          .map((c) => c.trim()),
      );
    const table = drawTable(rows, x, y + 4, width);
    return { svg: table.svg, height: table.height + 8 };
  }
  const body = texts.map((t, i) => svgText(x + 12, y + 24 + i * 22, t, { size: 14 })).join("");
  return {
    svg: `<rect x="${x}" y="${y + 4}" width="${width}" height="${texts.length * 22 + 14}" rx="4" fill="#f8f8f8" stroke="#dddddd"/>` + body,
    height: texts.length * 22 + 22,
  };
}

function isTableRow(line: RunLine): boolean {
  return /^\s*\|.*\|\s*$/.test(line.runs.map((r) => r.text).join(""));
}
