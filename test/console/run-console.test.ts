import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/console/run-console.js";
import { jointResearch2010, jointResearch2011 } from "../slack/support/answers.js";
import { createFakeAnswerer } from "../slack/support/fake-answerer.js";

describe("runConsole", () => {
  it("answers each piped line with the plain-text answer, keeping the topic for follow-ups, and ends with the input", async () => {
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011, "じゃあ2010年は？": jointResearch2010 });
    const input = new PassThrough();
    const output = new PassThrough();
    let written = "";
    output.on("data", (chunk: Buffer) => { written += chunk.toString(); });
    input.end("2011年の共同研究件数\n\nじゃあ2010年は？\n");
    await runConsole(qa, { input, output, interactive: false });
    expect(written).toBe(`> 2011年の共同研究件数\n${jointResearch2011.text}\n\n> じゃあ2010年は？\n${jointResearch2010.text}\n\n`);
    expect(qa.calls).toEqual([{ question: "2011年の共同研究件数" }, { question: "じゃあ2010年は？", previous: jointResearch2011.topic }]);
  });
});
