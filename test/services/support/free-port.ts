/**
 * A loopback port free at the time of asking, for a throwaway server to listen on.
 */
import { createServer } from "node:net";

/** @example const port = await findFreePort() */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once("error", reject);
  });
}
