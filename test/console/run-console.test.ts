import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/console/run-console.js";
import { createAnswerer } from "../../src/qa/index.js";
import { jointResearch2010, jointResearch2011 } from "../slack/support/answers.js";
import { createFakeAnswerer } from "../slack/support/fake-answerer.js";

describe("runConsole", () => {
  it("answers each piped line with the plain-text answer, keeping the topic for follow-ups, and ends with the input", async () => {
    const qa = createFakeAnswerer({ "2011年の共同研究件数": jointResearch2011, "じゃあ2010年は？": jointResearch2010 });
    const input = new PassThrough();
    const output = new PassThrough();
    let written = "";
    output.on("data", (chunk: Buffer) => {
      written += chunk.toString();
    });
    input.end("2011年の共同研究件数\n\nじゃあ2010年は？\n");
    await runConsole(qa, { input, output, interactive: false });
    expect(written).toBe(`> 2011年の共同研究件数\n${jointResearch2011.text}\n\n> じゃあ2010年は？\n${jointResearch2010.text}\n\n`);
    expect(qa.calls).toEqual([{ question: "2011年の共同研究件数" }, { question: "じゃあ2010年は？", previous: jointResearch2011.topic }]);
  });

  it("writes the last answer's chart with :chart FILE and says where; before any answer it says to ask first", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sangaku-console-")), "chart.png");
    const input = new PassThrough();
    const output = new PassThrough();
    let written = "";
    output.on("data", (chunk: Buffer) => {
      written += chunk.toString();
    });
    input.end(`:chart ${file}\n共同研究件数の推移\n:chart ${file}\n`);
    await runConsole(createAnswerer(), { input, output, interactive: false });
    expect(written.startsWith("先に質問してください（:chart FILE は直前の回答のグラフを書きます）。\n\n> 共同研究件数の推移\n")).toBe(true);
    expect(written.endsWith(`グラフを ${file} に書きました（折れ線グラフ、5点）。\n\n`)).toBe(true);
    expect(existsSync(file) && readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });
});
