/**
 * The dates the documents write in the Japanese era (平成16年4月, 平成14年12月時点, 平成13年3月30日 閣議決定):
 * parsed into a dayjs date, checked against the fiscal year or year they are filed under, and formatted for
 * answers in either language. dayjs does the calendar work (validity, formatting, English month names); the
 * era offsets are the only thing written here, because dayjs has no Japanese-era parser.
 */
import dayjs, { type Dayjs } from "dayjs";

/** The Gregorian year before each era's first year (平成1年 = 1989). */
const ERA_BASE: Record<string, number> = { 昭和: 1925, S: 1925, 平成: 1988, H: 1988, 令和: 2018, R: 2018 };
const ERA_DATE = /(昭和|平成|令和|[SHR])\s?(元|\d{1,2})\s?年\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?/;

export type EraDate = { date: Dayjs; precision: "month" | "day"; iso: string };

/**
 * Finds the first era date with at least a month in a text; full-width digits are fine.
 * @example parseEraDate("平成１６年７月時点")?.iso // "2004-07"
 * @example parseEraDate("平成13年3月30日 閣議決定")?.iso // "2001-03-30"
 */
export function parseEraDate(text: string): EraDate | undefined {
  const match = text.normalize("NFKC").match(ERA_DATE);
  if (!match) return undefined;
  const [, era, yearText, monthText, dayText] = match;
  const year = ERA_BASE[era!]! + (yearText === "元" ? 1 : Number(yearText));
  const iso = dayText ? `${year}-${pad(monthText!)}-${pad(dayText)}` : `${year}-${pad(monthText!)}`;
  const date = dayjs(dayText ? iso : `${iso}-01`);
  // dayjs rolls 2月30日 over into March; a date that does not round-trip is not a date.
  if (!date.isValid() || date.format(dayText ? "YYYY-MM-DD" : "YYYY-MM") !== iso) return undefined;
  return { date, precision: dayText ? "day" : "month", iso };
}

/**
 * The fiscal year (April to March) a date falls in.
 * @example fiscalYearOf(parseEraDate("平成15年3月")!.date) // 2002
 */
export function fiscalYearOf(date: Dayjs): number {
  return date.month() < 3 ? date.year() - 1 : date.year();
}

/**
 * Formats an era date for an answer: both forms in Japanese, the Gregorian month in English.
 * @example formatEraDate(parseEraDate("平成16年7月時点")!, "ja") // "平成16年7月（2004年7月）"
 * @example formatEraDate(parseEraDate("平成16年7月時点")!, "en") // "July 2004"
 */
export function formatEraDate(era: EraDate, lang: "ja" | "en"): string {
  const { date, precision } = era;
  if (lang === "en") return date.format(precision === "day" ? "MMMM D, YYYY" : "MMMM YYYY");
  const monthDay = date.format(precision === "day" ? "M月D日" : "M月");
  return `${eraYear(date)}${monthDay}（${date.year()}年${monthDay}）`;
}

/** 平成 began on 1989-01-08 and 令和 on 2019-05-01. */
function eraYear(date: Dayjs): string {
  const [era, base] = !date.isBefore("2019-05-01") ? ["令和", 2018] : !date.isBefore("1989-01-08") ? ["平成", 1988] : ["昭和", 1925];
  const year = date.year() - base!;
  return `${era}${year === 1 ? "元" : year}年`;
}

const pad = (n: string) => n.padStart(2, "0");
