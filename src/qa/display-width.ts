/**
 * Text widths in a fixed-width font, for the small tables of series answers (CLI, console, Slack).
 */

/**
 * Columns a string takes in a fixed-width font: East Asian wide and full-width characters take two.
 * @example displayWidth("平成23年度") // 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1;
  return width;
}

/**
 * Pads a string to a display width.
 * @example padToWidth("平成", 6) // "平成  "
 */
export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
