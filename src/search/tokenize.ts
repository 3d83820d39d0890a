/**
 * Japanese-aware tokenization for minisearch (its default splits on spaces, which Japanese has none of).
 * Chosen by measurement (see docs/search-measurement.md): Intl.Segmenter words plus CJK bigrams.
 */
import { wordSegments } from "./word-segments.js";

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+/gu;

/**
 * Splits text into word tokens and overlapping two-character pieces of every CJK run.
 * @example tokenize("共同研究件数") // ["共同", "研究", "件数", "共同研究件数"?…, "同研", "究件"…] (words + bigrams)
 */
export function tokenize(text: string): string[] {
  const lower = text.normalize("NFKC").toLowerCase();
  const tokens = new Set<string>();
  for (const { segment, isWordLike } of wordSegments(lower)) if (isWordLike && segment.trim()) tokens.add(segment.trim());
  for (const run of lower.match(CJK_RUN) ?? []) {
    if (run.length === 1) tokens.add(run);
    for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
  }
  return [...tokens];
}

/**
 * Adds the western year after each era year so that "2003年度" finds "平成１５年度" and "H15" finds both.
 * @example annotateEraYears("平成15年度予算") // "平成15年度 2003年度 予算"
 */
export function annotateEraYears(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/(平成|H)\s?(\d{1,2})\s?(年度|年)/g, (m, _era, n: string, unit: string) => `${m} ${1988 + Number(n)}${unit} `)
    .replace(/(?<![\d.成H])(\d{1,2}) ?年度/g, (m, n: string) => `${m} ${1988 + Number(n)}年度 `);
}
