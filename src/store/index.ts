/**
 * The kept question log and feedback: what the rest of the app uses from src/store/.
 */
export { openStore } from "./open-store.js";
export { applyRetention, scheduleRetention } from "./retention.js";
export type { FeedbackRecord, FeedbackWithQuestion, QuestionRecord, QuestionStatus, Store, Verdict } from "./types.js";
