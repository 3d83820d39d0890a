import { describe, expect, it } from "vitest";
import { cpuSpent, readThreadCpu } from "../../../src/cli/bench-slack/app-cpu.js";

const ownCpuMs = () => {
  const own = readThreadCpu(process.pid).get(process.pid)!;
  return own.userMs + own.systemMs;
};

describe.runIf(process.platform === "linux")("app CPU from /proc", () => {
  it("counts the CPU a process's threads spent between two snapshots, this thread's busy work included", () => {
    const before = readThreadCpu(process.pid);
    expect(before.get(process.pid)).toMatchObject({ nice: 0 });
    // Busy until the kernel has counted 30 ms more on this thread (whatever the machine's load makes that take).
    const target = ownCpuMs() + 30;
    while (ownCpuMs() < target);
    const spent = cpuSpent(before, readThreadCpu(process.pid));
    const own = spent.threads.find((t) => t.tid === process.pid)!;
    expect(own.userMs + own.systemMs).toBeGreaterThanOrEqual(30);
    expect(spent.totalMs).toBeGreaterThanOrEqual(own.userMs + own.systemMs);
  });

  it("reads nothing for a process that does not exist", () => {
    expect(readThreadCpu(2 ** 22 + 1).size).toBe(0);
  });
});
