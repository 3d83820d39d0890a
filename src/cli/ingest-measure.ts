/**
 * `npm run ingest:measure`: runs the extractor over the current sources (as text) and compares with the curated
 * facts: how many curated figures it finds with the same value, fiscal year and kind, and how many it states wrongly.
 * `-- --verbose` lists every wrong one; `-- --missed` every curated figure not found, with what became of it.
 */
import { loadKnowledge } from "../knowledge/load-knowledge.js";
import { measureExtraction } from "../ingest/measure-extraction.js";

const kb = loadKnowledge();
const rows = [...kb.documents.keys()]
  .filter((file) => kb.facts.some((f) => f.evidence.document === file && f.origin === "curated"))
  .map((file) => measureExtraction(kb, file));
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");
console.log("document | curated | found (value+year+kind) | extracted | wrong year/kind | not curated");
for (const r of rows)
  console.log(
    `${r.document} | ${r.curated} | ${r.found} (${pct(r.found, r.curated)}) | ${r.extracted} | ${r.wrong.length} | ${r.unmatched}`,
  );
const sum = (key: "curated" | "found" | "extracted" | "unmatched") => rows.reduce((n, r) => n + r[key], 0);
const wrong = rows.flatMap((r) => r.wrong.map((w) => ({ ...w, document: r.document })));
console.log(
  `total | ${sum("curated")} | ${sum("found")} (${pct(sum("found"), sum("curated"))}) | ${sum("extracted")} | ${wrong.length} | ${sum("unmatched")}`,
);
if (process.argv.includes("--verbose"))
  for (const w of wrong) console.log(`  wrong: ${w.document} ${w.display} as ${w.fiscalYear} ${w.kind}; curated: ${w.curated}`);
if (process.argv.includes("--missed")) {
  for (const r of rows)
    for (const m of r.missed)
      console.log(
        `  missed: ${r.document} ${m.id} ${m.display} (${m.fiscalYear ?? "-"} ${m.kind}): ${m.why}\n    quote: ${m.quote.replace(/\s*\n\s*/gu, " ⏎ ").slice(0, 160)}`,
      );
}
