/**
 * Fiscal years as documents write them (23 年度, 平成23年度, H23年度, 令和5年度, 2011年度): ingestion reads them
 * from table headers and sentences. A bare two-digit year takes the era the document itself uses.
 */

const ERA_START: Record<string, number> = { 昭和: 1925, S: 1925, 平成: 1988, H: 1988, 令和: 2018, R: 2018 };
const YEAR = /(?:(昭和|平成|令和|[SHR])\s*)?(元|\d{1,4})\s*年度/u;

export type YearWord = { fiscalYear: number; label: string; rest: string; index: number };

/**
 * The first fiscal year written in a text, with what follows it ("年度" onwards removed) and its label as written.
 * @example findYear("24年度補正後予算額（千円）", "平成") // { fiscalYear: 2012, label: "24年度", rest: "補正後予算額（千円）", … }
 */
export function findYear(text: string, defaultEra: string | undefined): YearWord | undefined {
  const folded = text.normalize("NFKC");
  const match = folded.match(YEAR);
  if (!match || match.index === undefined) return undefined;
  const fiscalYear = toFiscalYear(match[1], match[2]!, defaultEra);
  if (fiscalYear === undefined) return undefined;
  return { fiscalYear, label: match[0], rest: folded.slice(match.index + match[0].length), index: match.index };
}

/**
 * Every distinct fiscal year a text names.
 * @example yearsIn("平成22年度から平成23年度", "平成") // [2010, 2011]
 */
export function yearsIn(text: string, defaultEra: string | undefined): number[] {
  const years = new Set<number>();
  for (const m of text.normalize("NFKC").matchAll(new RegExp(YEAR.source, "gu"))) {
    const year = toFiscalYear(m[1], m[2]!, defaultEra);
    if (year !== undefined) years.add(year);
  }
  return [...years];
}

/**
 * The era a document writes its years in: the first era name in its text.
 * @example documentEra("平成２４年度実施施策") // "平成"
 */
export function documentEra(text: string): string | undefined {
  return text.normalize("NFKC").match(/(昭和|平成|令和)\s*(?:元|\d{1,2})\s*年/u)?.[1];
}

function toFiscalYear(era: string | undefined, number: string, defaultEra: string | undefined): number | undefined {
  const n = number === "元" ? 1 : Number(number);
  if (n >= 1900 && n < 2100) return n;
  if (n >= 100) return undefined;
  const start = ERA_START[era ?? defaultEra ?? ""];
  return start === undefined ? undefined : start + n;
}
