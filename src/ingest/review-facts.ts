/**
 * `npm run kb -- review ID`: what a person checks after ingesting a document (its extracted facts, each with
 * page and quote, and the entities it proposes), and `--confirm FACT…` / `--confirm-all` to mark them reviewed,
 * which removes the caution line from answers.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { dump, load } from "js-yaml";
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";

/**
 * The review list of one document: extracted facts first, then proposed entities, then how to confirm.
 * @example listForReview(kb, "r5-hyoka") // "r5-hyoka: 12 facts to review …"
 */
export function listForReview(kb: KnowledgeBase, id: string): string {
  const file = `${id}.txt`;
  if (!kb.documents.has(file)) return `No document ${id} in knowledge/documents (ingest it first: npm run ingest -- FILE.pdf --id ${id}).`;
  const facts = kb.facts.filter((f) => f.evidence.document === file);
  const open = facts.filter((f) => f.origin === "extracted");
  const name = (subject: string) => kb.entities.get(subject)?.name ?? subject;
  const lines = [`${id}: ${open.length} of ${facts.length} facts still to review (origin: extracted)`];
  for (const f of open) {
    lines.push(
      `  ${f.id}  ${name(f.subject)} | ${f.yearLabel ?? "年度なし"} (${f.fiscalYear ?? "-"}) | ${f.qualifier} | ${f.display}${f.evidence.page ? ` | p.${f.evidence.page}` : ""}`,
    );
    lines.push(`      「${f.evidence.quote.replace(/\s*\n\s*/g, " ")}」`);
  }
  const proposed = [...kb.entities.values()].filter((e) => e.origin === "extracted" && e.id.startsWith(`${id}-`));
  if (proposed.length) {
    lines.push(`entities this document introduces (knowledge/entities/${id}.yaml; rename, merge or add aliases):`);
    for (const e of proposed) lines.push(`  ${e.id}  ${e.type}  ${e.name}${e.aliases.length ? `  aliases: ${e.aliases.join("、")}` : ""}`);
  }
  const exceptions = kb.exceptions.filter((e) => e.document === file);
  if (exceptions.length)
    lines.push(
      `figures left out (listed in knowledge/exceptions, with the reason): ${exceptions.length}; add a fact by hand for any that matters.`,
    );
  lines.push(
    open.length
      ? `Confirm: npm run kb -- review ${id} --confirm FACT_ID… (or --confirm-all); or edit origin: extracted → reviewed in knowledge/facts/${id}.yaml.`
      : "Every fact is reviewed: answers from this document carry no caution line.",
  );
  return lines.join("\n");
}

/**
 * Marks facts (all of the document's, with "all") and, with "all", its proposed entities as reviewed.
 * @example confirmReviewed("knowledge", "r5-hyoka", ["r5-hyoka-f3"]) // 1
 * @returns how many facts changed
 */
export function confirmReviewed(dir: string, id: string, which: string[] | "all"): number {
  let changed = 0;
  const mark = (path: string, list: string, pick: (record: { id: string }) => boolean) => {
    if (!existsSync(path)) return;
    const text = readFileSync(path, "utf8");
    const header = text.match(/^(#.*\n)*/)?.[0] ?? "";
    const data = load(text) as Record<string, Array<{ id: string; origin?: string }>>;
    for (const record of data[list] ?? []) {
      if (record.origin !== "extracted" || !pick(record)) continue;
      record.origin = "reviewed";
      if (list === "facts") changed++;
    }
    writeFileSync(path, header + dump(data, { lineWidth: 160, noRefs: true }));
  };
  mark(join(dir, "facts", `${id}.yaml`), "facts", (f) => which === "all" || which.includes(f.id));
  if (which === "all") mark(join(dir, "entities", `${id}.yaml`), "entities", () => true);
  return changed;
}
