/**
 * The owner's report as plain text, for `npm run report`: one heading per part, one line per item.
 */
import type { QuestionGroup } from "./group-questions.js";
import type { OwnerReport } from "./build-report.js";

export type FormatOptions = { /** Items listed per part (groups, 👎, slow answers). */ limit?: number };

/**
 * @example process.stdout.write(formatReport(await buildReport(store, { days: 7 })))
 */
export function formatReport(report: OwnerReport, options: FormatOptions = {}): string {
  const limit = options.limit ?? 20;
  const s = report.byStatus;
  const lines = [
    `sangaku: the last ${report.days} days (since ${report.since.toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `Questions: ${report.total} — answered ${s.answered}, clarify ${s.clarify}, not found ${s.not_found}, error ${s.error}`,
    `Feedback: 👍 ${report.feedback.up}, 👎 ${report.feedback.down}`,
    "",
    ...part("Not found, grouped by words", report.notFound.slice(0, limit).map(groupLine)),
    ...part("Asked back (clarify), grouped by words", report.clarify.slice(0, limit).map(groupLine)),
    ...part(
      "Answers marked 👎",
      report.downvotes
        .slice(0, limit)
        .map(
          (d) =>
            `${day(d.givenAt)}  ${d.question ?? "(question not in the log)"}${d.summary ? `\n      answer: ${d.summary}` : ""}\n      reason: ${d.reason ?? "(none given)"}`,
        ),
    ),
    ...part(
      "Slowest answers",
      report.slowest.slice(0, limit).map((a) => `${String(a.latencyMs).padStart(6)} ms  ${a.status.padEnd(9)} ${a.question}`),
    ),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

function part(title: string, items: string[]): string[] {
  return [`${title}:`, ...(items.length ? items.map((item) => `  - ${item}`) : ["  (none)"]), ""];
}

function groupLine(group: QuestionGroup): string {
  return `${String(group.count).padStart(3)} × ${group.example}${group.words.length ? `  [${group.words.join(" ")}]` : ""}`;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
