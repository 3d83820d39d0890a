/**
 * Questions about a topic that is no known subject, answered with the passage holding their rarer words.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";
import { findTopicPassage, topicWords } from "../../../src/qa/describe/topic-passage.js";
import { sectionUnits } from "../../../src/qa/describe/section-units.js";

const deps = createDeps();
const qa = createAnswerer();

describe("topic passages", () => {
  it("reads the content words without stop words, fillers or years, and splits off words the documents never use", () => {
    const words = topicWords(understandQuestion(deps, "すみません、平成20年度の資料で企業と大学の開発ギャップの手当ては？"), deps);
    expect(words.known).toEqual(expect.arrayContaining(["企業", "大学", "開発", "ギャップ"]));
    expect(words.known).not.toContain("平成20年度");
    expect(words.unknown).toEqual(["手当"]);
  });

  it("starts at the unit holding the rare word, not at a sentence full of common ones", () => {
    const found = findTopicPassage(sectionUnits(deps.kb), ["大学", "企業", "ギャップ"]);
    expect(found?.units[0]!.shown).toContain("ギャップ");
    expect(found?.coverage).toBeGreaterThanOrEqual(0.75);
  });

  it("quotes a list item with the lines that explain it", () => {
    const answer = qa.answer("企業の開発と大学の研究のギャップにはどう対応すべき？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("つなぐシステム");
    expect(answer.citations[0]!.document).toBe("h20-chiiki-innovation.txt");
  });

  it("answers despite a word of the asker's own when the rest of the question finds one passage", () => {
    const answer = qa.answer("高耐食性刃物の開発はどんな業種でニーズが高いとされてる？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("水産加工業");
  });

  it("shows a section whose headings hold every word whole", () => {
    const answer = qa.answer("地域科学技術関係施策の課題を一通り教えて");
    expect(answer.lines.filter((l) => /^[①-⑤]/u.test(l)).map((l) => l[0])).toEqual(["①", "②", "③", "④", "⑤"]);
  });

  it("does not answer when the unknown word is part of a longer name (東京 of 東京大学)", () => {
    expect(qa.answer("東京大学の産学連携の課題は？").status).toBe("not_found");
  });

  it("does not answer when nothing but the subject's name is found beside the asker's own words", () => {
    expect(qa.answer("大学知的財産本部は誰がトップを担う想定？").status).toBe("not_found");
  });
});
