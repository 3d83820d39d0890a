/**
 * `npm run kb`: a readable summary of the knowledge base (facts per document and per measure).
 * `npm run kb -- --json`: every fact as one JSON object per line, nothing else on stdout.
 * `npm run kb -- review ID [--confirm FACT_ID… | --confirm-all]`: an ingested document's facts to review.
 * `npm run kb -- readings`: writes knowledge/readings.yaml (how names' words are read, for hiragana typing).
 * Problems go to stderr and fail the command, but what did load is still shown.
 */
import { DEFAULT_KNOWLEDGE_DIR, inspectKnowledge, KnowledgeError, type KnowledgeBase } from "../knowledge/load-knowledge.js";
import { toFactRecord } from "../knowledge/fact-record.js";
import { findUncoveredFigures } from "../knowledge/find-uncovered-figures.js";
import { confirmReviewed, listForReview } from "../ingest/review-facts.js";
import { loadIntents } from "../qa/load-intents.js";

const { kb, problems } = inspectKnowledge();
if (problems.length) console.error(new KnowledgeError(problems).message);
if (kb && process.argv[2] === "review") review(kb, process.argv.slice(3));
else if (kb && process.argv[2] === "readings") await readings(kb);
else if (kb) summarize(kb);

async function readings(kb: KnowledgeBase): Promise<void> {
  const { sourceTexts, writeReadings } = await import("./make-readings.js");
  const { intents, lexicon } = loadIntents();
  const count = await writeReadings(kb, intents, lexicon, DEFAULT_KNOWLEDGE_DIR, sourceTexts(DEFAULT_KNOWLEDGE_DIR));
  console.log(`knowledge/readings.yaml: ${count} words with their readings.`);
}

function review(kb: KnowledgeBase, args: string[]): void {
  const [id, ...rest] = args;
  if (!id) {
    console.error("usage: npm run kb -- review ID [--confirm FACT_ID… | --confirm-all]");
    process.exitCode = 2;
    return;
  }
  const confirm = rest.includes("--confirm-all") ? "all" : rest.includes("--confirm") ? rest.filter((a) => !a.startsWith("--")) : undefined;
  if (confirm) console.log(`${confirmReviewed(DEFAULT_KNOWLEDGE_DIR, id, confirm)} facts marked reviewed.`);
  console.log(listForReview(confirm ? (inspectKnowledge().kb ?? kb) : kb, id));
}

function summarize(kb: KnowledgeBase): void {
  if (process.argv.includes("--json")) {
    for (const fact of kb.facts) process.stdout.write(JSON.stringify(toFactRecord(fact)) + "\n");
  } else {
    const count = (key: (f: (typeof kb.facts)[number]) => string) =>
      [...kb.facts.reduce((m, f) => m.set(key(f), (m.get(key(f)) ?? 0) + 1), new Map<string, number>())]
        .sort()
        .map(([k, n]) => `  ${k}: ${n}`)
        .join("\n");
    console.log(
      `${kb.facts.length} facts, ${kb.entities.size} entities, ${kb.documents.size} documents, ${kb.exceptions.length} listed exceptions`,
    );
    console.log(`facts per document:\n${count((f) => f.evidence.document)}`);
    console.log(`facts per measure:\n${count((f) => f.measure)}`);
    console.log(`facts per qualifier:\n${count((f) => f.qualifier)}`);
    console.log(`facts per origin (extracted ones answer with a caution; npm run kb -- review ID):\n${count((f) => f.origin)}`);
    // Integrity problems (an alias of two entities, an unmarked conflict) are load problems, listed on stderr.
    if (!problems.length) console.log("integrity: aliases unique, conflicts marked");
    const uncovered = findUncoveredFigures(kb);
    console.log(
      uncovered.length
        ? `figures with no fact and no listed exception (${uncovered.length}):\n  ${uncovered.join("\n  ")}`
        : "coverage: every figure of the sources is a fact or a listed exception",
    );
    if (kb.exceptions.length)
      console.log(`listed exceptions:\n${kb.exceptions.map((e) => `  ${e.document}: ${e.text} — ${e.reason}`).join("\n")}`);
    const conflicts = kb.facts.filter((f) => f.conflictsWith?.length);
    if (conflicts.length)
      console.log(`marked conflicts:\n${conflicts.map((f) => `  ${f.id} ${f.display} ↔ ${f.conflictsWith!.join(", ")}`).join("\n")}`);
  }
}
// What loads is shown, so a knowledge base being written can be checked; any problem still fails the command.
if (problems.length) process.exitCode = 1;
