/**
 * Slack mrkdwn read back into styled runs for the docs mock-ups: *bold*, `code`, <url|link>, ``` fences, and
 * the entities the renderer escaped. Approximate by design: the mock-ups show what a message looks like, not
 * a pixel copy of Slack.
 */
import { estimateWidth } from "../chart/svg-text.js";

/** A piece of text in one style. */
export type Run = { text: string; bold?: boolean; code?: boolean; link?: boolean };
/** A line of runs; `fenced` lines were inside a ``` block. */
export type RunLine = { runs: Run[]; fenced: boolean };

/**
 * @example mrkdwnLines("*出典* <https://x|資料>") // [{ runs: [{ text: "出典", bold: true }, { text: " " }, { text: "資料", link: true }], fenced: false }]
 */
export function mrkdwnLines(mrkdwn: string): RunLine[] {
  const lines: RunLine[] = [];
  let fenced = false;
  for (const raw of mrkdwn.split("\n")) {
    const parts = raw.split("```");
    parts.forEach((part, i) => {
      if (i > 0) fenced = !fenced;
      if (part !== "" || parts.length === 1)
        lines.push({ runs: fenced ? [{ text: unescape(part), code: true }] : inlineRuns(part), fenced });
    });
  }
  return lines;
}

function inlineRuns(line: string): Run[] {
  let text = line;
  const runs: Run[] = [];
  // _italic_ is drawn upright (one font style); its markers go, what is inside it is still read.
  text = text.replace(/(^|\s)_([^_\n]+)_(?=\s|$)/g, "$1$2");
  const pattern = /\*([^*\n]+)\*|`([^`\n]+)`|<([^|>]+)\|([^>]+)>|<(https?:[^>]+)>/g;
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) runs.push({ text: unescape(text.slice(at, m.index)) });
    if (m[1] !== undefined) runs.push({ text: unescape(m[1]), bold: true });
    else if (m[2] !== undefined) runs.push({ text: unescape(m[2]), code: true });
    else if (m[4] !== undefined) runs.push({ text: unescape(m[4]), link: true });
    else runs.push({ text: unescape(m[5]!), link: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: unescape(text.slice(at)) });
  return runs;
}

/**
 * Runs broken into lines no wider than `maxWidth` at `size` px.
 * @example wrapRuns([{ text: "あいうえお" }], 10, 20) // [[{ text: "あい" }], [{ text: "うえ" }], [{ text: "お" }]]
 */
export function wrapRuns(runs: Run[], size: number, maxWidth: number): Run[][] {
  const lines: Run[][] = [[]];
  let width = 0;
  for (const run of runs) {
    let piece = "";
    for (const ch of run.text) {
      const w = estimateWidth(ch, size);
      if (width + w > maxWidth && width > 0) {
        if (piece) lines[lines.length - 1]!.push({ ...run, text: piece });
        lines.push([]);
        piece = "";
        width = 0;
      }
      piece += ch;
      width += w;
    }
    if (piece) lines[lines.length - 1]!.push({ ...run, text: piece });
  }
  return lines;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
