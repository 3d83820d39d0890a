/**
 * Where a store test keeps its data: a fresh temp folder (SQLite, `npm test`) or a fresh database on the
 * PostgreSQL server of `npm run test:services`. The same suites run on both (store-suites.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoreConfig } from "../../../src/config/env.js";
import { openPostgres } from "../../../src/store/postgres-db.js";
import type { SqlDb } from "../../../src/store/sql-db.js";
import { openSqlite } from "../../../src/store/sqlite-db.js";

export type Place = Pick<StoreConfig, "dataDir" | "databaseUrl">;
export type Places = { name: string; create(): Promise<Place>; cleanUp(): Promise<void> };

/** Temp folders, removed by cleanUp(). */
export function sqlitePlaces(): Places {
  const dirs: string[] = [];
  return {
    name: "SQLite",
    create: async () => {
      const dir = mkdtempSync(join(tmpdir(), "sangaku-store-"));
      dirs.push(dir);
      return { dataDir: join(dir, "data") };
    },
    cleanUp: async () => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new database per place on the server at `serverUrl` (its maintenance database), dropped by cleanUp(). */
export function postgresPlaces(serverUrl: string): Places {
  const names: string[] = [];
  const admin = () => openPostgres(serverUrl);
  return {
    name: "PostgreSQL",
    create: async () => {
      const name = `store_test_${process.pid}_${names.length}`;
      const db = admin();
      await db.run(`DROP DATABASE IF EXISTS ${name}`);
      await db.run(`CREATE DATABASE ${name}`);
      await db.close();
      names.push(name);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return { dataDir: "unused", databaseUrl: url.toString() };
    },
    cleanUp: async () => {
      const db = admin();
      for (const name of names.splice(0)) await db.run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await db.close();
    },
  };
}

/** The raw database of a place, to look under the store (schema_migrations). */
export function openDbAt(place: Place): SqlDb {
  return place.databaseUrl ? openPostgres(place.databaseUrl) : openSqlite(place.dataDir);
}
