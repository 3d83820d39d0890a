/**
 * A section of a document as sentences and list items: the units a descriptive answer is made of. Each unit
 * keeps its verbatim text (for the citation) and its cleaned text (for the user), and knows whether it is an
 * item of a numbered or bulleted list and under which heading line it stands.
 */
import type { Section } from "../../knowledge/document-model.js";
import { cleanText } from "./clean-text.js";

export type ListMark = { family: "circled" | "paren" | "dot" | "bullet"; number?: number };
export type Unit = { index: number; raw: string; shown: string; list?: ListMark; heading: string };

// A line that starts a new unit: a Markdown heading or list mark, ①, (1), 1., ・, ◇, ○, ➤, ＜…＞ or 【…】.
const STARTS = /^\s*(?:#{1,6}\s|[-*]\s|[①-⑳]|[(（]\s*[0-9０-９]{1,2}\s*[)）]|[0-9０-９]{1,2}[.．]\s*\S|[・◇○●■□➤]|＜|【)/u;
const CIRCLED = /^[①-⑳]/u;
const PAREN = /^[(（]\s*([0-9０-９]{1,2})\s*[)）]/u;
const DOT = /^([0-9０-９]{1,2})[.．]/u;
const BULLET = /^[・◇○●■□➤]/u;

/**
 * Splits a section's text into sentences (at 。), list items and headed lines, in document order.
 * @example splitUnits(section).map((u) => u.shown) // ["⑥必要性 地域産業が…求められる。", "そのためには…"]
 */
export function splitUnits(section: Pick<Section, "text">): Unit[] {
  const pieces: string[] = [];
  let current = "";
  let blank = false;
  const flush = () => {
    if (current.trim()) pieces.push(current);
    current = "";
  };
  for (const line of section.text.split("\n")) {
    if (!line.trim()) {
      blank = true;
      continue;
    }
    // The PDF leaves blank lines inside sentences: a blank line ends a unit only after a sentence's end or a
    // closing bracket (a diagram's [ライフ]), a short label, or before a line that starts a new unit.
    if (STARTS.test(line) || (blank && (/[。」』）)\]］＞>]\s*$/u.test(current) || current.trim().length <= 40))) flush();
    blank = false;
    // Within a line, a sentence ends after 。 and any closing bracket that follows it.
    const parts = line.split(/(?<=。[」）)]*)/u);
    parts.forEach((part, i) => {
      current += current && i === 0 ? `\n${part}` : part;
      if (i < parts.length - 1 || /。[」）)]*\s*$/u.test(part)) flush();
    });
  }
  flush();
  let heading = "";
  // Each piece cleaned once (it is most of the time of splitting every section on the first descriptive question).
  return pieces
    .map((raw) => ({ raw, shown: cleanText(raw) }))
    .filter(({ shown }) => shown)
    .map(({ raw, shown }, index) => {
      // A Markdown heading's number ("### (1) 基本的考え方") numbers a section, not a list item.
      const unit: Unit = { index, raw: raw.trim(), shown, list: /^\s*#/.test(raw) ? undefined : listMark(shown), heading };
      if (isHeading(raw, shown, unit.list)) heading = shown;
      return unit;
    });
}

function listMark(shown: string): ListMark | undefined {
  const digits = (s: string) => Number(s.normalize("NFKC"));
  if (CIRCLED.test(shown)) return { family: "circled", number: shown.codePointAt(0)! - 0x2460 + 1 };
  const paren = PAREN.exec(shown);
  if (paren) return { family: "paren", number: digits(paren[1]!) };
  const dot = DOT.exec(shown);
  if (dot) return { family: "dot", number: digits(dot[1]!) };
  return BULLET.test(shown) ? { family: "bullet" } : undefined;
}

/** A Markdown heading, or a short line that ends without 。 and is no bullet (③ 産学官協働のための「場」の構築). */
function isHeading(raw: string, shown: string, list: ListMark | undefined): boolean {
  if (/^\s*#{1,6}\s/.test(raw)) return true;
  return list?.family !== "bullet" && shown.length <= 40 && !/[。、]$/.test(shown) && !raw.includes("\n");
}

/**
 * The whole list a unit is an item of, in order: numbered items counted from 1 up without a gap, bullets as
 * the run they stand in (short wrapped fragments between them belong to the item above).
 * @example listAround(units, units.findIndex((u) => u.shown.startsWith("②"))).map((u) => u.list?.number) // [1, 2, 3]
 */
export function listAround(units: Unit[], at: number): Unit[] {
  const mark = units[at]?.list;
  if (!mark) return units[at] ? [units[at]!] : [];
  const same = (u: Unit | undefined) => u?.list?.family === mark.family;
  const gap = (u: Unit | undefined) => u !== undefined && !u.list && u.shown.length <= 30;
  let from = at;
  let to = at;
  if (mark.number !== undefined) {
    // The chain of items numbered one up from the next: ① ② ③, not a ① of another list in between.
    const next = (i: number, n: number) => units.findIndex((u, j) => j > i && same(u) && u.list!.number === n);
    const prev = (i: number, n: number) => {
      for (let j = i - 1; j >= 0; j--) if (same(units[j]) && units[j]!.list!.number === n) return j;
      return -1;
    };
    const chain = [at];
    for (let n = mark.number - 1, j = prev(at, n); n >= 1 && j >= 0; j = prev(j, --n)) chain.unshift(j);
    for (let n = mark.number + 1, j = next(at, n); j >= 0; j = next(j, ++n)) chain.push(j);
    return chain.map((i) => units[i]!);
  }
  while (same(units[from - 1]) || (gap(units[from - 1]) && same(units[from - 2]))) from--;
  while (same(units[to + 1]) || (gap(units[to + 1]) && same(units[to + 2]))) to++;
  return units.slice(from, to + 1).filter(same);
}
