/**
 * Brings a database to the current schema: each step of MIGRATIONS not yet recorded in schema_migrations is
 * applied and recorded. Running it again changes nothing; two replicas starting together both succeed,
 * because every statement is IF NOT EXISTS and the record ignores a version already there.
 */
import { MIGRATIONS, type Migration } from "./migrations.js";
import type { SqlDb } from "./sql-db.js";

/**
 * Applies the missing steps; resolves the versions applied now (empty when the schema was current).
 * @example await migrate(db) // [1] the first time, [] afterwards
 */
export async function migrate(db: SqlDb, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
  const done = new Set((await db.all("SELECT version FROM schema_migrations")).map((row) => Number(row.version)));
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    for (const statement of migration.statements) await db.run(statement);
    await db.run("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?) ON CONFLICT (version) DO NOTHING", [
      migration.version,
      Date.now(),
    ]);
    applied.push(migration.version);
  }
  return applied;
}
