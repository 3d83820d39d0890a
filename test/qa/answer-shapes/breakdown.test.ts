import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";

const qa = createAnswerer();

describe("answerBreakdown", () => {
  it("lists the groups a figure is given for, each cited once", () => {
    const answer = qa.answer("マッチングの場のアンケートってどのイベントが対象？");
    expect(answer.intent).toBe("breakdown");
    expect(answer.lines).toContain("・大学見本市・来場者 [4]");
    expect(answer.citations).toHaveLength(answer.lines.length);
  });
  it("leaves a count asked of a program's target group to the figures (…の対象は何大学等？)", () => {
    expect(qa.answer("大学知的財産本部整備事業の対象は何大学等？").intent).not.toBe("breakdown");
  });
});
