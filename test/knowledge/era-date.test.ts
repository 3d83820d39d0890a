import { describe, expect, it } from "vitest";
import { fiscalYearOf, formatEraDate, parseEraDate } from "../../src/knowledge/era-date.js";

describe("parseEraDate", () => {
  it("reads the months the documents write, full-width digits and trailing words included", () => {
    expect(parseEraDate("平成１６年７月時点")?.iso).toBe("2004-07");
    expect(parseEraDate("平成１４年１２月時点")?.iso).toBe("2002-12");
    expect(parseEraDate("平成14年12月制定（平成14年法律第122号）")?.iso).toBe("2002-12");
  });

  it("reads a day when there is one", () => {
    expect(parseEraDate("平成13年3月30日 閣議決定")).toMatchObject({ iso: "2001-03-30", precision: "day" });
  });

  it("reads 元年 and the other eras", () => {
    expect(parseEraDate("令和元年5月")?.iso).toBe("2019-05");
    expect(parseEraDate("令和5年4月")?.iso).toBe("2023-04");
  });

  it("finds no date in a year alone, a fiscal year, or an impossible day", () => {
    expect(parseEraDate("平成15年度")).toBeUndefined();
    expect(parseEraDate("Ｈ１２年までの累計")).toBeUndefined();
    expect(parseEraDate("平成15年2月30日")).toBeUndefined();
    expect(parseEraDate("平成15年13月")).toBeUndefined();
  });
});

describe("fiscalYearOf", () => {
  it("puts January to March in the fiscal year that began the April before", () => {
    expect(fiscalYearOf(parseEraDate("平成15年3月")!.date)).toBe(2002);
    expect(fiscalYearOf(parseEraDate("平成15年4月")!.date)).toBe(2003);
  });
});

describe("formatEraDate", () => {
  it("gives both forms in Japanese and the Gregorian date in English", () => {
    expect(formatEraDate(parseEraDate("平成１６年７月時点")!, "ja")).toBe("平成16年7月（2004年7月）");
    expect(formatEraDate(parseEraDate("平成１６年７月時点")!, "en")).toBe("July 2004");
    expect(formatEraDate(parseEraDate("平成13年3月30日")!, "en")).toBe("March 30, 2001");
  });

  it("names the era of the date, with 元年 for a first year", () => {
    expect(formatEraDate(parseEraDate("令和元年5月")!, "ja")).toBe("令和元年5月（2019年5月）");
    expect(formatEraDate(parseEraDate("平成31年4月")!, "ja")).toBe("平成31年4月（2019年4月）");
  });
});
