/**
 * `npm run report` as the owner runs it: the real entry point (under tsx, in a child process) reading the
 * SQLite log that DATA_DIR names.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { asked } from "../store/support/store-suites.js";
import { useTempDirs } from "../store/support/temp-dirs.js";

const tempDir = useTempDirs("report-cli");

function runReport(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/report.ts", ...args], {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run report", () => {
  it("prints a 👎 and its reason kept by the bot", async () => {
    const dataDir = tempDir();
    const store = await openStore({ dataDir });
    await store.recordQuestion(asked("q-1", { askedAt: new Date(), question: "都市エリア事業の予算は？" }));
    await store.recordFeedback({ id: "f-1", questionId: "q-1", verdict: "down", reason: "年度が違う", givenAt: new Date() });
    await store.close();
    const { code, stdout } = await runReport(["--days", "7"], { DATA_DIR: dataDir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^sangaku: the last 7 days/);
    expect(stdout).toContain("Answers marked 👎:\n  - ");
    expect(stdout).toContain(
      "都市エリア事業の予算は？\n      answer: 2011年度の共同研究件数は 16,302 件です。\n      reason: 年度が違う\n",
    );
  }, 30_000);

  it("says how to call it when --days is not a number of days", async () => {
    const { code, stdout, stderr } = await runReport(["--days", "0"], { DATA_DIR: tempDir() });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("usage: npm run report [-- --days N] (N between 1 and 3650; 30 by default)\n");
  }, 30_000);
});
