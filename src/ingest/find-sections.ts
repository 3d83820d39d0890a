/**
 * Sections from the document's own headings: 達成目標, ＜…＞, numbered headings (level 1); ①…⑳, 成果指標,
 * 活動指標, （1） (level 2). Each section starts at its heading line and records its page.
 */
import type { Line } from "./layout.js";

export type FoundSection = { at: string; title: string; level: number; page: number; line: number };

// 達成目標１ 大学、… and 達成目標６－２－１ are headings; 達成目標１について、… is a sentence about one.
const LEVEL_1 = [
  /^達成目標\s*[0-9０-９一二三四五六七八九十]+(?:[－\-‐][0-9０-９]+)*(?:\s|$|[:：])/u,
  /^[＜<〈][^＞>〉]{2,40}[＞>〉]/u,
  /^第[0-9０-９一二三四五六七八九十]+[章部節]/u,
  /^[0-9０-９]{1,2}[.．]\s*\S/u,
  /^[IVXⅠ-Ⅹ]+[.．]\s*\S/u,
  /^施策目標/u,
  // The parts of the government's evaluation sheet (事後評価書), headed alike in every ministry's sheet.
  /^(施策の概要|施策の必要性(・背景)?|達成目標の説明|これまでに実施している主な達成手段|主な達成手段の概要|評価結果|目標達成度合いの測定結果|施策の分析|今後の課題|改善方策|有識者会議での指摘事項|施策に関係する内閣の重要政策|指標に用いたデータ・資料等)\s*([（(][^）)]*[）)])?\s*$/u,
];
const LEVEL_2 = [/^[\u2460-\u2473]/u, /^(成果|活動)指標/u, /^[（(][0-9０-９]{1,2}[）)]/u];
const MAX_HEADING = 60;

const clean = (text: string) => text.replace(/^[\s#*\-・]+/u, "").trim();

/**
 * The heading level of a line, or undefined when it is not a heading.
 * @example headingLevel("②産学官連携本部等の整備状況") // 2
 */
export function headingLevel(text: string): number | undefined {
  // 2．7倍 is a figure, not heading 2.
  const line = clean(text);
  if (/^\d+\.\d/u.test(line.normalize("NFKC"))) return undefined;
  if (!line || line.length > MAX_HEADING * 2) return undefined;
  if (LEVEL_1.some((p) => p.test(line))) return 1;
  if (LEVEL_2.some((p) => p.test(line))) return 2;
  return undefined;
}

/**
 * Whether a line is a level-1 heading (it ends a table).
 * @example isHeading("＜これまでに実施している主な達成手段＞") // true
 */
export function isHeading(text: string): boolean {
  return headingLevel(text) === 1;
}

/**
 * The document's sections: the first line opens the first one (named after the title), then one per heading.
 * `titleOf` gives the heading text without the figures of a table row (①共同研究の実施件数 7,248件 … → ①共同研究の実施件数).
 * @example findSections(lines, "評価書", (l) => l.text)[1].title // "達成目標１ 大学、公的研究機関…"
 */
export function findSections(lines: Line[], title: string, titleOf: (line: Line) => string): FoundSection[] {
  const first = lines.findIndex((l) => l.text.trim());
  if (first < 0) return [];
  const sections: FoundSection[] = [{ at: atOf(lines[first]!.text), title, level: 1, page: lines[first]!.page, line: first }];
  lines.forEach((line, i) => {
    if (i <= first) return;
    const level = headingLevel(line.text);
    if (!level) return;
    const heading = clean(titleOf(line)).replace(/\s+/gu, " ").slice(0, MAX_HEADING);
    if (heading) sections.push({ at: atOf(line.text), title: heading, level, page: line.page, line: i });
  });
  return sections;
}

/** The line's start as written (without list markers), long enough to be told from other lines. */
const atOf = (text: string) => text.trim().slice(0, 40).trim();
