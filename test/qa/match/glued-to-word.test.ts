import { describe, expect, it } from "vitest";
import { gluedToWord } from "../../../src/qa/match/glued-to-word.js";

const glued = (text: string, name: string) => gluedToWord(text, text.indexOf(name), text.indexOf(name) + name.length, name);

describe("gluedToWord", () => {
  it("reads a short name run on into kanji as part of another word (京都大学)", () => {
    expect(glued("京都大学の共同研究", "京都")).toBe(true);
  });
  it("reads a place's own suffix as the end of the name (八戸市です, 浜松市の)", () => {
    expect(glued("八戸市です", "八戸")).toBe(false);
    expect(glued("浜松市の産業振興課", "浜松")).toBe(false);
  });
  it("still reads a suffix that runs on into another word as part of it (神戸市立大学)", () => {
    expect(glued("神戸市立大学", "神戸")).toBe(true);
  });
});
