import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../../src/qa/index.js";
import { acronymMentions, indexAcronyms } from "../../../src/qa/match/acronyms.js";

const deps = createDeps();
const index = indexAcronyms(deps.kb.entities.values());

describe("acronyms of English names", () => {
  it("are the initials of the name's words, with and without the noun for its kind (KCI, KC)", () => {
    expect(index.get("KC")?.map((e) => e.id)).toContain("chiteki-cluster");
    expect(index.get("KCI")?.map((e) => e.id)).toContain("chiteki-cluster");
  });
  it("name the program its phases share (KC: the program, not phase I or II)", () => {
    const [mention] = acronymMentions("KC budget", "kc budget", index, []);
    expect(mention?.entity.id).toBe("chiteki-cluster");
  });
  it("name nothing typed in lower case or in the place of a name already found", () => {
    expect(acronymMentions("kc budget", "kc budget", index, [])).toEqual([]);
  });
  it("answer an English question that names a program by its acronym (KC budget for 2003)", () => {
    const answer = createAnswerer().answer("KC budget for 2003 (H15)? just the number pls");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("6900百万円");
  });
});
