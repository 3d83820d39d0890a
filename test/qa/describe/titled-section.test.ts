import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";
import { titledSections } from "../../../src/qa/describe/titled-section.js";

const qa = createAnswerer();
const deps = createDeps();
const titlesFor = (q: string) => titledSections(understandQuestion(deps, q), deps).map((s) => s.section.title);

describe("a section the question names by its title", () => {
  it("is found from the words beside the asked aspect (地域科学技術施策 + 課題)", () => {
    expect(titlesFor("地域科学技術施策の課題を教えて")).toEqual(["＜地域科学技術関係施策＞の課題"]);
  });
  it("is the one sharing the longest stretch with the question, its subsections when it has no text", () => {
    const titles = titlesFor("産学連携関連施策は今後どうしていく方向？");
    expect(titles).toHaveLength(4);
    expect(titles[0]).toBe("組織的・戦略的な共同研究の推進");
  });
  it("may hold a word of the subject in its opening lines when it is titled with the aspect (地域でクラスター…課題)", () => {
    expect(titlesFor("地域でクラスターをつくる時の課題って？")).toEqual(["＜地域科学技術関係施策＞の課題"]);
  });
  it("is the one titled with the aspect over one that only shares more words (クラスター形成の課題)", () => {
    expect(titlesFor("地域のクラスター形成の課題は？")).toEqual(["＜地域科学技術関係施策＞の課題"]);
  });
  it("is none when no aspect is asked or the words are in no title", () => {
    expect(titlesFor("地域科学技術施策")).toEqual([]);
    expect(titlesFor("宇宙開発施策の課題")).toEqual([]);
  });
});

describe("a description asked by a section's title", () => {
  it("quotes the section, each subsection cited", () => {
    const answer = qa.answer("産学連携関連施策は今後どうしていく方向？");
    expect(answer.intent).toBe("titled-section");
    expect(answer.citations).toHaveLength(4);
    expect(answer.text).toContain("質の向上");
  });
  it("leaves a subject named exactly to its own sections (知的クラスター創成事業はなぜ必要)", () => {
    expect(qa.answer("知的クラスター創成事業はなぜ必要？").intent).toBe("describe");
  });
});

describe("a section titled with the aspect whose opening lines name the subject's words together", () => {
  it("answers the aspect of those words (クラスター形成の課題 → ＜地域科学技術関係施策＞の課題)", () => {
    expect(createAnswerer().answer("クラスター形成にはどんな課題があるの？").text).toContain("地域ビジョン");
  });
});

describe("a section asked with a Latin abbreviation of a word in its title (METI)", () => {
  it("is found as the documents write it (METIとの連携策 → 経済産業省との具体的連携施策)", () => {
    const answer = qa.answer("METIとの具体的な連携策、列挙してもらえますか");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("地域クラスター推進協議会");
  });
});

describe("an English question that names a subject only by a loose guess", () => {
  it("is read in the documents' words for a title (joint measures … with METI for clusters)", () => {
    const answer = qa.answer("what are the concrete joint measures MEXT planned with METI for clusters?");
    expect(answer.text).toContain("地域実施機関の連携");
  });
  it("keeps a subject named surely to its own passages (the knowledge clusters' first year)", () => {
    const answer = qa.answer("How did the first year of the knowledge clusters go, according to MEXT's own assessment?");
    expect(answer.text).toContain("概ね順調");
  });
});
