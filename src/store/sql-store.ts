/**
 * The Store over any SqlDb: the same statements for SQLite and PostgreSQL, rows mapped to records here.
 */
import type { SqlDb, SqlRow, SqlValue } from "./sql-db.js";
import type { FeedbackRecord, FeedbackWithQuestion, QuestionRecord, QuestionStatus, Store, Verdict } from "./types.js";

const QUESTION_COLUMNS = "id, asked_at, team_id, channel_id, user_id, question, status, intent, latency_ms, summary";

/**
 * A Store writing to and reading from `db` (already migrated).
 * @example const store = createSqlStore(openSqlite("data")); await store.recordQuestion(record)
 */
export function createSqlStore(db: SqlDb): Store {
  return {
    recordQuestion: async (q) => {
      // ON CONFLICT: a retried delivery of the same answer keeps its first record. Grouped with the other
      // questions of this turn where the database can (SQLite: one transaction), as one is logged per answer.
      const write = db.runGrouped ?? db.run;
      await write.call(
        db,
        `INSERT INTO questions (${QUESTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        [
          q.id,
          q.askedAt.getTime(),
          q.teamId ?? null,
          q.channelId ?? null,
          q.userId ?? null,
          q.question,
          q.status,
          q.intent,
          Math.round(q.latencyMs),
          q.summary,
        ],
      );
    },
    recordFeedback: async (f) => {
      await db.run("INSERT INTO feedback (id, question_id, verdict, reason, user_id, given_at) VALUES (?, ?, ?, ?, ?, ?)", [
        f.id,
        f.questionId ?? null,
        f.verdict,
        f.reason ?? null,
        f.userId ?? null,
        f.givenAt.getTime(),
      ]);
    },
    addFeedbackReason: async (feedbackId, reason) =>
      (await db.run("UPDATE feedback SET reason = ? WHERE id = ?", [reason, feedbackId])) > 0,
    findQuestion: async (id) => {
      const [row] = await db.all(`SELECT ${QUESTION_COLUMNS} FROM questions WHERE id = ?`, [id]);
      return row ? toQuestion(row) : undefined;
    },
    listQuestions: async (since) =>
      (await db.all(`SELECT ${QUESTION_COLUMNS} FROM questions WHERE asked_at >= ? ORDER BY asked_at`, [since.getTime()])).map(toQuestion),
    listFeedback: async (since) => {
      const rows = await db.all(
        `SELECT f.id, f.question_id, f.verdict, f.reason, f.user_id, f.given_at, q.question, q.summary
         FROM feedback f LEFT JOIN questions q ON q.id = f.question_id WHERE f.given_at >= ? ORDER BY f.given_at`,
        [since.getTime()],
      );
      return rows.map(toFeedback);
    },
    deleteOlderThan: async (cutoff) => {
      const feedback = await db.run("DELETE FROM feedback WHERE given_at < ?", [cutoff.getTime()]);
      return feedback + (await db.run("DELETE FROM questions WHERE asked_at < ?", [cutoff.getTime()]));
    },
    close: () => db.close(),
  };
}

const text = (value: SqlValue | undefined): string | undefined => (value === null || value === undefined ? undefined : String(value));

function toQuestion(row: SqlRow): QuestionRecord {
  return {
    id: String(row.id),
    askedAt: new Date(Number(row.asked_at)),
    teamId: text(row.team_id),
    channelId: text(row.channel_id),
    userId: text(row.user_id),
    question: String(row.question),
    status: String(row.status) as QuestionStatus,
    intent: String(row.intent),
    latencyMs: Number(row.latency_ms),
    summary: String(row.summary),
  };
}

function toFeedback(row: SqlRow): FeedbackWithQuestion {
  const feedback: FeedbackRecord = {
    id: String(row.id),
    questionId: text(row.question_id),
    verdict: String(row.verdict) as Verdict,
    reason: text(row.reason),
    userId: text(row.user_id),
    givenAt: new Date(Number(row.given_at)),
  };
  return { ...feedback, question: text(row.question), summary: text(row.summary) };
}
