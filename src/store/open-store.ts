/**
 * The store the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file under
 * DATA_DIR; migrated before it is returned. A folder that cannot be written or a database that cannot be
 * reached is the operator's to fix: a ConfigError naming the variable, never a stack.
 */
import type { StoreConfig } from "../config/env.js";
import { ConfigError } from "../config/config-error.js";
import { migrate } from "./migrate.js";
import { openPostgres } from "./postgres-db.js";
import type { SqlDb } from "./sql-db.js";
import { createSqlStore } from "./sql-store.js";
import { openSqlite } from "./sqlite-db.js";
import type { Store } from "./types.js";

/**
 * Opens and migrates the configured store.
 * @example const store = await openStore({ dataDir: "data", retentionDays: 90 })
 */
export async function openStore(config: Pick<StoreConfig, "dataDir" | "databaseUrl">): Promise<Store> {
  const { databaseUrl } = config;
  if (databaseUrl)
    return createSqlStore(
      await opened(
        () => openPostgres(databaseUrl),
        (reason) =>
          `DATABASE_URL: cannot use the database (${reason}); check its host, port, database name, user and password, or unset DATABASE_URL to keep the log in a file under DATA_DIR`,
      ),
    );
  return createSqlStore(
    await opened(
      () => openSqlite(config.dataDir),
      (reason) =>
        `DATA_DIR: cannot keep the question log in ${config.dataDir} (${reason}); make the folder writable by the bot's user or set DATA_DIR to a writable folder`,
    ),
  );
}

async function opened(open: () => SqlDb, problem: (reason: string) => string): Promise<SqlDb> {
  let db: SqlDb | undefined;
  try {
    db = open();
    await migrate(db);
    return db;
  } catch (error) {
    await db?.close().catch(() => {});
    throw new ConfigError([problem(describe(error))]);
  }
}

// The code says what failed (EACCES, ECONNREFUSED, 28P01…); pg's and SQLite's messages name no secret.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
