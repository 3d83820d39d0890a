/**
 * Sections as sentences and list items, on the real documents.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../../src/knowledge/load-knowledge.js";
import { listAround, splitUnits } from "../../../src/qa/describe/sentences.js";

const kb = loadKnowledge();
const section = (file: string, title: string) => kb.documents.get(file)!.sections.find((s) => s.title.includes(title))!;

describe("splitUnits", () => {
  it("gives each numbered item of a list its number", () => {
    const units = splitUnits(section("h20-chiiki-innovation.txt", "＜地域科学技術関係施策＞の課題"));
    expect(units.filter((u) => u.list?.family === "circled").map((u) => u.list?.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("splits prose at 。 and keeps every sentence's verbatim text", () => {
    const s = section("h17-sogoteki-sangakukan-renkei.txt", "⑩必要性");
    const units = splitUnits(s);
    expect(units[0]!.shown).toMatch(/知の世紀.*極めて重要である/);
    expect(units.length).toBeGreaterThan(2);
    for (const u of units) expect(s.text).toContain(u.raw);
  });

  it("does not read a Markdown heading's number as a list item", () => {
    const units = splitUnits(section("h20-chiiki-innovation.txt", "(1) 基本的考え方"));
    expect(units[0]!.list).toBeUndefined();
    expect(units.slice(1).every((u) => u.list?.family === "bullet")).toBe(true);
  });
});

describe("listAround", () => {
  it("brings the whole numbered list from any of its items", () => {
    const units = splitUnits(section("h20-chiiki-innovation.txt", "＜地域科学技術関係施策＞の課題"));
    const third = units.findIndex((u) => u.list?.number === 3);
    expect(listAround(units, third).map((u) => u.list?.number)).toEqual([1, 2, 3, 4, 5]);
  });
});
