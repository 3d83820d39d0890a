/**
 * What every answer shape shares: the dependencies it reads, the draft it returns, and how facts,
 * years, names and citations are worded. Labels come from knowledge/vocabulary.yaml, not from code.
 */
import type { Entity, Fact, KnowledgeBase, Attribute } from "../knowledge/load-knowledge.js";
import type { SectionIndex } from "../search/section-index.js";
import type { Intent, Lexicon } from "./intent-schema.js";
import { findTriggers } from "./detect-intent.js";
import type { QuestionWords } from "./question-words.js";
import type { EntityMatcher } from "./resolve-entities.js";
import type { AnswerChart, AnswerStatus, AnswerTable, Citation, ClarifyOption, Topic } from "./types.js";
import type { Query } from "./understand-question.js";
import { formatFiscalYear } from "./fiscal-year.js";

export type Deps = {
  kb: KnowledgeBase;
  index: SectionIndex;
  intents: Intent[];
  lexicon: Lexicon;
  matcher: EntityMatcher;
  /** Every source and entity name, normalized: a word absent from it is something the documents never mention. */
  corpus: string;
  /** Trigger, cue and stop words and fact scopes, prepared once at start-up. */
  words: QuestionWords;
};

export type Draft = {
  status: AnswerStatus;
  summary: string;
  lines?: string[];
  table?: AnswerTable;
  chart?: AnswerChart;
  facts?: Fact[];
  citations?: Citation[];
  options?: ClarifyOption[];
  topic?: Topic;
};

export type Shape = (query: Query, deps: Deps) => Draft;

/** Chooses the Japanese or English form. */
export const say = (lang: "ja" | "en", ja: string, en: string): string => (lang === "ja" ? ja : en);

/**
 * The name of an entity in the question's language.
 * @example entityName(kb.entities.get("toshi-area")!, "ja") // "都市エリア産学官連携促進事業"
 */
export function entityName(entity: Entity, lang: "ja" | "en"): string {
  return lang === "en" && entity.nameEn ? `${entity.nameEn} (${entity.name})` : entity.name;
}

/**
 * A name short enough for an option or a sentence's subject: the name itself when short, else the shortest
 * alias of four or more characters that ends like the name (an alias names one entity only, so asking with it
 * finds the same entity).
 * @example shortEntityName(indicator, "ja") // "共同研究件数"
 */
export function shortEntityName(entity: Entity, lang: "ja" | "en"): string {
  // An English answer names its subject in English: without a trailing note in parentheses when that is too long.
  const english = entity.nameEn && entity.nameEn.length > 60 ? entity.nameEn.replace(/\s*\([^)]*\)$/u, "") : entity.nameEn;
  if (lang === "en" && english && english.length <= 90) return english;
  if (entity.name.length <= 25) return entity.name;
  // The alias must keep the name's head noun (…割合, …件数) so that "{name}は？" stays a whole question.
  // The head noun comes before a trailing note in brackets (…割合（評価はs,a,c,eの4段階）).
  const head = entity.name
    .normalize("NFKC")
    .replace(/\([^()]*\)$/u, "")
    .slice(-2);
  const alias = entity.aliases.filter((a) => a.length >= 4 && a.normalize("NFKC").endsWith(head)).sort((a, b) => a.length - b.length)[0];
  return alias ?? entity.name;
}

/**
 * The group a kind of figure belongs to (budget, actual, target, baseline…), from the vocabulary.
 * @example kindGroup(kb, "年度ごとの目標値") // "target"
 */
export function kindGroup(kb: KnowledgeBase, kind: string | undefined): string | undefined {
  return kb.vocabulary.qualifiers.find((q) => q.id === kind)?.group;
}

/** Label of a qualifier or measure id from the vocabulary. */
export function termLabel(kb: KnowledgeBase, list: "qualifiers" | "measures" | "attributes", id: string, lang: "ja" | "en"): string {
  const term = kb.vocabulary[list].find((t) => t.id === id);
  return term ? term[lang] : id;
}

/**
 * The fiscal year of a fact in both forms, or what the source says when it has no year.
 * @example factYear(fact, "ja") // "平成23年度（2011年度）"
 */
export function factYear(fact: Fact, lang: "ja" | "en"): string {
  if (fact.fiscalYear === null) return fact.yearLabel ?? say(lang, "年度の記載なし", "year not stated");
  // A figure as of a date says the date, in half-width digits, with its fiscal year (平成15年4月時点（2003年度）).
  if (fact.asOf && lang === "ja") return `${fact.asOf.normalize("NFKC").replace(/\s/g, "")}（${fact.fiscalYear}年度）`;
  return fact.asOf ? `${formatFiscalYear(fact.fiscalYear, lang)} ${fact.asOf}` : formatFiscalYear(fact.fiscalYear, lang);
}

/**
 * The figure exactly as the source writes it, then a conversion for large amounts in 千円 / 百万円.
 * @example factFigure({ display: "5,420,723千円", value: 5420723000, unit: "円" }, "ja") // "5,420,723千円（約54.2億円）"
 */
export function factFigure(fact: Pick<Fact, "display" | "value" | "unit" | "unitEn">, lang: "ja" | "en"): string {
  // In English a plain count is said in English, the source's figure beside it: 250 institutions (250機関).
  const plain = fact.display.normalize("NFKC").replace(/\s/g, "");
  if (lang === "en" && fact.unitEn && plain === `${groupThousands(fact.value)}${fact.unit}`.normalize("NFKC"))
    return `${groupThousands(fact.value)} ${fact.unitEn} (${fact.display})`;
  // A figure the source writes in 億円 needs no 億円 beside it in Japanese; in English it gets its yen.
  if (fact.unit !== "円" || (lang === "ja" && /億/.test(fact.display)) || Math.abs(fact.value) < 1e8) return fact.display;
  const oku = Math.abs(fact.value) / 1e8;
  const rounded = oku >= 100 ? groupThousands(Math.round(oku)) : String(Math.round(oku * 10) / 10);
  // Budget tables write minus as △ (△359,976千円); the conversion does the same.
  const sign = fact.value < 0 ? "△" : "";
  return lang === "ja"
    ? `${fact.display}（約${sign}${rounded}億円）`
    : `${fact.display} (about ${fact.value < 0 ? "−" : ""}¥${oku < 10 ? `${groupThousands(Math.round(oku * 100))} million` : `${(oku / 10).toFixed(2)} billion`})`;
}

/**
 * One line per fact: year, kind, scope, figure, and the number of its source in the list below.
 * @example factLine(kb, fact, "ja", 1) // "平成20年度（2008年度） 予算案: 46億円 [1]"
 */
export function factLine(kb: KnowledgeBase, fact: Fact, lang: "ja" | "en", sourceNumber: number, withSubject = false): string {
  const subject = withSubject ? `${entityName(kb.entities.get(fact.subject)!, lang)} ` : "";
  const scope = fact.scope ? ` ${fact.scope}` : "";
  // Approximate figures and per-region support carry their remark: it holds the bound or the duration (3年間支援).
  const shown = fact.remark && (fact.approx || fact.measure === "support-per-region");
  const note = shown ? say(lang, `（${fact.remark}）`, ` (${fact.remark})`) : "";
  return `${subject}${factYear(fact, lang)}${kindAfterYear(kb, fact, lang, " ")}${scope}: ${factFigure(fact, lang)}${note} [${sourceNumber}]`;
}

/**
 * The kind of a figure as it follows its year, or nothing when the year already says it
 * (平成14年8月までの累計 needs no 累計 after it).
 * @example kindAfterYear(kb, fact, "ja", " ") // " 予算案"
 */
export function kindAfterYear(kb: KnowledgeBase, fact: Fact, lang: "ja" | "en", glue: string): string {
  const label = termLabel(kb, "qualifiers", fact.qualifier, lang);
  const asOf = (fact.asOf ?? "").normalize("NFKC");
  return asOf && asOf.includes(label.normalize("NFKC").slice(0, 2)) ? "" : `${glue}${label}`;
}

/** A fact's or attribute's evidence as a citation. */
export function citationOf(item: Fact | Attribute): Citation {
  const { document, documentTitle, section, quote, page } = item.evidence;
  return { document, documentTitle, section, quote, ...(page ? { page } : {}) };
}

/** Citations without repeats; returns the list and each item's 1-based number in it. */
export function numberCitations(items: Array<Fact | Attribute>): { citations: Citation[]; numberOf: (item: Fact | Attribute) => number } {
  const citations: Citation[] = [];
  const keys: string[] = [];
  for (const item of items) {
    const key = `${item.evidence.document}|${item.evidence.quote}`;
    if (!keys.includes(key)) {
      keys.push(key);
      citations.push(citationOf(item));
    }
  }
  // A quote cited for one figure only says which: shown, a table row can be cut to that cell.
  for (const [i, key] of keys.entries()) {
    const backing = items.filter((item) => `${item.evidence.document}|${item.evidence.quote}` === key);
    const figures = new Set(backing.map((item) => ("display" in item ? item.display : undefined)));
    const [figure] = [...figures];
    if (figures.size === 1 && figure) citations[i] = { ...citations[i]!, figure };
  }
  return { citations, numberOf: (item) => keys.indexOf(`${item.evidence.document}|${item.evidence.quote}`) + 1 };
}

/**
 * Newest first; facts without a year last; within a year, kinds in the order vocabulary.yaml lists them
 * (予算案, 当初, 補正, 繰越し, 合計, 執行額, 実績, 目標値…).
 */
export function newestFirst(kb: KnowledgeBase): (a: Fact, b: Fact) => number {
  const order = (f: Fact) => kb.vocabulary.qualifiers.findIndex((q) => q.id === f.qualifier);
  return (a, b) => (b.fiscalYear ?? -1) - (a.fiscalYear ?? -1) || order(a) - order(b) || compareJa(a.scope ?? "", b.scope ?? "");
}

/**
 * A whole number with commas every three digits, as toLocaleString("ja-JP") writes it, without ICU: the first
 * Japanese number format loads ICU's locale data (~13 ms), paid by the first answer that converts to 億円.
 * @example groupThousands(1566) // "1,566"
 */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

/**
 * localeCompare in Japanese, equal strings told at once: the first Japanese comparison loads ICU's collation
 * data (~6 ms), which sorting facts that differ in no scope (most questions) never needs.
 * @example compareJa("", "") // 0, no collator made
 */
export function compareJa(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b, "ja");
}

const families = new WeakMap<KnowledgeBase, Map<string, ReadonlySet<string>>>();

/**
 * An entity and every entity below it (a program's phases, a cluster's…), found once per knowledge base and
 * entity: several steps of every figure question ask it again, each a pass over all entities per level.
 * @example withDescendants(kb, "chiteki-cluster").has("chiteki-cluster-patent-applications") // true
 */
export function withDescendants(kb: KnowledgeBase, id: string): ReadonlySet<string> {
  let known = families.get(kb);
  if (!known) families.set(kb, (known = new Map()));
  let ids = known.get(id);
  if (!ids) {
    const found = new Set([id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const e of kb.entities.values())
        if (e.parent && found.has(e.parent) && !found.has(e.id)) {
          found.add(e.id);
          grew = true;
        }
    }
    known.set(id, (ids = found));
  }
  return ids;
}

/**
 * Whether a reading asks money: a budget or the support per region (the schema's categories of measure).
 * @example asksMoney(budgetIntent) // true
 */
export function asksMoney(intent: Intent | undefined): boolean {
  return intent?.measures.some((m) => m === "budget" || m === "support") ?? false;
}

/**
 * Whether the question has one of the lexicon's cue words (intents/lexicon.yaml › cues).
 * @example hasCue(deps, query, "trial") // true for 試行地域は？
 */
export function hasCue(deps: Deps, query: Query, cue: keyof Lexicon["cues"]): boolean {
  return findTriggers(deps.lexicon.cues[cue], query.match, []).length > 0;
}
