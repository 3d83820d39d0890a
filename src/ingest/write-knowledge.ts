/**
 * Writes an ingestion into knowledge/ all at once or not at all: every file goes to a temporary name first,
 * the knowledge base is loaded with them, and any problem in the new document's files removes them again.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dump } from "js-yaml";
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
  const made = `Made by npm run ingest from ${options.file}; review with: npm run kb -- review ${id}`;
  const files: Array<[string, string]> = [
    [join(dir, "sources", `${id}.txt`), ingested.source],
    [join(dir, "documents", `${id}.yaml`), yaml(`${made}. Sections are the document's own headings.`, ingested.document)],
    [join(dir, "facts", `${id}.yaml`), yaml(`${made}. origin: extracted until a person confirms a fact (reviewed).`, { document: ingested.document.file, facts: ingested.facts })],
  ];
  if (ingested.entities.length) files.push([join(dir, "entities", `${id}.yaml`), yaml(`${made}. Proposed: rename, merge or add aliases as needed.`, { entities: ingested.entities })]);
  if (ingested.exceptions.length) files.push([join(dir, "exceptions", `${id}.yaml`), yaml(`${made}. Figures the extractor could not place, and why.`, { exceptions: ingested.exceptions })]);
  if (!options.replace && existsSync(files[1]![0])) throw new IngestError(options.file, `knowledge/documents/${id}.yaml already exists`, "Pass --replace to ingest it again, or --id to give it another id.");
  for (const [path, text] of files) { mkdirSync(join(path, ".."), { recursive: true }); writeFileSync(`${path}.tmp-ingest`, text); }
  const previous = files.map(([path]) => existsSync(path));
  for (const [path] of files) renameSync(`${path}.tmp-ingest`, path);
  const problems = inspectKnowledge(dir).problems.filter((p) => p.includes(`${id}.`) || p.includes(`${id}-`));
  if (problems.length) {
    files.forEach(([path], i) => { if (!previous[i]) rmSync(path, { force: true }); });
    throw new IngestError(options.file, `the extracted knowledge does not load:\n  ${problems.join("\n  ")}\n`, "This is a bug in the extractor; please report it with the file.");
  }
  return files.map(([path]) => path);
}
