/**
 * Writes an ingestion into knowledge/ all at once or not at all: every file goes to a temporary name first,
 * the knowledge base is loaded with them, and any problem in the new document's files puts back what was
 * there before (nothing, or the previous ingestion of the same id).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dump, load } from "js-yaml";
import type { FactDecl } from "../knowledge/schema.js";
import { inspectKnowledge } from "../knowledge/load-knowledge.js";
import type { Ingested } from "./ingest-document.js";
import { IngestError } from "./ingest-error.js";

const yaml = (header: string, data: unknown) => `# ${header}\n${dump(data, { lineWidth: 160, noRefs: true })}`;

/**
 * Writes the source, declaration, facts, proposed entities and exceptions of one document; returns the paths.
 * @example writeKnowledge("knowledge", ingested, { file: "new.pdf" }) // ["knowledge/sources/new.txt", …]
 * @throws IngestError when the document exists (without replace) or the written files do not load
 */
export function writeKnowledge(dir: string, ingested: Ingested, options: { file: string; replace?: boolean }): string[] {
  const { id } = ingested;
  const at = (folder: string, ext = "yaml") => join(dir, folder, `${id}.${ext}`);
  if (!options.replace && existsSync(at("documents"))) {
    throw new IngestError(
      options.file,
      `knowledge/documents/${id}.yaml already exists`,
      "Pass --replace to ingest it again, or --id to give it another id.",
    );
  }
  const made = `Made by npm run ingest from ${options.file}; review with: npm run kb -- review ${id}`;
  const facts = keepReviews(at("facts"), ingested.facts);
  // Every file the document may have: one not written this time is removed (a stale list of exceptions…).
  const files: Array<[string, string | undefined]> = [
    [at("sources", "txt"), ingested.source],
    [at("documents"), yaml(`${made}. Sections are the document's own headings.`, ingested.document)],
    [
      at("facts"),
      yaml(`${made}. origin: extracted until a person confirms a fact (reviewed).`, { document: ingested.document.file, facts }),
    ],
    [
      at("entities"),
      ingested.entities.length
        ? yaml(`${made}. Proposed: rename, merge or add aliases as needed.`, { entities: ingested.entities })
        : undefined,
    ],
    [
      at("exceptions"),
      ingested.exceptions.length
        ? yaml(`${made}. Figures the extractor could not place, and why.`, { exceptions: ingested.exceptions })
        : undefined,
    ],
  ];
  const before = files.map(([path]) => (existsSync(path) ? readFileSync(path) : undefined));
  for (const [path, text] of files)
    if (text !== undefined) {
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(`${path}.tmp-ingest`, text);
    }
  for (const [path, text] of files)
    if (text !== undefined) renameSync(`${path}.tmp-ingest`, path);
    else rmSync(path, { force: true });
  const problems = inspectKnowledge(dir).problems.filter((p) => p.includes(`${id}.`) || p.includes(`${id}-`));
  if (problems.length) {
    // Back to exactly what was there: the previous ingestion of this id, or nothing.
    files.forEach(([path], i) => (before[i] ? writeFileSync(path, before[i]!) : rmSync(path, { force: true })));
    throw new IngestError(
      options.file,
      `the extracted knowledge does not load:\n  ${problems.join("\n  ")}\n`,
      "This is a bug in the extractor; please report it with the file.",
    );
  }
  return files.filter(([, text]) => text !== undefined).map(([path]) => path);
}

/** Ingesting a document again keeps what a person confirmed: the same figure of the same row, year and kind stays reviewed. */
function keepReviews(path: string, facts: FactDecl[]): FactDecl[] {
  if (!existsSync(path)) return facts;
  const old = (load(readFileSync(path, "utf8")) as { facts?: FactDecl[] } | undefined)?.facts ?? [];
  const key = (f: FactDecl) => [f.subject, f.qualifier, f.fiscalYear, f.display].join("|");
  const reviewed = new Set(old.filter((f) => f.origin === "reviewed").map(key));
  return facts.map((f) => (reviewed.has(key(f)) ? { ...f, origin: "reviewed" } : f));
}
