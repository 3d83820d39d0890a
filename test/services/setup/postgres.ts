/**
 * Global setup of `npm run test:services`: one PostgreSQL server for the whole run, its URL (the
 * maintenance database; tests create their own) given to tests as inject("postgresUrl").
 */
import type { TestProject } from "vitest/node";
import { startPostgresServer } from "../support/postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const postgres = await startPostgresServer();
  project.provide("postgresUrl", postgres.url);
  return () => postgres.stop();
}
