import { describe, expect, it } from "vitest";
import {
  formatCalendarYear,
  formatFiscalYear,
  formatFiscalYearShort,
  parseFiscalYears,
  readShortFyAsEra,
} from "../../src/qa/fiscal-year.js";

const years = (text: string) => parseFiscalYears(text).years.map((y) => y.fiscalYear);

describe("parseFiscalYears", () => {
  it.each([
    ["2011年度の共同研究件数", 2011],
    ["FY2011 joint research", 2011],
    ["平成23年度", 2011],
    ["H23の実績", 2011],
    ["h23", 2011],
    ["23年度の件数", 2011],
    ["令和5年度の予算", 2023],
    ["平成1年", 1989],
  ])("reads %s as fiscal year %i", (text, year) => {
    expect(years(text)).toEqual([year]);
  });

  it("marks a calendar year so the answer can say it was read as a fiscal year", () => {
    const [mention] = parseFiscalYears("2011年の共同研究件数").years;
    expect(mention).toMatchObject({ fiscalYear: 2011, calendar: true });
    expect(parseFiscalYears("2011年度").years[0]?.calendar).toBe(false);
  });

  it("finds two years and a range in a comparison", () => {
    const query = parseFiscalYears("平成20年度から23年度で何件増えた");
    expect(query.years.map((y) => y.fiscalYear)).toEqual([2008, 2011]);
    expect(query.range).toBe(true);
  });

  it("does not read durations, counts or amounts as years", () => {
    expect(years("1地域当たり年間5億円程度×5年間")).toEqual([]);
    expect(years("17,000件と2000件")).toEqual([]);
    expect(years("第2期科学技術基本計画")).toEqual([]);
  });

  it("recognizes 最新 and latest as the latest year", () => {
    expect(parseFiscalYears("最新の共同研究件数").latest).toBe(true);
    expect(parseFiscalYears("latest joint research count").latest).toBe(true);
    expect(parseFiscalYears("共同研究件数").latest).toBe(false);
  });
});

describe("formatFiscalYear", () => {
  it("writes the era year first in Japanese and the western year first in English", () => {
    expect(formatFiscalYear(2011, "ja")).toBe("平成23年度（2011年度）");
    expect(formatFiscalYear(2011, "en")).toBe("FY2011 (Heisei 23)");
  });

  it("uses 令和 from 2019 and 元 for its first year", () => {
    expect(formatFiscalYear(2019, "ja")).toBe("令和元年度（2019年度）");
    expect(formatFiscalYear(2023, "ja")).toBe("令和5年度（2023年度）");
  });

  it("formats calendar years for laws", () => {
    expect(formatCalendarYear(1998, "ja")).toBe("平成10年（1998年）");
    expect(formatCalendarYear(1998, "en")).toBe("1998 (Heisei 10)");
  });
});

describe("spans of years", () => {
  it.each([
    ["H7以降に制定された法律", { from: 1995 }],
    ["平成14年度まで", { to: 2002 }],
    ["H7からH14までに制定された法律", { from: 1995, to: 2002 }],
  ])("reads %s as %o", (text, span) => {
    expect(parseFiscalYears(text).span).toEqual(span);
  });
  it("reads a single year without a span word as no span", () => {
    expect(parseFiscalYears("H7に制定された法律").span).toBeUndefined();
  });
});

describe("two era years joined by an arrow or a range mark", () => {
  it("reads the first number as a year of the same form as the second (19→20年度, 23・24年度)", () => {
    expect(parseFiscalYears("19→20年度でどう変わった").years.map((y) => y.fiscalYear)).toEqual([2007, 2008]);
    expect(parseFiscalYears("23・24年度の予算").years.map((y) => y.fiscalYear)).toEqual([2011, 2012]);
    expect(parseFiscalYears("19→20年度でどう変わった").range).toBe(true);
  });
  it("leaves a number that is part of a figure alone (5,264件と13年度)", () => {
    expect(parseFiscalYears("1,139から13年度").years.map((y) => y.fiscalYear)).toEqual([2001]);
  });
});

describe("a two-digit year with a leading zero", () => {
  it("is the western year's last digits (07年度 is 2007, '08年度 2008), while 16年度 stays Heisei", () => {
    expect(parseFiscalYears("都市エリアの07年度と'08年度の予算").years.map((y) => y.fiscalYear)).toEqual([2007, 2008]);
    expect(parseFiscalYears("16年度").years.map((y) => y.fiscalYear)).toEqual([2004]);
    expect(parseFiscalYears("H08").years.map((y) => y.fiscalYear)).toEqual([1996]);
  });
});

describe("a bare era year before a kind of budget", () => {
  it("is that budget's year (25当初, 24補正後), never an amount (25億円)", () => {
    expect(parseFiscalYears("25当初予算と24補正後").years.map((y) => y.fiscalYear)).toEqual([2013, 2012]);
    expect(parseFiscalYears("25億円").years).toEqual([]);
  });
});

describe("era years listed before one 年度", () => {
  it.each([
    ["23 24 25年度の比較", [2011, 2012, 2013]],
    ["23、24、25年度", [2011, 2012, 2013]],
    ["H23,24,25年度", [2011, 2012, 2013]],
  ])("reads every year of %s", (text, years) => {
    expect(parseFiscalYears(text).years.map((y) => y.fiscalYear)).toEqual(years);
  });
  it("reads no year from a figure with a thousands comma before one", () => {
    expect(parseFiscalYears("16,302件の23年度").years.map((y) => y.fiscalYear)).toEqual([2011]);
  });
});

describe("years listed with one 年度 or one era", () => {
  it("reads each year of a list joined by and (23, 24 and 25年度)", () => {
    expect(years("for 23, 24 and 25年度?")).toEqual([2011, 2012, 2013]);
  });
  it("reads the era typed in romaji and a second year after to (heisei 19 to 20, H19 to 20)", () => {
    expect(years("toshi area no yosan, heisei 19 to 20 de kurabete")).toEqual([2007, 2008]);
    expect(years("H19 to 20")).toEqual([2007, 2008]);
    expect(years("the heisei era")).toEqual([]);
  });
  it("reads years compared with vs (23 vs 24 年度; H23 vs 24)", () => {
    expect(years("jisshi chiiki 23 vs 24 年度?")).toEqual([2011, 2012]);
    expect(years("H23 vs 24?")).toEqual([2011, 2012]);
  });
  it("reads bare years listed after one with its era (H23, 24, 25)", () => {
    expect(years("H23, 24, 25")).toEqual([2011, 2012, 2013]);
  });
  it("leaves a count after an era year alone (H23, 5件; H23と1つ)", () => {
    expect(years("H23, 5件")).toEqual([2011]);
    expect(years("H23と1つ")).toEqual([2011]);
  });
});

describe("formatFiscalYearShort", () => {
  it("writes one form, as a question would: the era's in Japanese, the western one in English", () => {
    expect(formatFiscalYearShort(2008, "ja")).toBe("平成20年度");
    expect(formatFiscalYearShort(2019, "ja")).toBe("令和元年度");
    expect(formatFiscalYearShort(2008, "en")).toBe("FY2008");
  });
});

describe("readShortFyAsEra", () => {
  const read = (text: string) => readShortFyAsEra(parseFiscalYears(text), 2013).years.map((y) => y.fiscalYear);
  it("reads a two-digit FY later than the documents as the Heisei year (FY24 → 2012)", () => {
    expect(read("FY24")).toEqual([2012]);
  });
  it("keeps a two-digit FY the documents cover as western (FY12 → 2012)", () => {
    expect(read("FY12")).toEqual([2012]);
  });
  it("keeps a leading zero western (FY08 → 2008) and a four-digit year as written", () => {
    expect(read("FY08")).toEqual([2008]);
    expect(read("FY2024")).toEqual([2024]);
  });
});

describe("bare two-digit numbers joined by an arrow or a range mark", () => {
  it("are era years when no counter follows (予算 14→15)", () => {
    expect(years("都市エリア予算 14→15 どうかわった")).toEqual([2002, 2003]);
  });
  it("stay counts with a counter or as single digits (14件→15件, 3→5)", () => {
    expect(years("14件→15件")).toEqual([]);
    expect(years("件数 3→5")).toEqual([]);
  });
  it("take the era of the first year written with 年 (平成3年と13年)", () => {
    expect(years("平成3年と13年")).toEqual([1991, 2001]);
  });
});
