/**
 * The little the store needs from a SQL database, so that one set of statements (with `?` placeholders)
 * serves SQLite and PostgreSQL alike. Integers come back as numbers from both.
 */
export type SqlValue = string | number | null;
export type SqlRow = Record<string, SqlValue>;

export type SqlDb = {
  dialect: "sqlite" | "postgres";
  /** Runs a statement; resolves how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * The same, for a write nobody reads back in this turn (a logged question): a database that can group such
   * writes commits those of one turn of the event loop together. Resolves once committed.
   */
  runGrouped?(sql: string, params?: readonly SqlValue[]): Promise<number>;
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  close(): Promise<void>;
};
