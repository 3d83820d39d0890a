/**
 * `npm run ask` as a person runs it (the real script under tsx in a child process).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function ask(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("ask --chart", () => {
  it("prints the answer, writes its chart to the file and says where", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sangaku-ask-")), "out.png");
    const { code, stdout } = await ask(["--chart", file, "知的クラスター創成事業の予算の推移"]);
    expect(code).toBe(0);
    expect(stdout).toContain("知的クラスター創成事業の予算額の推移");
    expect(stdout.trimEnd().split("\n").pop()).toBe(`グラフを ${file} に書きました（折れ線グラフ、6点）。`);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  }, 60_000);

  it("says there is no chart, with exit code 1, when the answer has no figures to chart", async () => {
    const { code, stderr } = await ask(["--chart", join(tmpdir(), "never-written.png"), "2011年の共同研究件数"]);
    expect(code).toBe(1);
    expect(stderr).toBe("この回答にはグラフにできる数値（同じ単位の2つ以上の年度）がありません。\n");
  }, 60_000);
});
