/**
 * Fiscal years: parsing the many ways people write them and formatting them the way answers show them.
 * Japanese fiscal year N runs from April N to March N+1; the documents count in 平成 (Heisei) years.
 */

export type YearMention = {
  fiscalYear: number;
  /** "2011年" (a calendar year) is read as that fiscal year; the answer says so. */
  calendar: boolean;
  text: string;
  index: number;
};

/** A span of years the question asks about: H7以降 (from), H14まで (to), H7からH14まで (both). */
export type YearSpan = { from?: number; to?: number };

export type YearQuery = { years: YearMention[]; latest: boolean; range: boolean; span?: YearSpan };

/** What joins years listed or compared (23、24 and 25年度, 19→20年度, 23 vs 24年度). */
const YEAR_JOIN = "(?:→|⇒|〜|~|-|－|から|と|や|・|、|,|and|or|&|vs\\.?|versus|to)";
/** What lists years after one with its era (H23, 24 and 25; H23 vs 24). */
const ERA_LIST_JOIN = "(?:、|,|・|と|and|&|vs\\.?|versus|to|から|→|〜|~)";
const ERA_START: Record<string, number> = {
  平成: 1988,
  H: 1988,
  h: 1988,
  heisei: 1988,
  令和: 2018,
  R: 2018,
  r: 2018,
  reiwa: 2018,
  昭和: 1925,
  S: 1925,
};
/** The marks of a span between two bare numbers (14→15, 14〜15). */
const BARE_SPAN = "(?:→|⇒|〜|~)";
/** The words after a number that make it a count, not a year (23件, 5regions). */
const COUNTER =
  "(?:件|社|名|人|機関|地域|拠点|億|万|円|%|％|倍|か所|つ|個|位|番|回|大学|エリア|クラスター|regions?|compan|cases?|hubs?|percent)";
const BARE_COUNTER = `(?:年|${COUNTER})`;
const PATTERNS: Array<{ re: RegExp; year: (m: RegExpExecArray) => number; calendar: (m: RegExpExecArray) => boolean }> = [
  // (The era typed in romaji too: heisei 19.)
  {
    re: /(平成|令和|昭和|(?<![a-z])heisei|(?<![a-z])reiwa)\s?(\d{1,2})(?!\d)\s?(年度|年)?/gi,
    year: (m) => (ERA_START[m[1]!.toLowerCase()] ?? ERA_START[m[1]!]!) + Number(m[2]),
    calendar: (m) => m[3] === "年",
  },
  {
    re: /(?<![A-Za-z])([HhRr])\s?(\d{1,2})(?!\d)\s?(年度|年)?/g,
    year: (m) => ERA_START[m[1]!]! + Number(m[2]),
    calendar: (m) => m[3] === "年",
  },
  { re: /(?:FY|fy|Fy)\s?'?(\d{4}|\d{2})(?!\d)/g, year: (m) => fourDigits(m[1]!), calendar: () => false },
  { re: /(?<!\d)((?:19|20)\d{2})\s?(年度|年)?(?![\d万億件])/g, year: (m) => Number(m[1]), calendar: (m) => m[2] !== "年度" },
  // A bare two-digit year with a leading zero ('07年度, 08年度) is the western year's last digits; others are Heisei.
  { re: /(?<![\d.第])'?(0\d)\s?年度?/g, year: (m) => 2000 + Number(m[1]), calendar: (m) => !m[0].endsWith("年度") },
  { re: /(?<![\d.第])(\d{1,2})\s?年度/g, year: (m) => 1988 + Number(m[1]), calendar: () => false },
  // A bare era year right before a kind of budget (25当初予算, 24補正後) is that budget's year.
  { re: /(?<![\d.,第])([1-3]\d)(?=\s?(?:当初|補正|概算|予算案|要求))/g, year: (m) => 1988 + Number(m[1]), calendar: () => false },
  // Era years listed or joined by an arrow or a range mark take the last one's 年度 (19→20年度, 23〜25年度,
  // 23、24、25年度, 23 24 25年度, 23, 24 and 25年度, 23 vs 24年度).
  {
    re: new RegExp(
      `(?<![\\d.第])(\\d{1,2})(?!\\d)(?=(?:\\s?${YEAR_JOIN}\\s?|\\s)\\d{1,2}(?:(?:\\s?${YEAR_JOIN}\\s?|\\s)\\d{1,2})*\\s?年度)`,
      "g",
    ),
    year: (m) => (m[1]!.startsWith("0") ? 2000 : 1988) + Number(m[1]),
    calendar: () => false,
  },
  // Era years listed after one with its era (H23, 24, 25; 平成23、24; 平成3年と13年): the same era, unless a counter
  // follows.
  {
    re: new RegExp(
      `(?<=(?:[HhＨ]|平成|heisei)\\s?\\d{1,2}(?:年度?)?(?:\\s?${ERA_LIST_JOIN}\\s?\\d{1,2}(?:年度?)?)*\\s?${ERA_LIST_JOIN}\\s?)(\\d{1,2})` +
        `(?!\\d|\\s?${COUNTER})`,
      "g",
    ),
    year: (m) => 1988 + Number(m[1]),
    calendar: () => false,
  },
  // Two bare numbers joined by an arrow or a range mark with no counter after either (予算 14→15): era years.
  // (Nor 年 after them: 14年→15年 is read by the patterns of years with 年.)
  {
    re: new RegExp(`(?<![\\d.,第HhＨ成])([1-3]\\d)(?=\\s?${BARE_SPAN}\\s?[1-3]\\d(?!\\d|\\s?${BARE_COUNTER}))(?!\\s?${BARE_COUNTER})`, "g"),
    year: (m) => 1988 + Number(m[1]),
    calendar: () => false,
  },
  {
    re: new RegExp(
      `(?<=(?<![\\d.,第HhＨ成])[1-3]\\d(?!\\s?${BARE_COUNTER})\\s?${BARE_SPAN}\\s?)([1-3]\\d)(?!\\d|\\s?${BARE_COUNTER})`,
      "g",
    ),
    year: (m) => 1988 + Number(m[1]),
    calendar: () => false,
  },
];
const LATEST = /最新|直近|最近|一番新しい|今年度|現在|今(?![日後回週月])|latest|most recent|recent|newest|current/i;
const RANGE = /から|〜|~|→|⇒|より|まで|between|from|to\s/i;

/**
 * Finds every fiscal-year expression in a normalized question.
 * @example parseFiscalYears("H23と2010年度").years.map((y) => y.fiscalYear) // [2011, 2010]
 */
export function parseFiscalYears(text: string): YearQuery {
  const found: YearMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, year, calendar } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const fiscalYear = year(m);
      if (fiscalYear < 1980 || fiscalYear > 2100) continue;
      taken.push([start, end]);
      found.push({ fiscalYear, calendar: calendar(m), text: m[0].trim(), index: start });
    }
  }
  found.sort((a, b) => a.index - b.index);
  const range = found.length >= 2 && RANGE.test(text);
  const span = spanOf(text, found, range);
  return { years: found, latest: LATEST.test(text), range, ...(span ? { span } : {}) };
}

export const SINCE = /^\s*(?:年度|年)?\s*(?:以降|以後|から|より後|since|onwards?|on(?=\s*[?？.!,]|\s*$)|and after|or later)/i;
/** A year after "since" or "after" (since 1995, after FY2003): open to the end. */
export const SINCE_BEFORE = /(?:since|after)\s*(?:the\s+)?(?:fy\s?)?$/i;
export const UNTIL = /^\s*(?:年度|年)?\s*(?:以前|まで|より前|until|and before)/i;

/** The span asked: between two years of a range, or open on one side after a single year (H7以降, H14まで). */
function spanOf(text: string, found: YearMention[], range: boolean): YearSpan | undefined {
  if (range) return { from: Math.min(...found.map((y) => y.fiscalYear)), to: Math.max(...found.map((y) => y.fiscalYear)) };
  if (found.length !== 1) return undefined;
  const [year] = found;
  const after = text.slice(year!.index + year!.text.length);
  if (SINCE.test(after) || SINCE_BEFORE.test(text.slice(0, year!.index))) return { from: year!.fiscalYear };
  if (UNTIL.test(after)) return { to: year!.fiscalYear };
  return undefined;
}

/**
 * Whether a year lies in the span (both ends included).
 * @example inSpan(2000, { from: 1995 }) // true
 */
export function inSpan(year: number, span: YearSpan): boolean {
  return (span.from === undefined || year >= span.from) && (span.to === undefined || year <= span.to);
}

function fourDigits(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * Formats a fiscal year in both forms: era first in Japanese, western first in English.
 * @example formatFiscalYear(2011, "ja") // "平成23年度（2011年度）"
 * @example formatFiscalYear(2011, "en") // "FY2011 (Heisei 23)"
 */
export function formatFiscalYear(year: number, lang: "ja" | "en"): string {
  const [, eraEn, n] = eraOf(year);
  return lang === "ja" ? `${formatFiscalYearShort(year, lang)}（${year}年度）` : `FY${year} (${eraEn} ${n})`;
}

/**
 * A fiscal year in one form, as a question would write it: the era's in Japanese, the western one in English.
 * @example formatFiscalYearShort(2008, "ja") // "平成20年度"
 * @example formatFiscalYearShort(2008, "en") // "FY2008"
 */
export function formatFiscalYearShort(year: number, lang: "ja" | "en"): string {
  const [era, , n] = eraOf(year);
  return lang === "ja" ? `${era}${n === 1 ? "元" : String(n)}年度` : `FY${year}`;
}

function eraOf(year: number): [string, string, number] {
  return year >= 2019 ? ["令和", "Reiwa", year - 2018] : ["平成", "Heisei", year - 1988];
}

/**
 * Formats a calendar year (laws are enacted in calendar years, not fiscal years).
 * @example formatCalendarYear(1998, "ja") // "平成10年（1998年）"
 */
export function formatCalendarYear(year: number, lang: "ja" | "en"): string {
  const [era, eraEn, n] =
    year >= 2019 ? ["令和", "Reiwa", year - 2018] : year >= 1989 ? ["平成", "Heisei", year - 1988] : ["昭和", "Showa", year - 1925];
  return lang === "ja" ? `${era}${n === 1 ? "元" : n}年（${year}年）` : `${year} (${eraEn} ${n})`;
}

/**
 * A two-digit FY (FY24) whose western reading is later than any year the documents cover is the Heisei year the
 * documents count in (FY24 of a 平成24年度 evaluation sheet); FY08 (a leading zero) and FY12 stay western.
 * @example readShortFyAsEra(parseFiscalYears("FY24"), 2013).years[0].fiscalYear // 2012
 */
export function readShortFyAsEra(years: YearQuery, lastCovered: number): YearQuery {
  const era = (y: YearMention) => {
    const digits = /^fy\s?'?([1-9]\d)$/i.exec(y.text)?.[1];
    if (!digits || y.fiscalYear <= lastCovered) return y;
    const heisei = ERA_START.H! + Number(digits);
    return heisei <= lastCovered ? { ...y, fiscalYear: heisei } : y;
  };
  return years.years.some((y) => era(y) !== y) ? { ...years, years: years.years.map(era) } : years;
}
