/**
 * Mentions of one entity typed in pieces are read as one mention.
 */
import { describe, expect, it } from "vitest";
import { createDeps } from "../../../src/qa/index.js";
import { toMatchText } from "../../../src/qa/resolve-entities.js";

const deps = createDeps();
const find = (q: string) => deps.matcher.find(toMatchText(q), toMatchText(q, true));

describe("pieces of one name", () => {
  it("joins an abbreviation and a piece of the same name across の into one mention", () => {
    const [mention] = find("産連本部の整備状況は？");
    expect(mention?.entity.id).toBe("ind-renkei-honbu-seibi");
    expect(mention?.text).toBe("産連本部の整備状況");
  });

  it("does not join pieces with more than a particle between them", () => {
    expect(find("産連本部について、整備状況は？").map((m) => m.text)).not.toContain("産連本部について、整備状況");
  });
});
