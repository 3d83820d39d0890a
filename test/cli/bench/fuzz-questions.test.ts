import { describe, expect, it } from "vitest";
import { fuzzQuestions, seededRandom } from "../../../src/cli/bench/fuzz-questions.js";

const POOL = ["都市エリアの予算は?", "2011年の共同研究件数", "知的クラスター創成事業の平成16年度概算要求額は？"];

describe("fuzzQuestions", () => {
  it("makes the same inputs from the same seed, so runs on two machines measure the same work", () => {
    expect(fuzzQuestions(POOL, 200, 7)).toEqual(fuzzQuestions(POOL, 200, 7));
  });

  it("makes other inputs from another seed", () => {
    expect(fuzzQuestions(POOL, 50, 1)).not.toEqual(fuzzQuestions(POOL, 50, 2));
  });

  it("makes as many inputs as asked, most of them not a pool question verbatim", () => {
    const inputs = fuzzQuestions(POOL, 500, 3);
    expect(inputs).toHaveLength(500);
    expect(inputs.filter((q) => !POOL.includes(q)).length).toBeGreaterThan(350);
  });
});

describe("seededRandom", () => {
  it("stays within [0, 1)", () => {
    const random = seededRandom(42);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
