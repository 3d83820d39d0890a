import { describe, expect, it } from "vitest";
import { createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";

const deps = createDeps();

describe("a name with a year written after it", () => {
  it("names the entity whose own name holds that year ('IP Strategic Program 2004')", () => {
    const query = understandQuestion(deps, "When was the 'IP Strategic Program 2004' adopted?");
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["chizai-suishin-keikaku-2004"]);
  });
  it("leaves a name whose year is the question's own alone (知的クラスターの2004年度の予算)", () => {
    const query = understandQuestion(deps, "知的クラスターの2004年度の予算");
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["chiteki-cluster"]);
  });
});
