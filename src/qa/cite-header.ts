/**
 * The column headers of the table a quote is a row of. A PDF table row such as "7,248 件 14,974 件 14,779 件"
 * does not say which figure is which year; the fiscal years stand in a header line above it ("15 年度 20 年度
 * 21 年度"), sometimes under a line naming the kinds ("基準値 実績値 目標値"). Shown with the quote, they let a
 * reader check the year of each figure.
 */
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import { locateQuote } from "../knowledge/document-model.js";
import type { Citation } from "./types.js";

/** How far above a row its header may stand (a header serves the rows of several indicators). */
const MAX_LINES_ABOVE = 60;
// Matched after NFKC, which turns the sources' full-width dash (－, an empty cell) into "-".
const YEAR_CELL = /(?:\d+|-|毎)\s*年度/g;
const CELL = /\d[\d,.]*\s*(?:件|機関|%|億円|百万円|人|社)|(?<=\s|^)-(?=\s|$)/g;
const KINDS_LINE = /^(?:\s*(?:基準値|実績値|目標値|実績|目標))+\s*$/;

/**
 * The citation with `header` set when its quote is a table row under a fiscal-year header; unchanged otherwise.
 * @example citeHeader(kb, { document: "h24-jigo-hyoka.txt", quote: "の実施件数 7,248 件 14,974 件 …", … }).header
 * // "基準値 実績値 目標値\n15 年度 20 年度 21 年度 22 年度 23 年度 24 年度 25 年度"
 */
export function citeHeader(kb: KnowledgeBase, citation: Citation): Citation {
  const quote = citation.quote.normalize("NFKC");
  // A row of three or more figures that names no year itself (a sentence that does needs no header).
  if (citation.header || /\d\s*年度/.test(quote) || (quote.match(CELL) ?? []).length < 3) return citation;
  const doc = kb.documents.get(citation.document);
  const found = doc && locateQuote(doc, citation.quote, kb.vocabulary.variants);
  if (!doc || !found) return citation;
  for (let line = found.line - 1; line >= Math.max(0, found.line - MAX_LINES_ABOVE); line--) {
    if (!isYearHeader(doc.lines[line]!)) continue;
    const kinds = [line - 1, line - 2].map((n) => doc.lines[n]?.trim() ?? "").find((text) => KINDS_LINE.test(text));
    const header = [kinds, doc.lines[line]!.trim()].filter(Boolean).join("\n");
    return { ...citation, header };
  }
  return citation;
}

/** A line of three or more fiscal-year cells and little else ("対象 20 年度 21 年度 22 年度"). */
function isYearHeader(text: string): boolean {
  const normalized = text.normalize("NFKC");
  const years = normalized.match(YEAR_CELL) ?? [];
  return years.length >= 3 && normalized.replace(YEAR_CELL, "").trim().length <= 6;
}
