import { describe, expect, it } from "vitest";
import { escapeXml, fitText, svgText, wrapText } from "../../src/chart/svg-text.js";

describe("svg text", () => {
  it("escapes markup so an answer's text cannot break the picture", () => {
    expect(escapeXml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
    expect(svgText(0, 0, "<b>", { size: 10 })).toContain(">&lt;b&gt;</text>");
  });

  it("cuts a line that would leave the picture and wraps a paragraph", () => {
    expect(fitText("平成24年度実施施策に係る事後評価書", 14, 100)).toBe("平成24年度…");
    expect(fitText("短い", 14, 100)).toBe("短い");
    expect(wrapText("あいうえお\nか", 10, 20)).toEqual(["あい", "うえ", "お", "か"]);
  });
});
