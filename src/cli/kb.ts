/**
 * `npm run kb`: a readable summary of the knowledge base (facts per document and per measure).
 * `npm run kb -- --json`: every fact as one JSON object per line, nothing else on stdout.
 */
import { loadKnowledge, KnowledgeError } from "../knowledge/load-knowledge.js";
import { checkIntegrity } from "../knowledge/check-integrity.js";
import { toFactRecord } from "../knowledge/fact-record.js";

try {
  const kb = loadKnowledge();
  if (process.argv.includes("--json")) {
    for (const fact of kb.facts) process.stdout.write(JSON.stringify(toFactRecord(fact)) + "\n");
  } else {
    const count = (key: (f: (typeof kb.facts)[number]) => string) =>
      [...kb.facts.reduce((m, f) => m.set(key(f), (m.get(key(f)) ?? 0) + 1), new Map<string, number>())].sort().map(([k, n]) => `  ${k}: ${n}`).join("\n");
    console.log(`${kb.facts.length} facts, ${kb.entities.size} entities, ${kb.documents.size} documents, ${kb.exceptions.length} listed exceptions`);
    console.log(`facts per document:\n${count((f) => f.evidence.document)}`);
    console.log(`facts per measure:\n${count((f) => f.measure)}`);
    console.log(`facts per qualifier:\n${count((f) => f.qualifier)}`);
    const issues = checkIntegrity(kb);
    console.log(issues.length ? `integrity problems:\n  ${issues.join("\n  ")}` : "integrity: aliases unique, conflicts marked");
    const conflicts = kb.facts.filter((f) => f.conflictsWith?.length);
    if (conflicts.length) console.log(`marked conflicts:\n${conflicts.map((f) => `  ${f.id} ${f.display} ↔ ${f.conflictsWith!.join(", ")}`).join("\n")}`);
  }
} catch (error) {
  if (error instanceof KnowledgeError) { console.error(error.message); process.exit(1); }
  throw error;
}
