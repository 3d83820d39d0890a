import { describe, expect, it } from "vitest";
import { nextTopic, pickedOption } from "../../src/qa/follow-up.js";
import { createAnswerer } from "../../src/qa/index.js";

describe("pickedOption", () => {
  const previous = { options: ["A?", "B?"] };
  it.each(["2", "2番", "2つ目", " 2 "])("reads %s after a clarify question as its second option", (typed) => {
    expect(pickedOption(typed, previous)).toBe("B?");
  });
  it("ignores a number when nothing was offered, or one out of range", () => {
    expect(pickedOption("2", {})).toBeUndefined();
    expect(pickedOption("3", previous)).toBeUndefined();
  });
});

describe("a number typed after a clarify question", () => {
  it("answers the option it picks", () => {
    const qa = createAnswerer();
    const asked = qa.answer("予算は？");
    expect(asked.status).toBe("clarify");
    const picked = qa.answer("1", { previous: asked.topic });
    expect(picked.status).toBe("answered");
    expect(picked.question).toBe("1");
    expect(picked.summary).toBe(qa.answer(asked.options[0]!.question).summary);
  });
});

describe("nextTopic", () => {
  const previous = { intent: "budget", subject: "toshi-area" };
  it("takes an answer's topic, keeps the subject and adds the options of a clarify question, keeps it on a miss", () => {
    expect(nextTopic(previous, { status: "answered", topic: { intent: "series", subject: "x" } })).toEqual({
      intent: "series",
      subject: "x",
    });
    expect(nextTopic(previous, { status: "clarify", topic: { options: ["A?"] } })).toEqual({ ...previous, options: ["A?"] });
    expect(nextTopic(previous, { status: "not_found", topic: {} })).toBe(previous);
  });
});
