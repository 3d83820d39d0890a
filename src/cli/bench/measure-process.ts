/**
 * Whole-process measurement of one command fed a list of questions on stdin: wall time, CPU time and the
 * peak resident memory, as GNU time reports them (the figure a user waits for, start-up included).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

export type ProcessFigures = { wallMs: number; cpuMs?: number; maxRssMiB?: number; outputLines: number };
const GNU_TIME = "/usr/bin/time";

/**
 * Runs `command` once with `input` on stdin; memory and CPU need GNU time (Debian package `time`).
 * @example measureProcess(["node", "bench/bare-minisearch.mjs"], "都市エリアの予算は?\n", root).wallMs // ≈ 400
 */
export function measureProcess(command: string[], input: string, cwd: string): ProcessFigures {
  const scratch = mkdtempSync(join(tmpdir(), "sangaku-bench-"));
  const report = join(scratch, "time.txt");
  const withTime = existsSync(GNU_TIME) ? [GNU_TIME, "-o", report, "-f", "%e %U %S %M", ...command] : command;
  const started = performance.now();
  const run = spawnSync(withTime[0]!, withTime.slice(1), { cwd, input, encoding: "utf8", maxBuffer: 1 << 28 });
  const wallMs = performance.now() - started;
  try {
    if (run.status !== 0) throw new Error(`${command.join(" ")} exited with ${run.status}: ${run.stderr.slice(0, 500)}`);
    const outputLines = run.stdout.split("\n").filter((l) => l.trim()).length;
    if (!existsSync(report)) return { wallMs, outputLines };
    const [, user, system, rssKiB] = readFileSync(report, "utf8").trim().split(/\s+/).map(Number);
    return { wallMs, cpuMs: (user! + system!) * 1000, maxRssMiB: rssKiB! / 1024, outputLines };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
