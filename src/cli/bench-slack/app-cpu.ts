/**
 * CPU time a benchmarked app spent while it was measured, read from Linux's /proc (every thread of the process:
 * the main thread, answering threads, V8's helpers and libuv's pool). Unlike answers/s it does not move with
 * the neighbours' load, so it says where the two apps differ; on other systems it is unknown.
 */
import { readFileSync, readdirSync } from "node:fs";

/** CPU milliseconds (user and system) of each thread of a process, by thread id, with the thread's nice level. */
export type ThreadCpu = Map<number, { userMs: number; systemMs: number; nice: number }>;

// Linux reports times in clock ticks; USER_HZ is 100 on every Linux Node runs on.
const TICK_MS = 10;

/**
 * A snapshot; compare two with `cpuSpent`. Empty when /proc cannot be read (not Linux, or the process ended).
 * @example const before = readThreadCpu(app.pid); … cpuSpent(before, readThreadCpu(app.pid)).totalMs // 1840
 */
export function readThreadCpu(pid: number): ThreadCpu {
  const threads: ThreadCpu = new Map();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      threads.set(Number(tid), { userMs: Number(fields[11]) * TICK_MS, systemMs: Number(fields[12]) * TICK_MS, nice: Number(fields[16]) });
    } catch {
      // The thread ended between the listing and the read: its time is lost to both snapshots alike.
    }
  }
  return threads;
}

/**
 * What the threads spent between two snapshots: the total, and per thread (new threads count from zero).
 * @example cpuSpent(before, after) // { totalMs: 1840, threads: [{ tid: 4711, userMs: 900, systemMs: 40, nice: 0 }, …] }
 */
export function cpuSpent(
  before: ThreadCpu,
  after: ThreadCpu,
): { totalMs: number; threads: Array<{ tid: number; userMs: number; systemMs: number; nice: number }> } {
  const threads = [...after].map(([tid, now]) => {
    const was = before.get(tid) ?? { userMs: 0, systemMs: 0 };
    return { tid, userMs: now.userMs - was.userMs, systemMs: now.systemMs - was.systemMs, nice: now.nice };
  });
  return { totalMs: threads.reduce((sum, t) => sum + t.userMs + t.systemMs, 0), threads };
}
