import { describe, expect, it } from "vitest";
import type { Entity } from "../../../src/knowledge/load-knowledge.js";
import { findSkeletons, skeletonsOf } from "../../../src/qa/match/find-skeletons.js";

const entity = (id: string, name: string) => ({ id, name, type: "indicator", aliases: [], attributes: [] }) as unknown as Entity;
const universities = entity("u", "拠点に参画する大学数");
const research = entity("r", "拠点参画大学の共同研究実施件数");
const strategy = entity("s", "知的財産戦略について");
const skeletons = skeletonsOf([universities, research, strategy].map((e) => ({ name: e.name, entity: e })));

describe("a name typed with other particles and endings", () => {
  it.each([
    ["令和6年度に共創拠点に参画してる大学数は？", "u"],
    ["ハブ拠点参画大学の共同研究実施件数", "r"],
  ])("is found whole in %s", (question, id) => {
    expect(findSkeletons(question, [], skeletons)[0]?.entity.id).toBe(id);
  });
  it("is not found across a sentence (its characters far apart) nor from a name ending in kana", () => {
    expect(findSkeletons("拠点について質問します、参画した人の大学は何校で数は", [], skeletons)).toEqual([]);
    expect(skeletonsOf([{ name: strategy.name, entity: strategy }])).toEqual([]);
  });
});
