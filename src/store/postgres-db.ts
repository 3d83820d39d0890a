/**
 * PostgreSQL (DATABASE_URL) for replicas sharing one log, through a small pg pool. The store's `?`
 * placeholders become $1, $2…; BIGINT (times) comes back as a number instead of pg's default string,
 * which is exact for milliseconds since the epoch.
 */
import pg from "pg";
import type { SqlDb, SqlRow } from "./sql-db.js";

const INT8_OID = 20;

/**
 * A pool on `url`; nothing connects until the first statement (migrate() at start-up makes that happen).
 * @example const db = openPostgres("postgres://sangaku@db/sangaku")
 */
export function openPostgres(url: string): SqlDb {
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000, types });
  // An idle connection dropped by the server is replaced on the next query; without a listener it would crash the process.
  pool.on("error", () => {});
  return {
    dialect: "postgres",
    run: async (sql, params = []) => (await pool.query(numberPlaceholders(sql), [...params])).rowCount ?? 0,
    all: async (sql, params = []) => (await pool.query<SqlRow>(numberPlaceholders(sql), [...params])).rows,
    close: () => pool.end(),
  };
}

/**
 * `?` → `$1`, `$2`… (the store's statements hold no `?` inside quotes).
 * @example numberPlaceholders("SELECT * FROM t WHERE a = ? AND b = ?") // "SELECT * FROM t WHERE a = $1 AND b = $2"
 */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${(n += 1)}`);
}
