/**
 * What a 👍/👎 feedback button carries: the verdict and the id of the delivered answer it is about.
 * The question, its status and the answer's summary are stored under that id when the answer is
 * delivered, so the button stays short (feedback_buttons values are short strings) and survives restarts.
 */
export type Verdict = "up" | "down";
export type FeedbackValue = { verdict: Verdict; questionId: string };

const VALUE = /^(up|down):([A-Za-z0-9-]{1,64})$/;

/**
 * The button value for a verdict on one delivered answer.
 * @example encodeFeedback({ verdict: "up", questionId: "3f2a…" }) // "up:3f2a…"
 */
export function encodeFeedback(value: FeedbackValue): string {
  return `${value.verdict}:${value.questionId}`;
}

/**
 * Reads a feedback button's value; undefined for anything else (an old or tampered button).
 * @example decodeFeedback("down:3f2a") // { verdict: "down", questionId: "3f2a" }
 */
export function decodeFeedback(value: string | undefined): FeedbackValue | undefined {
  const match = VALUE.exec(value ?? "");
  return match ? { verdict: match[1] as Verdict, questionId: match[2]! } : undefined;
}
