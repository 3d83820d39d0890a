/**
 * Global setup of `npm run test:services`: one redis-server for the whole run, its URL given to tests as
 * inject("redisUrl"). One file per server: another server (PostgreSQL…) gets its own file beside this one,
 * listed in vitest.services.config.ts.
 */
import type { TestProject } from "vitest/node";
import { startRedisServer } from "../support/redis-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redis = await startRedisServer();
  project.provide("redisUrl", redis.url);
  return () => redis.stop();
}
