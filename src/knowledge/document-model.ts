/**
 * A source document split into sections with heading paths, and the way back from a quote to its section.
 * Sections are declared in knowledge/documents/<file>.yaml (data, reviewable), not guessed by code.
 */
import type { DocumentDecl } from "./schema.js";
import { mapNormalized, normalizeForMatch, type VariantMap } from "./normalize-text.js";

export type Section = {
  id: string;
  document: string;
  title: string;
  /** Heading titles from the top level down to this section. */
  path: string[];
  /** "h24-jigo-hyoka.txt › 達成目標１ › 成果指標①…": how citations name the section. */
  label: string;
  startLine: number;
  endLine: number;
  /** The section's original lines, as the document writes them. */
  text: string;
};

export type SourceDocument = {
  file: string;
  title: string;
  titleEn: string;
  fiscalYear: number;
  url?: string;
  /** Page of each line (1-based), when the source marks page breaks with form feeds; otherwise undefined. */
  linePages?: number[];
  lines: string[];
  sections: Section[];
  /** Whole document normalized for matching, with each character's offset in `raw`. */
  normalized: string;
  origin: number[];
  raw: string;
  lineStarts: number[];
};

/**
 * Splits a document into its declared sections; throws a readable error naming the section that is not found.
 * @example buildDocument(decl, "見出し\n本文", {}).sections[0].label // "x.txt › 見出し"
 */
export function buildDocument(decl: DocumentDecl, raw: string, variants: VariantMap): SourceDocument {
  const lines = raw.split("\n");
  const normalizedLines = lines.map((line) => normalizeForMatch(line, variants));
  const starts: number[] = [];
  let from = 0;
  decl.sections.forEach((section, i) => {
    const at = normalizeForMatch(section.at, variants);
    const found = normalizedLines.findIndex((line, n) => n >= from && line.startsWith(at));
    if (found < 0) throw new Error(`sections[${i}] (${section.title}): no line at or after line ${from + 1} starts with "${section.at}"`);
    starts.push(found);
    from = found;
  });
  const stack: string[] = [];
  const sections = decl.sections.map((section, i): Section => {
    stack.length = Math.min(stack.length, section.level - 1);
    while (stack.length < section.level - 1) stack.push("");
    stack.push(section.title);
    const path = stack.filter(Boolean);
    const startLine = i === 0 ? 0 : starts[i]!;
    const endLine = i + 1 < starts.length ? starts[i + 1]! - 1 : lines.length - 1;
    return {
      id: `${decl.file}#${i}`,
      document: decl.file,
      title: section.title,
      path,
      label: [decl.file, ...path].join(" › "),
      startLine,
      endLine,
      text: lines.slice(startLine, endLine + 1).join("\n"),
    };
  });
  const { text: normalized, origin } = mapNormalized(raw, variants);
  const lineStarts = [0];
  for (let i = 0; i < raw.length; i++) if (raw[i] === "\n") lineStarts.push(i + 1);
  // A declared one-page document has page 1 everywhere; a source without breaks and no declared pages has none.
  const linePages = pagesOfLines(lines) ?? (decl.pages ? lines.map(() => 1) : undefined);
  if (decl.pages !== undefined && (linePages?.at(-1) ?? 1) !== decl.pages) {
    throw new Error(`pages: declared ${decl.pages}, but the source has ${linePages?.at(-1) ?? 1} (pages are separated by form feeds)`);
  }
  return {
    file: decl.file,
    title: decl.title,
    titleEn: decl.titleEn,
    fiscalYear: decl.fiscalYear,
    url: decl.url,
    linePages,
    lines,
    sections,
    normalized,
    origin,
    raw,
    lineStarts,
  };
}

/**
 * Finds a quote in the document (after normalization) and returns the section it starts in, or undefined.
 * @example locateQuote(doc, "３１億円", {})?.section.title // "都市エリア産学官連携促進事業"
 */
export function locateQuote(doc: SourceDocument, quote: string, variants: VariantMap): { section: Section; line: number } | undefined {
  const needle = normalizeForMatch(quote, variants);
  if (!needle) return undefined;
  const at = doc.normalized.indexOf(needle);
  if (at < 0) return undefined;
  const line = lineOf(doc, doc.origin[at]!);
  const section = doc.sections.find((s) => line >= s.startLine && line <= s.endLine) ?? doc.sections[0]!;
  return { section, line };
}

/**
 * The page of every line: a form feed (\f) in a line starts the next page. Sources without one have no pages.
 * @example pagesOfLines(["a", "\fb"]) // [1, 2]
 */
export function pagesOfLines(lines: string[]): number[] | undefined {
  if (!lines.some((line) => line.includes("\f"))) return undefined;
  let page = 1;
  return lines.map((line) => (page += line.split("\f").length - 1));
}

function lineOf(doc: SourceDocument, offset: number): number {
  let lo = 0;
  let hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
