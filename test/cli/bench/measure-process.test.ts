import { describe, expect, it } from "vitest";
import { measureProcess } from "../../../src/cli/bench/measure-process.js";

describe("measureProcess", () => {
  it("feeds the input on stdin and counts the lines the command wrote", () => {
    const script = "process.stdin.on('data', (d) => process.stdout.write(d + 'extra\\n'))";
    const figures = measureProcess(["node", "-e", script], "one\ntwo\n", process.cwd());
    expect(figures.outputLines).toBe(3);
    expect(figures.wallMs).toBeGreaterThan(0);
  });

  it("fails loudly when the command fails, instead of reporting its time", () => {
    expect(() => measureProcess(["node", "-e", "process.exit(3)"], "", process.cwd())).toThrow(/exited with 3/);
  });
});
