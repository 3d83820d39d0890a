/**
 * The pieces of blocks the docs mock-ups draw: an element's text, buttons (and feedback buttons) as pills,
 * and a table as a grid with its first row as the header.
 */
import { estimateWidth, fitText, svgText } from "../chart/svg-text.js";

// Block Kit JSON as sent; only the text-bearing fields are read.
type Json = Record<string, any>;
type Drawn = { svg: string; height: number };

/**
 * The text a person sees for a text object, element, table cell or rich text.
 * @example labelOf({ type: "plain_text", text: "原文を表示" }) // "原文を表示"
 */
export function labelOf(element: unknown): string {
  if (typeof element === "string") return element;
  if (!element || typeof element !== "object") return "";
  const e = element as Json;
  if (typeof e.text === "string") return e.text;
  if (e.text) return labelOf(e.text);
  if (Array.isArray(e.elements)) return e.elements.map(labelOf).join(e.type === "rich_text" || e.type === "rich_text_list" ? "\n" : "");
  if (e.placeholder) return `${labelOf(e.placeholder)} ▾`;
  return typeof e.url === "string" ? e.url : "";
}

/**
 * Buttons in a row (wrapping), feedback buttons as their two labels; `small` for a context_actions block.
 * @example drawButtons([{ type: "button", text: { type: "plain_text", text: "原文を表示" } }], 0, 0, 400, false).height // 34
 */
export function drawButtons(elements: Json[], x: number, y: number, width: number, small: boolean): Drawn {
  const size = small ? 13 : 14;
  const height = small ? 28 : 34;
  const pills = elements.flatMap((e): Array<{ label: string; primary: boolean }> =>
    e.type === "feedback_buttons"
      ? [
          { label: buttonLabel(e.positive_button), primary: false },
          { label: buttonLabel(e.negative_button), primary: false },
        ]
      : [{ label: labelOf(e), primary: e.style === "primary" }],
  );
  let left = x;
  let top = y;
  const svg = pills
    .map(({ label, primary }) => {
      const w = estimateWidth(label, size) + 28;
      if (left + w > x + width && left > x) {
        left = x;
        top += height + 8;
      }
      const pill =
        `<rect x="${left}" y="${top}" width="${w}" height="${height}" rx="6" fill="${primary ? "#007a5a" : "#ffffff"}" stroke="${primary ? "#007a5a" : "#bbbbbb"}"/>` +
        svgText(left + w / 2, top + height / 2 + size * 0.36, label, { size, anchor: "middle", fill: primary ? "#ffffff" : "#1d1c1d" });
      left += w + 8;
      return pill;
    })
    .join("");
  return { svg, height: top - y + height };
}

// The font has no emoji (👍 would be an empty box): such a button is drawn with its accessibility label.
function buttonLabel(button: Json): string {
  const text = labelOf(button);
  return /\p{Extended_Pictographic}/u.test(text) && typeof button?.accessibility_label === "string" ? button.accessibility_label : text;
}

/**
 * A grid, the first row as the header; columns as wide as their widest cell, cut to fit `width`.
 * @example drawTable([["年度", "数値"], ["平成23年度", "16,302件"]], 0, 0, 600).height // 64
 */
export function drawTable(rows: string[][], x: number, y: number, width: number): Drawn {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, (_, c) => Math.max(40, ...rows.map((r) => estimateWidth(r[c] ?? "", 14) + 24)));
  const scale = Math.min(1, width / natural.reduce((a, b) => a + b, 0));
  const widths = natural.map((w) => Math.floor(w * scale));
  const rowHeight = 32;
  const svg = rows
    .map((row, r) => {
      let left = x;
      return widths
        .map((w, c) => {
          const cell =
            `<rect x="${left}" y="${y + r * rowHeight}" width="${w}" height="${rowHeight}" fill="${r === 0 ? "#f4f4f4" : "#ffffff"}" stroke="#dddddd"/>` +
            svgText(left + 12, y + r * rowHeight + 21, fitText(row[c] ?? "", 14, w - 20), {
              size: 14,
              ...(r === 0 ? { weight: 700 } : {}),
            });
          left += w;
          return cell;
        })
        .join("");
    })
    .join("");
  return { svg, height: rows.length * rowHeight };
}
