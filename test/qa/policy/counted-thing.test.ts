import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";
import { countedWords } from "../../../src/qa/policy/counted-thing.js";

const qa = createAnswerer();

describe("what an English how-many question counts", () => {
  it("is the noun right after how many, with a second noun that belongs to it", () => {
    expect(countedWords("how many jobs did the program create")).toEqual(["job"]);
    expect(countedWords("how many patent applications were filed")).toEqual(["patent", "application"]);
  });
  it("is nothing for a multiple or a bare how many", () => {
    expect(countedWords("how many times larger was it")).toEqual([]);
    expect(countedWords("how many did they select")).toEqual([]);
  });
});

describe("figures that count another thing than the one asked", () => {
  it("are not the answer: what is counted is not in the documents, with what can be asked", () => {
    const answer = qa.answer("how many employees did the knowledge cluster program hire?");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain('"employees"');
    expect(answer.options?.length).toBeGreaterThan(0);
  });
  it("stand when the count is asked in the figures' unit", () => {
    const answer = qa.answer("how many areas did the city area program select?");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("19");
  });
});
