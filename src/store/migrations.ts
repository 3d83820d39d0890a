/**
 * The one schema, as numbered steps applied in order at start-up. Statements use only what SQLite and
 * PostgreSQL share (TEXT, INTEGER, BIGINT, IF NOT EXISTS), so both databases get the same tables.
 * Times are milliseconds since the epoch: one integer compares and sorts the same way in both.
 * A step is never edited once released: a change is a new step.
 */
export type Migration = { version: number; statements: string[] };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE IF NOT EXISTS questions (
        id TEXT PRIMARY KEY, asked_at BIGINT NOT NULL, team_id TEXT, channel_id TEXT, user_id TEXT,
        question TEXT NOT NULL, status TEXT NOT NULL, intent TEXT NOT NULL, latency_ms INTEGER NOT NULL, summary TEXT NOT NULL)`,
      "CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at)",
      `CREATE TABLE IF NOT EXISTS feedback (
        id TEXT PRIMARY KEY, question_id TEXT, verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')), reason TEXT,
        user_id TEXT, given_at BIGINT NOT NULL)`,
      "CREATE INDEX IF NOT EXISTS feedback_given_at ON feedback (given_at)",
      "CREATE INDEX IF NOT EXISTS feedback_question_id ON feedback (question_id)",
    ],
  },
];
