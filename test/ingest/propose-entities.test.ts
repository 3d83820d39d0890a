import { describe, expect, it } from "vitest";
import { proposeEntities } from "../../src/ingest/propose-entities.js";

const roles = [{ heading: "施策の予算額", names: ["施策全体", "本施策"] }];

describe("entities proposed for a new document", () => {
  it("get the generic names of the role their heading has (knowledge/vocabulary.yaml › genericNames)", () => {
    const proposal = proposeEntities("r6", [], {}, roles);
    proposal.idOf("施策の予算額・執行額等（単位：千円）", "program");
    proposal.idOf("①拠点参画大学の共同研究実施件数（件）", "indicator");
    expect(proposal.proposed.map((e) => e.generic)).toEqual([["施策全体", "本施策"], []]);
  });
});
