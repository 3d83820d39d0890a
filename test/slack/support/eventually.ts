import { vi } from "vitest";

/**
 * Waits for an answer that Slack handling produces after the ack. The ceiling is generous because CI runs on
 * two busy cores; the wait ends as soon as the expectation holds, so fast runs stay fast.
 * @example await eventually(() => expect(posts).toHaveLength(1));
 */
export function eventually<T>(expectation: () => T): Promise<T> {
  return vi.waitFor(expectation, { timeout: 10_000, interval: 20 });
}
