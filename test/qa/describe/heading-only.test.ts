import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";
import { quotesHeading, saysOnlyNames } from "../../../src/qa/describe/heading-only.js";

const qa = createAnswerer();

describe("passages that say nothing", () => {
  it("tells a quote that is only its section's title", () => {
    expect(quotesHeading({ section: "h20.txt › 知的クラスター創成事業（第I期）", quote: "# 知的クラスター創成事業（第I期）" })).toBe(true);
    expect(quotesHeading({ section: "h20.txt › 概要", quote: "地域の自立化を促進" })).toBe(false);
  });
  it("tells a passage that holds only its title and the subject's name", () => {
    const chunk = { section: "h16.txt › ①事業名", text: "①事 業 名 知的クラスター創成事業" };
    expect(saysOnlyNames(chunk, ["知的クラスター創成事業"])).toBe(true);
    expect(saysOnlyNames({ ...chunk, text: "知的クラスター創成事業は地域の自立化を促進する" }, ["知的クラスター創成事業"])).toBe(false);
  });
  it("describes a phase by a passage with content, not by its section's bare title (知的クラスター第I期の概要)", () => {
    const answer = qa.answer("知的クラスター第I期の概要");
    expect(answer.status).toBe("answered");
    expect(answer.citations.every((c) => !quotesHeading(c))).toBe(true);
  });
});
