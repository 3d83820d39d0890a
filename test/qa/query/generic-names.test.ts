import { describe, expect, it } from "vitest";
import { loadKnowledge, type Entity, type KnowledgeBase } from "../../../src/knowledge/load-knowledge.js";
import { resolveGenericNames } from "../../../src/qa/query/generic-names.js";
import { createAnswerer } from "../../../src/qa/index.js";
import type { Mention } from "../../../src/qa/match/mention.js";

// The real knowledge base with a second evaluation sheet's policy beside h24's, its figures for 2024.
const real = loadKnowledge();
const h24 = real.entities.get("h24-policy")!;
const r6 = { ...h24, id: "r6-policy", name: "令和6年度の施策", aliases: [], generic: ["施策全体"] } as Entity;
const r6Fact = { ...real.facts.find((f) => f.subject === "h24-policy")!, id: "r6-f1", subject: "r6-policy", fiscalYear: 2024 };
const documents = new Map(real.documents);
documents.set("r6.txt", { ...real.documents.get("h24-jigo-hyoka.txt")!, file: "r6.txt", fiscalYear: 2024 });
r6Fact.evidence = { ...r6Fact.evidence, document: "r6.txt" };
const kb: KnowledgeBase = { ...real, documents, entities: new Map([...real.entities, ["r6-policy", r6]]), facts: [...real.facts, r6Fact] };
const mention = { entity: h24, start: 0, end: 4, score: 1, how: "alias", text: "施策全体" } as Mention;

describe("a name each evaluation sheet's own policy has (施策全体)", () => {
  it("is the policy with figures in the asked year", () => {
    expect(resolveGenericNames(kb, [mention], [2011])[0]!.entity.id).toBe("h24-policy");
    expect(resolveGenericNames(kb, [mention], [2024])[0]!.entity.id).toBe("r6-policy");
  });
  it("is the newest sheet's without a year", () => {
    expect(resolveGenericNames(kb, [mention], [])[0]!.entity.id).toBe("r6-policy");
  });
  it("leaves a name of one entity alone", () => {
    const own = { ...mention, text: "事後評価書" };
    expect(resolveGenericNames(kb, [own], [2024])[0]).toBe(own);
  });
  it("names the evaluated policy by the bare word the sheet uses (施策の当初予算), but not inside a longer name", () => {
    const qa = createAnswerer();
    expect(qa.answer("施策の執行額の推移").text).toContain("18,507,806千円");
    expect(qa.answer("地域科学技術施策の課題を教えて").intent).toBe("titled-section");
  });
  it("names the evaluated policy as the sheet calls it (この施策), answered from the real knowledge base", () => {
    const answer = createAnswerer().answer("この施策の当初予算、23年度と25年度を比べるとどうなってる？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("20,884,332千円");
  });
});

describe("a generic name asked of a year no such entity has figures of", () => {
  it("names none of them (H20の施策: the 2012 sheet's policy has none of 2008)", () => {
    expect(resolveGenericNames(real, [mention], [2008])).toEqual([]);
  });
});
