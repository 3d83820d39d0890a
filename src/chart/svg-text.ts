/**
 * Text in SVG without a browser to measure it: widths are estimated from the characters (a full-width
 * character is one em, most Latin characters about half), which is close enough to cut or wrap a line before
 * it leaves the picture. Every string is escaped: answer text may contain `<` or `&`.
 */

/** The family name of the font render-png.ts loads (Noto Sans JP from npm). */
export const FONT_FAMILY = "Noto Sans JP";

/**
 * @example escapeXml("a < b & c") // "a &lt; b &amp; c"
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Estimated width of `text` at `size` px.
 * @example estimateWidth("平成23年度", 10) // 75
 */
export function estimateWidth(text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += /[\u0000-\u00ff\uff61-\uff9f]/.test(ch) ? (/[A-Z0-9]/.test(ch) ? 0.62 : 0.5) : 1;
  return Math.ceil(width * size);
}

/**
 * `text` cut with "…" to fit `maxWidth`.
 * @example fitText("平成24年度実施施策に係る事後評価書", 14, 100) // "平成24年度…"
 */
export function fitText(text: string, size: number, maxWidth: number): string {
  if (estimateWidth(text, size) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && estimateWidth(chars.join("") + "…", size) > maxWidth) chars.pop();
  return chars.join("") + "…";
}

/**
 * `text` broken into lines of at most `maxWidth` (Japanese breaks anywhere; newlines are kept).
 * @example wrapText("あいうえお", 10, 20) // ["あい", "うえ", "お"]
 */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const ch of paragraph) {
      if (line && estimateWidth(line + ch, size) > maxWidth) {
        lines.push(line);
        line = "";
      }
      line += ch;
    }
    lines.push(line);
  }
  return lines;
}

/** `halo`: a white outline under the letters, so a label stays legible where it crosses a line. */
export type TextStyle = {
  size: number;
  fill?: string;
  anchor?: "start" | "middle" | "end";
  weight?: number;
  rotate?: number;
  halo?: boolean;
};

/**
 * One `<text>` element in the project's font.
 * @example svgText(10, 20, "推移", { size: 14 }) // '<text x="10" y="20" … font-size="14" …>推移</text>'
 */
export function svgText(x: number, y: number, text: string, style: TextStyle): string {
  const extra = [
    style.weight ? ` font-weight="${style.weight}"` : "",
    style.rotate ? ` transform="rotate(${style.rotate} ${x} ${y})"` : "",
    style.halo ? ' stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"' : "",
  ].join("");
  return `<text x="${round(x)}" y="${round(y)}" font-family="${FONT_FAMILY}" font-size="${style.size}" fill="${style.fill ?? "#1d1c1d"}" text-anchor="${style.anchor ?? "start"}"${extra}>${escapeXml(text)}</text>`;
}

/**
 * @example round(1.23456) // 1.2
 */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
