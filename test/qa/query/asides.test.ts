import { describe, expect, it } from "vitest";
import { createDeps } from "../../../src/qa/index.js";
import { blankAsides } from "../../../src/qa/query/asides.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";

const deps = createDeps();

describe("asides about the asker", () => {
  it("blanks a leading clause that ends on a connective and names nothing, keeping offsets", () => {
    const text = "新人なんですが、tlo法はいつ";
    const blanked = blankAsides(text, ["ですが"], [], []);
    expect(blanked.length).toBe(text.length);
    expect(blanked.trim()).toBe("tlo法はいつ");
  });
  it("blanks a leading sentence about the asker that ends on です/ます and a full stop or an ellipsis", () => {
    const query = understandQuestion(deps, "上司に怒られそうで困ってます…TLO法っていつ制定？");
    expect(query.unknownWords).toEqual([]);
    expect(query.intent?.name).toBe("law-year");
  });
  it("keeps a clause that names a year: it is part of the question", () => {
    expect(blankAsides("平成23年度なんですが、予算は", ["ですが"], [], ["平成23年度"])).toBe("平成23年度なんですが、予算は");
  });
  it("does not count the aside's words as words the documents lack", () => {
    const query = understandQuestion(deps, "すいません新人なんですが、大学発ベンチャーって平成13年の時点で何社あったんですか？");
    expect(query.unknownWords).toEqual([]);
    expect(query.intent?.name).toBe("indicator-value");
  });
  it("reads an aside that ends in a laugh instead of a comma (確認なんですが笑)", () => {
    const query = understandQuestion(deps, "えーと、ちょっと確認なんですが笑 知的クラスター創成事業の担当の室長さんって誰でしたっけ？");
    expect(query.unknownWords).toEqual([]);
  });
});

describe("an apology before the question", () => {
  it("is an aside, also when an emoji closes it (初歩的な質問ですみません🙇)", () => {
    expect(blankAsides("初歩的な質問ですみません🙇 tlo法とは", ["すみません"], [], []).trim()).toBe("tlo法とは");
  });
});
