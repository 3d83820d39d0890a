/**
 * The embedded default: one SQLite file (better-sqlite3) under DATA_DIR. Write-ahead logging lets the
 * report read while the bot writes; better-sqlite3 is synchronous, and each statement takes microseconds.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { SqlDb, SqlRow, SqlValue } from "./sql-db.js";

export const SQLITE_FILE = "sangaku.sqlite";

/**
 * Opens (creating the folder and the file when missing) the store's SQLite file in `dataDir`.
 * @example const db = openSqlite("data") // data/sangaku.sqlite
 */
export function openSqlite(dataDir: string): SqlDb {
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(join(dataDir, SQLITE_FILE));
  database.pragma("journal_mode = WAL");
  // A second process (npm run report) may hold the file briefly; wait instead of failing at once.
  database.pragma("busy_timeout = 5000");
  // With write-ahead logging, NORMAL syncs at checkpoints instead of on every commit: the file cannot be
  // corrupted, and only the last questions before a power cut (not a crash of the bot) can be lost. Each
  // logged question's fsync ran on the thread that acks (measured in docs/operations.md, Benchmarks).
  database.pragma("synchronous = NORMAL");
  // The store runs a handful of statements over and over: each is compiled once.
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => statements.get(sql) ?? statements.set(sql, database.prepare(sql)).get(sql)!;
  return {
    dialect: "sqlite",
    run: async (sql, params = []) => prepare(sql).run(...(params as SqlValue[])).changes,
    all: async (sql, params = []) => prepare(sql).all(...(params as SqlValue[])) as SqlRow[],
    close: async () => void database.close(),
  };
}
