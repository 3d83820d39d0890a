/**
 * `npm run ingest -- FILE.pdf [--id ID] [--title "…"] [--url URL] [--fiscal-year YYYY] [--replace]`
 * Makes a PDF (or a .txt extraction) answerable: see docs/ingest.md. A file that cannot be ingested is
 * reported in one paragraph naming it, and nothing is written.
 */
import { parseArgs } from "node:util";
import { runIngest } from "../ingest/run-ingest.js";
import { IngestError } from "../ingest/ingest-error.js";
import { KnowledgeError } from "../knowledge/load-knowledge.js";

const USAGE = "usage: npm run ingest -- FILE.pdf [--id ID] [--title TITLE] [--url URL] [--fiscal-year YYYY] [--replace]";

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: "string" },
      title: { type: "string" },
      url: { type: "string" },
      "fiscal-year": { type: "string" },
      replace: { type: "boolean" },
      knowledge: { type: "string" },
    },
  });
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const fiscalYear = values["fiscal-year"] ? Number(values["fiscal-year"]) : undefined;
  const { summary } = await runIngest({
    file: positionals[0]!,
    id: values.id,
    title: values.title,
    url: values.url,
    fiscalYear,
    replace: values.replace,
    knowledge: values.knowledge,
  });
  console.log(summary);
} catch (error) {
  if (!(error instanceof IngestError || error instanceof KnowledgeError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")))
    throw error;
  console.error((error as Error).message);
  if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) console.error(USAGE);
  process.exitCode = 1;
}
