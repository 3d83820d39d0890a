/**
 * One document's layout → everything knowledge/ needs for it: the source text with page breaks, the
 * declaration (title, url, pages, sections with pages), extracted facts, proposed entities, and the figures
 * left out with their reasons. Pure: reads nothing and writes nothing (write-knowledge.ts writes).
 */
import type { DocumentDecl, EntityDecl, ExceptionDecl, FactDecl } from "../knowledge/schema.js";
import type { VariantMap } from "../knowledge/normalize-text.js";
import { sourceText, type Layout, type Line } from "./layout.js";
import { documentEra, findYear } from "./fiscal-year-words.js";
import { findTables, type LeftOut, type TableFigure } from "./find-tables.js";
import { findBudgetStatus } from "./budget-status-table.js";
import { findProseFigures } from "./find-prose-figures.js";
import { findSections } from "./find-sections.js";
import { proposeEntities, type GenericNames, type KnownEntity } from "./propose-entities.js";
import { figuresIn } from "./parse-figure.js";
import { BUDGET_KINDS } from "./kind-words.js";
import { isValue } from "./text-row.js";
import { IngestError } from "./ingest-error.js";
import { groundFacts, type KnownFact } from "./ground-facts.js";

export type IngestOptions = { id: string; file: string; title?: string; url?: string; fiscalYear?: number; raw?: string };
/** What the knowledge base already holds: entities to reuse, the kinds allowed, facts a new one may contradict. */
export type Context = {
  entities: KnownEntity[];
  qualifiers: string[];
  variants: VariantMap;
  facts?: KnownFact[];
  /** knowledge/vocabulary.yaml › genericNames: the names of a role an entity read from such a heading gets. */
  genericNames?: GenericNames;
};
export type Ingested = {
  id: string;
  source: string;
  document: DocumentDecl;
  facts: FactDecl[];
  entities: EntityDecl[];
  exceptions: ExceptionDecl[];
  leftOut: LeftOut[];
};

/**
 * Ingests one document.
 * @example ingestLayout(await readPdf(f, bytes), { id: "new-doc", file: f }, context).facts.length
 */
export function ingestLayout(layout: Layout, options: IngestOptions, context: Context): Ingested {
  const file = `${options.id}.txt`;
  const source = options.raw ?? sourceText(layout);
  const era = documentEra(source);
  const title = options.title ?? layout.title ?? layout.lines.find((l) => l.text.trim())?.text.trim() ?? options.id;
  const fiscalYear = options.fiscalYear ?? findYear(title, era)?.fiscalYear;
  if (!fiscalYear)
    throw new IngestError(
      options.file,
      `its title "${title}" names no fiscal year`,
      "Pass --fiscal-year YYYY (the year the document is about).",
    );

  const sections = findSections(layout.lines, title, labelOf);
  const sectionOf = (i: number) => [...sections].reverse().find((s) => s.line <= i)!.title;
  const status = findBudgetStatus(layout.lines, era, layout.geometry);
  const general = findTables(layout.lines, era, layout.geometry, fiscalYear, status.used);
  const tables = {
    figures: [...status.figures, ...general.figures],
    leftOut: [...status.leftOut, ...general.leftOut],
    usedLines: new Set([...status.used, ...general.usedLines]),
  };
  const prose = findProseFigures(layout.lines, tables.usedLines, era, sectionOf, fiscalYear);
  const leftOut = [...tables.leftOut, ...prose.leftOut];

  // A PDF has pages; a .txt extraction only when it marks them with form feeds (otherwise no page is cited).
  const paged = layout.geometry || source.includes("\f");
  const entities = proposeEntities(options.id, context.entities, context.variants, context.genericNames);
  const document: DocumentDecl = {
    file,
    title,
    titleEn: title,
    fiscalYear,
    ...(options.url ? { url: options.url } : {}),
    ...(paged ? { pages: layout.pages } : {}),
    sections: sections.map(({ at, title: t, level, page }) => ({ at, title: t, level, ...(paged ? { page } : {}) })),
  };
  const candidates = [
    ...tables.figures,
    ...placeableProse(prose.figures, tables.figures, leftOut, (i) => [...sections].reverse().find((s) => s.line <= i)!.page),
  ].filter((f) => {
    if (context.qualifiers.includes(f.kind)) return true;
    leftOut.push({ text: f.figure.display, page: f.page, reason: `the kind ${f.kind} is not in knowledge/vocabulary.yaml` });
    return false;
  });
  const facts = candidates.map((f, n) => {
    const fromTable = tables.figures.includes(f);
    // An amount of money is a budget only under a budget kind: 受入額 in 百万円 by 実績 and 目標値 is an indicator.
    const budget = f.budget && BUDGET_KINDS.has(f.kind);
    const measure = budget ? "budget" : fromTable ? "indicator" : "count";
    return toFact(
      options.id,
      n + 1,
      f,
      layout,
      paged,
      measure,
      entities.idOf(f.subject, budget ? "program" : fromTable ? "indicator" : "topic"),
    );
  });
  const grounded = groundFacts({ document, source, facts, variants: context.variants, leftOut, known: context.facts ?? [] });
  const proposed = entities.proposed.filter((e) => grounded.facts.some((f) => f.subject === e.id));
  return {
    id: options.id,
    source,
    document: grounded.document,
    facts: grounded.facts,
    entities: proposed,
    exceptions: grounded.exceptions,
    leftOut,
  };
}

/** A heading line's words before its first figure (①共同研究の実施件数 7,248件 … → ①共同研究の実施件数; （令和4年度）64件 is one). */
function labelOf(line: Line): string {
  const k = line.cells.findIndex((c, i) => i > 0 && (isValue(c) || figuresIn(c.text).length > 0));
  return (k < 0 ? line.cells : line.cells.slice(0, k)).map((c) => c.text).join(" ");
}

/**
 * Sentences' figures that can stand as facts of their section: not one a table states already (the analysis
 * restating 令和6年度には6,374件), and not one under a heading of an earlier page (the section names what the
 * sentence is about only near its heading; headings the extractor does not know would be skipped over).
 */
function placeableProse(
  prose: TableFigure[],
  tables: TableFigure[],
  leftOut: LeftOut[],
  pageOfSection: (line: number) => number,
): TableFigure[] {
  const key = (f: TableFigure) => [f.kind, f.fiscalYear, f.figure.unit, f.figure.value].join("|");
  const inTables = new Set(tables.map(key));
  return prose.filter((f) => {
    if (inTables.has(key(f))) {
      leftOut.push({ text: f.figure.display, page: f.page, reason: "a table of the document states it already" });
      return false;
    }
    if (pageOfSection(f.line) < f.page) {
      leftOut.push({ text: f.figure.display, page: f.page, reason: "no heading on its page says what its sentence is about" });
      return false;
    }
    return true;
  });
}

/** A column headed －年度 names no year: answers then say the year is not stated. */
const noYear = (label: string | null) => (label && /^[－―ー\-]年度$/u.test(label) ? null : label);

function toFact(docId: string, n: number, f: TableFigure, layout: Layout, paged: boolean, measure: string, subject: string): FactDecl {
  return {
    id: `${docId}-f${n}`,
    subject,
    measure,
    qualifier: f.kind,
    fiscalYear: f.fiscalYear,
    yearLabel: noYear(f.yearLabel),
    value: f.figure.value,
    display: f.figure.display,
    unit: f.figure.unit!,
    ...(f.figure.approx ? { approx: true } : {}),
    ...(f.asOf ? { asOf: f.asOf } : {}),
    ...(f.scope ? { scope: f.scope } : {}),
    origin: "extracted",
    ...(paged ? { page: f.page } : {}),
    evidence: {
      quote: layout.lines
        .slice(f.line, (f.until ?? f.line) + 1)
        .map((l) => l.text.trim())
        .join("\n"),
    },
  };
}
