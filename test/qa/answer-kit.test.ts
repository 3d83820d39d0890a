import { describe, expect, it } from "vitest";
import { compareJa, factFigure, groupThousands } from "../../src/qa/answer-kit.js";

describe("groupThousands", () => {
  it("writes whole numbers as toLocaleString('ja-JP') does", () => {
    for (const n of [0, 7, 100, 999, 1000, 1566, 12345, 123456, 1234567, 98765432109])
      expect(groupThousands(n)).toBe(n.toLocaleString("ja-JP"));
  });

  it("gives the 億円 conversion of a large amount its commas", () => {
    expect(factFigure({ display: "123,456,789千円", value: 123456789000, unit: "円" }, "ja")).toBe("123,456,789千円（約1,235億円）");
  });
});

describe("compareJa", () => {
  it("orders as localeCompare in Japanese, equal strings equal", () => {
    expect(compareJa("", "")).toBe(0);
    expect(Math.sign(compareJa("あ", "い"))).toBe(Math.sign("あ".localeCompare("い", "ja")));
    expect(Math.sign(compareJa("国", ""))).toBe(Math.sign("国".localeCompare("", "ja")));
  });
});

describe("factFigure in English", () => {
  it("says a plain count in English with the source's figure beside it", () => {
    const fact = { display: "250機関", value: 250, unit: "機関", unitEn: "institutions" };
    expect(factFigure(fact, "en")).toBe("250 institutions (250機関)");
    expect(factFigure(fact, "ja")).toBe("250機関");
  });
  it("leaves a figure written otherwise as the source writes it (約800社)", () => {
    expect(factFigure({ display: "約800社", value: 800, unit: "社", unitEn: "companies" }, "en")).toBe("約800社");
  });
});

describe("factFigure of yen in English", () => {
  it("gives a figure written in 億円 its yen in an English answer, and leaves it alone in Japanese", () => {
    const fact = { display: "31億円", value: 3.1e9, unit: "円" };
    expect(factFigure(fact, "en")).toBe("31億円 (about ¥3.10 billion)");
    expect(factFigure(fact, "ja")).toBe("31億円");
  });
  it("says a sum under a billion in millions (年間1億円 is about ¥100 million, not ¥0.10 billion)", () => {
    expect(factFigure({ display: "年間1億円", value: 1e8, unit: "円" }, "en")).toBe("年間1億円 (about ¥100 million)");
  });
});
