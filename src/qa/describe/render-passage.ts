/**
 * Units of a section as an answer: the cleaned sentences or list items shown, cut only between sentences,
 * and one citation that quotes the source verbatim from the first unit shown to the last.
 */
import type { Citation } from "../types.js";
import type { Unit } from "./sentences.js";
import type { UnitSection } from "./section-units.js";
import { withoutTitle } from "./section-units.js";
import { mapNormalized } from "../../knowledge/normalize-text.js";

/** About this many characters of prose are shown; a list is shown whole, each item at most ITEM_CHARS. */
export const PROSE_CHARS = 300;
export const ITEM_CHARS = 120;

/**
 * The lines to show for the chosen units: a list item per line, prose as whole sentences within the budget.
 * @example shownLines(units, "⑥必要性") // ["地域産業が国際競争力を持つためには…求められる。"]
 */
export function shownLines(units: Unit[], title: string): string[] {
  if (isList(units)) return units.map((u) => cutAtClause(withoutTitle(u.shown, title), ITEM_CHARS));
  const lines: string[] = [];
  let used = 0;
  for (const unit of units) {
    const text = withoutTitle(unit.shown, title);
    if (lines.length > 0 && used + text.length > PROSE_CHARS) break;
    lines.push(lines.length === 0 ? cutAtClause(text, PROSE_CHARS) : text);
    used += text.length;
  }
  return lines;
}

/** Two or more list items: shown one a line (an item with the lines that explain it reads as prose). */
export function isList(units: Unit[]): boolean {
  return units.filter((u) => u.list).length > 1;
}

/**
 * Shown units as one quote: sentences run on, short lines (a table row, a label) are kept apart by a space.
 * @example joinProse(["聴講者 80% 77%", "説明者 77% 72%"]) // "聴講者 80% 77% 説明者 77% 72%"
 */
export function joinProse(lines: string[]): string {
  return lines.reduce((out, line) => (!out ? line : /[。」）)]$/u.test(out) ? `${out}${line}` : `${out} ${line}`), "");
}

/** A long sentence cut after a 、 (never inside a word), with … to say so. */
export function cutAtClause(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf("、", max);
  // No clause boundary early enough: the whole sentence, long, rather than a cut word.
  return at > max / 3 ? `${text.slice(0, at + 1)}…` : text;
}

/**
 * A long sentence shown from the clause before the term it defines, when the term comes late in it
 * (…大学知財本部を「スーパー産学官連携本部」として整備する).
 * @example focusOn("…長い前置き、国際競争力を有する大学知財本部を「X」として整備", "x") // "…国際競争力を有する大学知財本部を「X」として整備"
 */
export function focusOn(shown: string, term: string): string {
  const { text, origin } = mapNormalized(shown, {});
  const at = text.toLowerCase().indexOf(term);
  if (at < 0 || origin[at]! < PROSE_CHARS / 2) return shown;
  const from = shown.lastIndexOf("、", Math.max(0, origin[at]! - 40));
  return from > 0 ? `…${shown.slice(from + 1)}` : shown;
}

/**
 * The citation of the units: the section's text verbatim from the first unit to the last.
 * @example citeUnits(section, units).quote // "⑥必要性 地域産業が国際競争力を…"
 */
export function citeUnits(where: UnitSection, units: Unit[]): Citation {
  const text = where.section.text;
  const first = units[0]!;
  const last = units[units.length - 1]!;
  const start = text.indexOf(first.raw);
  const end = start >= 0 ? text.indexOf(last.raw, start) : -1;
  const quote = start >= 0 && end >= 0 ? text.slice(start, end + last.raw.length) : units.map((u) => u.raw).join("\n");
  return { document: where.document.file, documentTitle: where.document.title, section: where.section.label, quote };
}
