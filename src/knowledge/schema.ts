/**
 * The shapes of everything under knowledge/: one zod schema each, and the type inferred from it.
 * Files are parsed against these once, at load (see load-knowledge.ts); nothing else re-validates.
 */
import { z } from "zod";

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and hyphens");

/** A section of a source document: it starts at the first line (after the previous section) that begins with `at`. */
export const SectionDecl = z.strictObject({
  at: z.string().min(1),
  title: z.string().min(1),
  level: z.number().int().min(1).max(4),
  /** The PDF page the heading is on (ingested documents). */
  page: z.number().int().min(1).optional(),
});
export type SectionDecl = z.infer<typeof SectionDecl>;

/** knowledge/documents/<file>.yaml: one source document's metadata and section headings. */
export const DocumentDecl = z.strictObject({
  file: z.string().regex(/^[a-z0-9-]+\.txt$/, "a file name in knowledge/sources, e.g. h15-x.txt"),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  fiscalYear: z.number().int().min(1990).max(2100),
  /** Where a person can open the document; citations link to `url#page=N`. */
  url: z.url().optional(),
  /** Number of PDF pages; the source then marks each page break with a form feed (\f). */
  pages: z.number().int().min(1).optional(),
  sections: z.array(SectionDecl).min(1),
});
export type DocumentDecl = z.infer<typeof DocumentDecl>;

/** Where a fact or attribute comes from: a verbatim excerpt of the document (line breaks as in the source are fine). */
export const EvidenceDecl = z.strictObject({
  quote: z.string().min(1),
  document: z.string().optional(),
});
export type EvidenceDecl = z.infer<typeof EvidenceDecl>;

/**
 * Who stands behind a fact or entity: `extracted` by npm run ingest and not yet checked (answers carry a caution
 * line), `reviewed` by a person after ingestion, `curated` written by hand (the default of every existing file).
 */
export const Origin = z.enum(["extracted", "reviewed", "curated"]);
export type Origin = z.infer<typeof Origin>;

/** One quantitative statement of a document, as written in knowledge/facts/<file>.yaml. */
export const FactDecl = z.strictObject({
  id: Id,
  subject: Id,
  measure: Id,
  qualifier: z.string().min(1),
  scope: z.string().min(1).optional(),
  fiscalYear: z.number().int().min(1980).max(2100).nullable(),
  yearLabel: z.string().min(1).nullable(),
  asOf: z.string().min(1).optional(),
  value: z.number().finite(),
  display: z.string().min(1),
  unit: z.string().min(1),
  approx: z.boolean().optional(),
  /** The upper bound when the source gives a range (１～２名): `value` is then the lower bound. */
  valueMax: z.number().finite().optional(),
  /** For reviewers only (how a PDF cell or column was read): never shown to users. */
  reviewNote: z.string().min(1).optional(),
  /** A short remark shown to users beside the figure, only where it helps read it (年額, 下限値…). */
  remark: z.string().min(1).optional(),
  conflictsWith: z.array(Id).optional(),
  origin: Origin.default("curated"),
  /** The PDF page of the quote, for documents whose source keeps page breaks. */
  page: z.number().int().min(1).optional(),
  evidence: EvidenceDecl,
});
export type FactDecl = z.infer<typeof FactDecl>;

export const FactFile = z.strictObject({
  document: z.string().regex(/^[a-z0-9-]+\.txt$/),
  facts: z.array(FactDecl),
});

/** A qualitative, cited property of an entity: owner division, start year, goal, field, enactment… */
export const AttributeDecl = z.strictObject({
  key: Id,
  value: z.string().min(1),
  year: z.number().int().min(1980).max(2100).optional(),
  ref: Id.optional(),
  evidence: EvidenceDecl.required({ document: true }),
});
export type AttributeDecl = z.infer<typeof AttributeDecl>;

export const EntityType = z.enum(["program", "region", "law", "plan", "event", "indicator", "field", "topic", "organization"]);
export type EntityType = z.infer<typeof EntityType>;

/** A program, region, law, plan, indicator, research field or topic, with every name people use for it. */
export const EntityDecl = z.strictObject({
  id: Id,
  type: EntityType,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Names of a role that each document's own entity has (施策全体: an evaluation sheet's policy as a whole).
   * Unlike aliases they may be shared; a question resolves one by the fiscal years it asks, else to the newest.
   */
  generic: z.array(z.string().min(1)).default([]),
  parent: Id.optional(),
  unit: z.string().optional(),
  origin: Origin.default("curated"),
  attributes: z.array(AttributeDecl).default([]),
});
export type EntityDecl = z.infer<typeof EntityDecl>;

export const EntityFile = z.strictObject({ entities: z.array(EntityDecl) });

/** knowledge/vocabulary.yaml: the measures, qualifiers and attribute keys facts may use, with their labels. */
const Term = z.strictObject({ id: z.string().min(1), ja: z.string().min(1), en: z.string().min(1) });
export const Vocabulary = z.strictObject({
  measures: z.array(Term.extend({ category: z.enum(["budget", "indicator", "count", "support", "ratio"]) })),
  qualifiers: z.array(Term.extend({ group: z.enum(["budget", "actual", "target", "baseline", "other"]) })),
  attributes: z.array(Term),
  variants: z.record(z.string(), z.string()),
  /**
   * Words people use for a term the documents write otherwise (地方公共団体 → 自治体): every name holding the
   * term is also matched with each word in its place (拠点に参画する自治体数).
   */
  synonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
  /**
   * Shorter forms people type for a part of names (産学連携 for 産学官連携): matched in names only. Unlike synonyms,
   * the question's text is not rewritten with them, as the documents use both (産学連携関連施策).
   */
  nameForms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
  /**
   * English words for the pieces Japanese names are built of (拠点 → hub, base; 事業 → program, project): an
   * English question that translates a name loosely names it by the pieces it translates.
   */
  glossary: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
  /** Shorthands typed in a hurry (VB → ベンチャー, 共研 → 共同研究), written out before names are matched. */
  shorthands: z.record(z.string().min(1), z.string().min(1)).default({}),
  /**
   * English words that names hold as katakana (area → エリア, cluster → クラスター): written so when they stand
   * beside a name typed in romaji (toshi area, chiteki cluster), never in an English sentence of their own.
   */
  loanwords: z.record(z.string().regex(/^[a-z]+$/), z.string().min(1)).default({}),
  /** Each counting unit in English (機関 → institutions): an English answer says the count so, the source's figure beside it. */
  unitsEn: z.record(z.string().min(1), z.string().min(1)).default({}),
  /**
   * Generic names an ingested entity gets from the heading it was read from: a table or section whose name
   * starts with `heading` (an evaluation sheet's standard 施策の予算額・執行額等) is its document's `names` (施策全体).
   */
  genericNames: z.array(z.strictObject({ heading: z.string().min(1), names: z.array(z.string().min(1)).min(1) })).default([]),
});
export type Vocabulary = z.infer<typeof Vocabulary>;

/** knowledge/exceptions.yaml: figures in the sources that are deliberately not facts, and why. */
export const ExceptionDecl = z.strictObject({ document: z.string(), text: z.string().min(1), reason: z.string().min(1) });
export const ExceptionFile = z.strictObject({ exceptions: z.array(ExceptionDecl) });
export type ExceptionDecl = z.infer<typeof ExceptionDecl>;

/**
 * knowledge/readings.yaml: how words of the names and question words are read, so that a word typed in
 * hiragana (きょうどう研究, さんがくかんれんけいほんぶ) is read as written. Made by `npm run kb -- readings`.
 */
const Readings = z.record(
  z.string().regex(/\p{Script=Han}/u, "a word with kanji"),
  z.string().regex(/^[\p{Script=Hiragana}ー]{2,}$/u, "two or more hiragana"),
);
/** The documents' words: with kanji, or a katakana word of their own (コーディネーター). */
const CorpusReadings = z.record(
  z.string().regex(/\p{Script=Han}|^\p{Script=Katakana}[\p{Script=Katakana}ー]{2,}$/u, "a word with kanji, or a katakana word"),
  z.string().regex(/^[\p{Script=Hiragana}ー]{2,}$/u, "two or more hiragana"),
);
export const ReadingsFile = z.strictObject({
  readings: Readings,
  /**
   * The question words with kanji read whole (教えて → おしえて, 課題 → かだい): read only from romaji (oshiete, kadai),
   * never from kana typed in a sentence, where their readings are pieces of other words (狙いって holds いって).
   */
  questionWords: Readings.default({}),
  /** The documents' own words (施策 → しさく, 効率性 → こうりつせい): read only from romaji, like questionWords. */
  corpusWords: CorpusReadings.default({}),
});
export type ReadingsFile = z.infer<typeof ReadingsFile>;
