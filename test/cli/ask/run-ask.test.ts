/**
 * The command line of `npm run ask`, read the same by src/cli/ask.ts and the start-up snapshot.
 */
import { describe, expect, it } from "vitest";
import { askArgs } from "../../../src/cli/ask/run-ask.js";

describe("askArgs", () => {
  it("takes --json anywhere and joins the other words into the question", () => {
    expect(askArgs(["都市エリアの", "--json", "予算は?"])).toEqual({ json: true, chartMissing: false, question: "都市エリアの 予算は?" });
  });

  it("reads no question when there are only options (the questions come from stdin)", () => {
    expect(askArgs(["--json"])).toEqual({ json: true, chartMissing: false, question: "" });
  });

  it("takes the word after --chart as the file, not as part of the question", () => {
    expect(askArgs(["--chart", "out.png", "予算の推移"])).toEqual({
      json: false,
      chartFile: "out.png",
      chartMissing: false,
      question: "予算の推移",
    });
  });

  it("tells a --chart without a file", () => {
    expect(askArgs(["--chart"]).chartMissing).toBe(true);
  });
});
