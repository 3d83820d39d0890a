/**
 * A throwaway redis-server (the Debian package) on a free loopback port, without persistence. Used by the
 * suite's global setup and by tests that need a Redis of their own to stop (an outage).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Redis } from "ioredis";
import { findFreePort } from "./free-port.js";

export type RedisServer = { url: string; port: number; stop(): Promise<void> };

/**
 * Starts redis-server and resolves once it answers PING; `port` reuses a port (a restart after an outage).
 * @example const redis = await startRedisServer(); … await redis.stop()
 */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const chosen = port ?? (await findFreePort());
  const child = spawn("redis-server", ["--port", String(chosen), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (error) =>
      reject(new Error(`redis-server could not start (${error.message}); install it with apt-get install -y redis-server`)),
    );
    child.once("exit", (code) => reject(new Error(`redis-server exited with code ${code}`)));
  });
  const url = `redis://127.0.0.1:${chosen}`;
  await Promise.race([waitForPing(url), exited]);
  return { url, port: chosen, stop: () => stopProcess(child) };
}

async function waitForPing(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const client = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on("error", () => {});
    try {
      await client.connect();
      if ((await client.ping()) === "PONG") return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      client.disconnect();
    }
  }
  throw new Error(`redis-server at ${url} did not answer PING within 5 s`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
