/**
 * Scores one answer against one gold case, the same way ../shared/eval/score.mjs does: status, figures
 * in the text (NFKC, no spaces or commas, lower case), forbidden strings, and the cited document.
 */
import { z } from "zod";
import type { Answer } from "../qa/types.js";

export const GoldCase = z.object({
  id: z.string(),
  cat: z.string(),
  q: z.string(),
  status: z.enum(["answered", "clarify", "not_found"]),
  all: z.array(z.string()).default([]),
  any: z.array(z.array(z.string())).default([]),
  doc: z.array(z.string()).nullable().default(null),
  forbid: z.array(z.string()).default([]),
});
export type GoldCase = z.infer<typeof GoldCase>;

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\s,，、]/g, "")
    .toLowerCase();

/**
 * The reasons an answer fails a case; empty when it passes.
 * @example scoreCase(gold, answer) // [] or ["status not_found != answered", "missing 16302件"]
 */
export function scoreCase(gold: GoldCase, answer: Pick<Answer, "status" | "text" | "citations">): string[] {
  const text = norm(answer.text);
  const why: string[] = [];
  if (answer.status !== gold.status) why.push(`status ${answer.status} != ${gold.status}`);
  for (const s of gold.all) if (!text.includes(norm(s))) why.push(`missing ${s}`);
  for (const group of gold.any) if (!group.some((s) => text.includes(norm(s)))) why.push(`missing one of ${group.join("|")}`);
  for (const s of gold.forbid) if (text.includes(norm(s))) why.push(`forbidden ${s}`);
  if (gold.status === "answered" && gold.doc && !gold.doc.some((d) => answer.citations.some((c) => c.document.endsWith(d)))) {
    why.push(`cites ${answer.citations.map((c) => c.document).join(",") || "nothing"}, wants ${gold.doc.join("|")}`);
  }
  return why;
}
