/**
 * Loads knowledge/ once: documents and their sections, entities, facts, exceptions, all validated.
 * Any problem is a developer's error: every problem found is collected and thrown together as a
 * KnowledgeError naming the file, the record and the field, so nothing half-loaded is ever served.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { load as parseYaml } from "js-yaml";
import type { z } from "zod";
import {
  ReadingsFile,
  DocumentDecl,
  EntityFile,
  ExceptionFile,
  FactFile,
  Vocabulary,
  type AttributeDecl,
  type EntityDecl,
  type FactDecl,
} from "./schema.js";
import { buildDocument, locateQuote, type SourceDocument } from "./document-model.js";
import { figureDigits, normalizeForMatch } from "./normalize-text.js";
import { KnowledgeError } from "./knowledge-error.js";
import { checkIntegrity, type RecordOrigins } from "./check-integrity.js";
import { fiscalYearOf, parseEraDate } from "./era-date.js";

export { KnowledgeError } from "./knowledge-error.js";

export type Evidence = {
  document: string;
  documentTitle: string;
  section: string;
  quote: string;
  line: number;
  /** The PDF page of the quote and the document's address, when the document declares them. */
  page?: number;
  url?: string;
};
/** asOfDate: the month (or day) of `asOf` as ISO "2004-07", when asOf names one; format it with era-date.ts. */
export type Fact = Omit<FactDecl, "evidence"> & { evidence: Evidence; asOfDate?: string; unitEn?: string };
/** date: the era date the value names (平成16年4月 → "2004-04"), when it names one. */
export type Attribute = Omit<AttributeDecl, "evidence"> & { evidence: Evidence; date?: string };
export type Entity = Omit<EntityDecl, "attributes"> & { attributes: Attribute[] };
export type KnowledgeBase = {
  vocabulary: Vocabulary;
  documents: Map<string, SourceDocument>;
  entities: Map<string, Entity>;
  facts: Fact[];
  factsById: Map<string, Fact>;
  exceptions: z.infer<typeof ExceptionFile>["exceptions"];
  /** How words are read (共同 → きょうどう), from knowledge/readings.yaml when there is one. */
  readings: Readonly<Record<string, string>>;
  /** How question words are read whole (教えて → おしえて), for romaji only (readings.yaml › questionWords). */
  questionWordReadings: Readonly<Record<string, string>>;
  /** How the documents' own words are read (施策 → しさく), for romaji only (readings.yaml › corpusWords). */
  corpusWordReadings: Readonly<Record<string, string>>;
};

export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge/", import.meta.url));

/**
 * Reads and validates every file under the knowledge folder.
 * @example const kb = loadKnowledge(); kb.facts.length // a few hundred
 * @throws KnowledgeError listing each problem as "file › record › field: what was expected"
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const { kb, problems } = inspectKnowledge(dir);
  if (problems.length > 0 || !kb) throw new KnowledgeError(problems);
  return kb;
}

/**
 * Loads what can be loaded and returns it with every problem found: for developer tools (npm run kb)
 * that report on a knowledge base being written. The bot uses loadKnowledge, which refuses any problem.
 * @example inspectKnowledge().problems // []
 */
export function inspectKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): { kb?: KnowledgeBase; problems: string[] } {
  const problems: string[] = [];
  const rel = relativeTo(dir);
  const parseFile = <T extends z.ZodType>(file: string, schema: T, found: string[]) => parseYamlFile(file, rel(file), schema, found);
  const vocabulary = parseFile(join(dir, "vocabulary.yaml"), Vocabulary, problems);
  if (!vocabulary) return { problems };
  const variants = vocabulary.variants;

  const documents = new Map<string, SourceDocument>();
  for (const file of yamlFiles(join(dir, "documents"))) {
    const decl = parseFile(file, DocumentDecl, problems);
    if (!decl) continue;
    const source = join(dir, "sources", decl.file);
    if (!existsSync(source)) {
      problems.push(`${rel(file)} › file: no source ${decl.file} in knowledge/sources`);
      continue;
    }
    try {
      documents.set(decl.file, buildDocument(decl, readFileSync(source, "utf8"), variants));
    } catch (error) {
      problems.push(`${rel(file)} › ${(error as Error).message}`);
    }
  }

  const ground = (file: string, record: string, document: string, quote: string): Evidence | undefined => {
    const doc = documents.get(document);
    if (!doc) {
      problems.push(`${rel(file)} › ${record} › evidence.document: "${document}" is not a declared document`);
      return undefined;
    }
    const found = locateQuote(doc, quote, variants);
    if (!found) {
      problems.push(`${rel(file)} › ${record} › evidence.quote: not found in ${document}: "${quote.slice(0, 60)}"`);
      return undefined;
    }
    const page = doc.linePages?.[found.line];
    return {
      document,
      documentTitle: doc.title,
      section: found.section.label,
      quote: quote.trim(),
      line: found.line + 1,
      page,
      url: doc.url,
    };
  };

  const origins: RecordOrigins = { facts: new Map(), entities: new Map() };
  const entities = new Map<string, Entity>();
  for (const file of yamlFiles(join(dir, "entities"))) {
    const parsed = parseFile(file, EntityFile, problems);
    parsed?.entities.forEach((decl, i) => {
      const record = `entities[${i}] (${decl.id})`;
      if (entities.has(decl.id)) problems.push(`${rel(file)} › ${record} › id: duplicate entity id`);
      else origins.entities.set(decl.id, `${rel(file)} › ${record}`);
      const attributes: Attribute[] = [];
      decl.attributes.forEach((attribute, k) => {
        if (!vocabulary.attributes.some((a) => a.id === attribute.key))
          problems.push(`${rel(file)} › ${record} › attributes[${k}].key: "${attribute.key}" is not in vocabulary.yaml attributes`);
        const evidence = ground(file, `${record} › attributes[${k}]`, attribute.evidence.document, attribute.evidence.quote);
        const when = parseEraDate(attribute.value);
        if (when && attribute.year !== undefined && when.date.year() !== attribute.year) {
          problems.push(`${rel(file)} › ${record} › attributes[${k}].year: ${attribute.year}, but the value says ${when.iso}`);
        }
        if (evidence) attributes.push({ ...attribute, evidence, ...(when && { date: when.iso }) });
      });
      entities.set(decl.id, { ...decl, attributes });
    });
  }

  const facts: Fact[] = [];
  const factsById = new Map<string, Fact>();
  for (const file of yamlFiles(join(dir, "facts"))) {
    const parsed = parseFile(file, FactFile, problems);
    parsed?.facts.forEach((decl, i) => {
      const record = `facts[${i}] (${decl.id})`;
      const fail = (field: string, message: string) => problems.push(`${rel(file)} › ${record} › ${field}: ${message}`);
      if (factsById.has(decl.id)) fail("id", "duplicate fact id");
      else origins.facts.set(decl.id, `${rel(file)} › ${record}`);
      if (!entities.has(decl.subject)) fail("subject", `"${decl.subject}" is not an entity id in knowledge/entities`);
      if (!vocabulary.measures.some((m) => m.id === decl.measure)) fail("measure", `"${decl.measure}" is not in vocabulary.yaml measures`);
      if (!vocabulary.qualifiers.some((q) => q.id === decl.qualifier))
        fail("qualifier", `"${decl.qualifier}" is not in vocabulary.yaml qualifiers`);
      const document = decl.evidence.document ?? parsed.document;
      const evidence = ground(file, record, document, decl.evidence.quote);
      if (!evidence) return;
      const digits = figureDigits(decl.display);
      const quoteDigits = normalizeForMatch(decl.evidence.quote, variants).replace(/[,，]/g, "");
      if (!digits || !quoteDigits.includes(digits)) fail("display", `figure "${decl.display}" does not occur in the quote`);
      if (decl.valueMax !== undefined && decl.valueMax <= decl.value) fail("valueMax", `${decl.valueMax} is not above value ${decl.value}`);
      const asOf = decl.asOf ? parseEraDate(decl.asOf) : undefined;
      if (asOf && decl.fiscalYear !== null && fiscalYearOf(asOf.date) !== decl.fiscalYear) {
        fail("asOf", `${asOf.iso} is in fiscal year ${fiscalYearOf(asOf.date)}, not fiscalYear ${decl.fiscalYear}`);
      }
      if (decl.page !== undefined && evidence.page !== decl.page)
        fail("page", `the quote is on page ${evidence.page ?? "(none: the source has no page breaks)"}, not ${decl.page}`);
      const unitEn = vocabulary.unitsEn[decl.unit];
      const fact: Fact = { ...decl, evidence, ...(asOf && { asOfDate: asOf.iso }), ...(unitEn && { unitEn }) };
      facts.push(fact);
      factsById.set(fact.id, fact);
    });
  }
  for (const fact of facts) {
    for (const other of fact.conflictsWith ?? [])
      if (!factsById.has(other)) problems.push(`knowledge/facts › ${fact.id} › conflictsWith: unknown fact id "${other}"`);
  }
  // Marking one side of a conflict is enough (an ingested document does not edit curated files): the other
  // side is marked here, so both facts are always shown together.
  for (const fact of facts) {
    for (const other of fact.conflictsWith ?? []) {
      const o = factsById.get(other);
      if (o && !o.conflictsWith?.includes(fact.id)) o.conflictsWith = [...(o.conflictsWith ?? []), fact.id];
    }
  }
  for (const entity of entities.values()) {
    if (entity.parent && !entities.has(entity.parent))
      problems.push(`knowledge/entities › ${entity.id} › parent: unknown entity "${entity.parent}"`);
    for (const attribute of entity.attributes)
      if (attribute.ref && !entities.has(attribute.ref))
        problems.push(`knowledge/entities › ${entity.id} › attributes.ref: unknown entity "${attribute.ref}"`);
  }

  const exceptions: KnowledgeBase["exceptions"] = [];
  for (const file of yamlFiles(join(dir, "exceptions"))) exceptions.push(...(parseFile(file, ExceptionFile, problems)?.exceptions ?? []));

  const readingsFile = join(dir, "readings.yaml");
  const readingsData = existsSync(readingsFile) ? parseFile(readingsFile, ReadingsFile, problems) : undefined;
  const readings = readingsData?.readings ?? {};
  const questionWordReadings = readingsData?.questionWords ?? {};
  const corpusWordReadings = readingsData?.corpusWords ?? {};
  const kb: KnowledgeBase = {
    vocabulary,
    documents,
    entities,
    facts,
    factsById,
    exceptions,
    readings,
    questionWordReadings,
    corpusWordReadings,
  };
  // Cross-record checks run here, not only in tests: an ambiguous alias or an unmarked conflict stops start-up.
  problems.push(...checkIntegrity(kb, origins));
  return { kb, problems };
}

function yamlFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(folder, f));
}

/** Paths in messages read "knowledge/facts/x.yaml" wherever the folder is. */
function relativeTo(dir: string): (file: string) => string {
  return (file) => `knowledge/${relative(dir, file).split(sep).join("/")}`;
}

/** Parses one YAML file against a schema; on failure records one problem per zod issue and returns undefined. */
function parseYamlFile<T extends z.ZodType>(file: string, name: string, schema: T, problems: string[]): z.infer<T> | undefined {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`${name}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${name} › ${describePath(data, issue.path)}: ${issue.message}`);
  return undefined;
}

/** "facts[3] (h15-x) › evidence.quote": the record's index and id, then the field. */
function describePath(data: unknown, path: PropertyKey[]): string {
  if (path.length === 0) return "(file)";
  const [list, index, ...field] = path;
  if (typeof index !== "number") return path.map(String).join(".");
  const record = (data as Record<string, unknown[]>)[String(list)]?.[index] as { id?: unknown } | undefined;
  const id = typeof record?.id === "string" ? ` (${record.id})` : "";
  return `${String(list)}[${index}]${id}${field.length ? ` › ${field.map(String).join(".")}` : ""}`;
}
