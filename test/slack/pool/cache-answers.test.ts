/**
 * The cache of recent answers: a repeat (same question, same thread topic) is not asked again, a different
 * topic is, failures are not kept, and a caller changing its copy cannot change the next caller's.
 */
import { describe, expect, it } from "vitest";
import { cacheAnswers } from "../../../src/slack/pool/cache-answers.js";
import { jointResearch2010, jointResearch2011 } from "../support/answers.js";
import { createFakeAnswerer } from "../support/fake-answerer.js";

describe("cacheAnswers", () => {
  it("answers a repeated question from the cache, and asks again for another thread topic", async () => {
    const core = createFakeAnswerer({ "じゃあ2010年は？": (previous) => (previous ? jointResearch2010 : jointResearch2011) });
    const qa = cacheAnswers(core, 10);
    expect(await qa.answer("じゃあ2010年は？", { previous: jointResearch2011.topic })).toEqual(jointResearch2010);
    expect(await qa.answer("じゃあ2010年は？", { previous: jointResearch2011.topic })).toEqual(jointResearch2010);
    expect(await qa.answer("じゃあ2010年は？")).toEqual(jointResearch2011);
    expect(core.calls).toHaveLength(2);
  });

  it("computes a burst of the same question once, while the first ask is still being answered", async () => {
    const core = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011 });
    const qa = cacheAnswers(core, 10);
    const answers = await Promise.all([
      qa.answer("2011年の共同研究件数"),
      qa.answer("2011年の共同研究件数"),
      qa.answer("2011年の共同研究件数"),
    ]);
    expect(answers).toEqual([jointResearch2011, jointResearch2011, jointResearch2011]);
    expect(core.calls).toHaveLength(1);
  });

  it("does not keep a failure, and hands each caller its own copy", async () => {
    let fail = true;
    const qa = cacheAnswers(
      {
        answer: () => {
          if (fail) throw new Error("core down");
          return structuredClone(jointResearch2011);
        },
        overview: () => {
          throw new Error("unused");
        },
      },
      10,
    );
    await expect(qa.answer("2011年の共同研究件数")).rejects.toThrow("core down");
    fail = false;
    const first = await qa.answer("2011年の共同研究件数");
    first.lines.push("changed by a caller");
    expect((await qa.answer("2011年の共同研究件数")).lines).toEqual(jointResearch2011.lines);
  });

  it("is the source itself when the size is 0", () => {
    const core = createFakeAnswerer({});
    expect(cacheAnswers(core, 0)).toBe(core);
  });
});
