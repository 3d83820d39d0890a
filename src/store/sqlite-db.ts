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
  const runNow = (sql: string, params: readonly SqlValue[]) => prepare(sql).run(...(params as SqlValue[])).changes;
  const grouped = groupWrites(database, runNow);
  return {
    dialect: "sqlite",
    run: async (sql, params = []) => runNow(sql, params),
    runGrouped: grouped.run,
    all: async (sql, params = []) => prepare(sql).all(...(params as SqlValue[])) as SqlRow[],
    close: async () => {
      grouped.flush();
      database.close();
    },
  };
}

type Write = { sql: string; params: readonly SqlValue[]; resolve(changes: number): void; reject(error: unknown): void };

/**
 * Group commit: the writes asked for in one turn of the event loop run in one transaction on the next
 * (setImmediate). Each commit in autocommit mode appended its own pages to the write-ahead log, and every
 * ~1,000 pages a checkpoint (with an fsync) ran on the thread that acks; under a burst of answers a turn holds
 * tens of them. A failing batch is retried write by write, so one bad row fails alone.
 * @example const grouped = groupWrites(database, runNow); await grouped.run("INSERT …", [1]) // 1
 */
function groupWrites(database: Database.Database, runNow: (sql: string, params: readonly SqlValue[]) => number) {
  let pending: Write[] = [];
  const inOneTransaction = database.transaction((writes: Write[]) => writes.map((w) => runNow(w.sql, w.params)));
  const flush = () => {
    const writes = pending;
    pending = [];
    if (writes.length === 0) return;
    try {
      inOneTransaction(writes).forEach((changes, i) => writes[i]!.resolve(changes));
    } catch {
      for (const write of writes) {
        try {
          write.resolve(runNow(write.sql, write.params));
        } catch (error) {
          write.reject(error);
        }
      }
    }
  };
  return {
    flush,
    run: (sql: string, params: readonly SqlValue[] = []) =>
      new Promise<number>((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ sql, params, resolve, reject });
      }),
  };
}
