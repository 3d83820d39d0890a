import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";
import { membersAsked } from "../../../src/qa/policy/members-asked.js";

const deps = createDeps();
const qa = createAnswerer();
const asked = (q: string) => membersAsked(understandQuestion(deps, q), deps);

describe("the members of a kind no figure is given for (regions)", () => {
  it("are ranked when one is picked with a superlative (一番…どこのエリア, which region … most)", () => {
    expect(asked("都市エリアで一番成果が出たのはどこのエリア？")).toMatchObject({ kind: "region", how: "pick" });
    expect(asked("which region of the cluster program had the most patents?")).toMatchObject({ kind: "region", how: "pick" });
  });
  it("are asked each when the question says so (各エリアの, 地域ごとの)", () => {
    expect(asked("都市エリア事業の各エリアの事業化件数の実績は？")?.how).toBe("each");
  });
  it("are not asked by a list of regions, nor a ranking of programs", () => {
    expect(asked("知的クラスターの地域はどこ？")).toBeUndefined();
    expect(asked("一番予算が多い事業は？")).toBeUndefined();
  });
});

describe("a question about the members", () => {
  it("is not in the documents, never answered with another program's figure (各エリアの事業化件数)", () => {
    const answer = qa.answer("都市エリア事業の各エリアの事業化件数の実績は？");
    expect(answer.status).toBe("not_found");
    expect(answer.facts).toEqual([]);
    expect(answer.text).toContain("地域ごと");
  });
  it("is not answered with the program's outcome passage (一番成果が出たのはどこ)", () => {
    const answer = qa.answer("都市エリアで一番成果が出たのはどこのエリア？");
    expect(answer.status).toBe("not_found");
    expect(answer.citations).toEqual([]);
  });
  it("leaves each region's money to the support per region and a list by field to the regions", () => {
    expect(qa.answer("各エリアの予算はいくら？").intent).not.toBe("members-not-given");
    expect(qa.answer("知的クラスターの地域ごとの分野は？").intent).not.toBe("members-not-given");
  });
});

describe("a ranking of the members of a kind no figure is given for", () => {
  it("is not in the documents, whatever it is by (参加地域の経済効果ランキング, rank the regions)", () => {
    expect(asked("知的クラスター参加地域の経済効果ランキング (GDP押し上げ額) ある？")?.how).toBe("rank");
    expect(qa.answer("rank the regions by patents").status).toBe("not_found");
  });
  it("is no ranking of members when the kind only places another kind asked (地域の事業の予算ランキング)", () => {
    expect(asked("地域の事業の予算ランキング")).toBeUndefined();
    expect(asked("H20の地域科学技術関係の事業、予算規模でランキングするとどうなる？")).toBeUndefined();
  });
});
