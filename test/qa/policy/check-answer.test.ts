import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("a count asked of a region the documents give none for", () => {
  it("is not in the documents, however politely it ends (…の件数を教えてください)", () => {
    expect(qa.answer("熊本エリアで出た特許の件数を教えてください").status).toBe("not_found");
  });
});
