/**
 * Acks first, even when the machine is busy: an answering thread lowers its own scheduling priority (nice 10)
 * so that, when cores are short, the main thread (reading requests, sending acks) runs before answers do.
 * Answers still use every idle cycle. Linux schedules threads one by one, and /proc/thread-self names this
 * thread; elsewhere this does nothing.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

const ANSWER_NICENESS = 10;

/**
 * Returns whether the priority was lowered (to `niceness`, 10 by default: an answering thread's).
 * @example yieldToAcks() // true on Linux
 */
export function yieldToAcks(niceness = ANSWER_NICENESS): boolean {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    setPriority(threadId, niceness);
    return true;
  } catch {
    return false;
  }
}
