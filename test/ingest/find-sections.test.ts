import { describe, expect, it } from "vitest";
import { headingLevel } from "../../src/ingest/find-sections.js";

describe("headingLevel", () => {
  it("reads a goal's own line as a heading, and a sentence about a goal as none", () => {
    expect(headingLevel("達成目標１　地域の大学を核とした共創拠点を形成する。")).toBe(1);
    expect(headingLevel("達成目標６－２－１ 平成１８年度までに知的クラスターを１０拠点程度育成する")).toBe(1);
    expect(headingLevel("達成目標１について、共同研究の実施件数は令和6年度に6,374件となった。")).toBeUndefined();
  });

  it("reads the standard parts of an evaluation sheet as headings", () => {
    expect(headingLevel("施策の分析")).toBe(1);
    expect(headingLevel("これまでに実施している主な達成手段（予算額・執行額等）")).toBe(1);
    expect(headingLevel("施策の分析によれば、共同研究は増えた。")).toBeUndefined();
  });
});
