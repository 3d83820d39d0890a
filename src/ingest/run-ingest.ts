/**
 * `npm run ingest -- FILE.pdf [--id ID] [--title "…"] [--url URL] [--fiscal-year YYYY] [--replace]`: reads a PDF
 * (or a .txt extraction), writes the document into knowledge/ and returns the summary to print.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from "../knowledge/load-knowledge.js";
import { ingestLayout, type Ingested } from "./ingest-document.js";
import { IngestError } from "./ingest-error.js";
import { readPdf } from "./read-pdf.js";
import { readText } from "./read-text.js";
import { writeKnowledge } from "./write-knowledge.js";

export type IngestArgs = {
  file: string;
  id?: string;
  title?: string;
  url?: string;
  fiscalYear?: number;
  replace?: boolean;
  knowledge?: string;
};

/**
 * Ingests one file into the knowledge folder.
 * @example await runIngest({ file: "test/fixtures/embedded.pdf", id: "sample", knowledge: tmp }) // { ingested, written, summary }
 * @throws IngestError naming the file, before anything is written
 */
export async function runIngest(args: IngestArgs): Promise<{ ingested: Ingested; written: string[]; summary: string }> {
  const dir = args.knowledge ?? DEFAULT_KNOWLEDGE_DIR;
  const id =
    args.id ??
    basename(args.file, extname(args.file))
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new IngestError(
      args.file,
      "its name gives no usable document id",
      "Pass --id with lower-case letters, digits and hyphens, e.g. --id r5-hyoka.",
    );
  if (args.url !== undefined && !URL.canParse(args.url))
    throw new IngestError(
      args.file,
      `--url "${args.url}" is not a URL`,
      "Give the address the document is published at, e.g. https://www.mext.go.jp/….pdf.",
    );
  if (args.fiscalYear !== undefined && !(args.fiscalYear >= 1990 && args.fiscalYear <= 2100))
    throw new IngestError(args.file, "--fiscal-year is not a year", "Give it as four digits, e.g. --fiscal-year 2024.");
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.file);
  } catch {
    throw new IngestError(args.file, "the file cannot be read", "Check the path.");
  }
  const isText = extname(args.file).toLowerCase() === ".txt";
  if (!isText && bytes.subarray(0, 1024).indexOf("%PDF-") < 0)
    throw new IngestError(
      args.file,
      "it is not a PDF (no %PDF- header) nor a .txt extraction",
      "Give the PDF itself, or its text saved as .txt.",
    );
  const layout = isText ? readText(bytes.toString("utf8")) : await readPdf(args.file, new Uint8Array(bytes));
  const kb = loadKnowledge(dir);
  const ingested = ingestLayout(
    layout,
    {
      id,
      file: args.file,
      title: args.title,
      url: args.url,
      fiscalYear: args.fiscalYear,
      raw: isText ? bytes.toString("utf8") : undefined,
    },
    {
      entities: [...kb.entities.values()].filter((e) => !e.id.startsWith(`${id}-`)),
      qualifiers: kb.vocabulary.qualifiers.map((q) => q.id),
      variants: kb.vocabulary.variants,
      genericNames: kb.vocabulary.genericNames,
      facts: kb.facts.filter((f) => f.evidence.document !== `${id}.txt`),
    },
  );
  const written = writeKnowledge(dir, ingested, { file: args.file, replace: args.replace });
  return { ingested, written, summary: summarize(ingested, written) };
}

function summarize(ingested: Ingested, written: string[]): string {
  const byKind = new Map<string, number>();
  for (const fact of ingested.facts) byKind.set(fact.qualifier, (byKind.get(fact.qualifier) ?? 0) + 1);
  const byReason = new Map<string, string[]>();
  for (const e of ingested.exceptions)
    byReason.set(e.reason.replace(/^p\.\d+: /, ""), [...(byReason.get(e.reason.replace(/^p\.\d+: /, "")) ?? []), e.text]);
  return [
    `Ingested ${ingested.document.title} as ${ingested.id}`,
    `  pages: ${ingested.document.pages ?? "not marked (a .txt without form feeds: no page is cited)"}`,
    `  sections: ${ingested.document.sections.length} (${ingested.document.sections
      .slice(1, 6)
      .map((s) => s.title.slice(0, 20))
      .join(" / ")}${ingested.document.sections.length > 6 ? " / …" : ""})`,
    `  facts extracted: ${ingested.facts.length} (${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ") || "none"}), all origin: extracted`,
    `  entities proposed: ${ingested.entities.length}`,
    `  figures left out: ${ingested.exceptions.length}${[...byReason].map(([reason, texts]) => `\n    ${texts.length} × ${reason} (${texts.slice(0, 3).join(", ")}${texts.length > 3 ? ", …" : ""})`).join("")}`,
    `  written: ${written.map((p) => basename(dirname(p)) + "/" + basename(p)).join(", ")}`,
    `Review the extracted facts: npm run kb -- review ${ingested.id}`,
  ].join("\n");
}
