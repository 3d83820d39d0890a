/**
 * Choosing between readings of a question. Every intent whose words the question uses is a candidate
 * reading; a reading the knowledge base has evidence for (facts of the named subject in the asked years,
 * the asked attribute, laws of the asked year) outranks one that would only end in "no data".
 */
import type { Intent } from "../intent-schema.js";
import type { IntentChoice } from "../detect-intent.js";
import type { Mention } from "../resolve-entities.js";
import type { KnowledgeBase } from "../../knowledge/load-knowledge.js";
import { allows } from "../answer-shapes/select-facts.js";
import { withDescendants } from "../answer-kit.js";

/** What a reading with evidence gains: enough to pass a reading of one more trigger character, not a strong one. */
const EVIDENCE_BONUS = 3;
const DATED_TYPES = new Set(["law", "plan", "event"]);
const OPERATIONS = new Set(["series", "extreme", "difference"]);

/**
 * The best reading once evidence is weighed, or undefined when no candidate is strong enough.
 * @example chooseReading(kb, candidates, mentions, [2004])?.intent.name // "laws-in-year"
 */
export function chooseReading(
  kb: KnowledgeBase,
  candidates: IntentChoice[],
  mentions: Mention[],
  years: number[],
  minScore: number,
): IntentChoice | undefined {
  // Only a reading the question's own words ask for gains: a fallback (a name alone) stays a fallback.
  const gain = (c: IntentChoice) => (c.triggers.length > 0 && hasEvidence(kb, c.intent, mentions, years) ? EVIDENCE_BONUS : 0);
  const weighed = candidates.filter((c) => c.score >= minScore).map((c) => ({ ...c, score: c.score + gain(c) }));
  weighed.sort((a, b) => b.score - a.score || b.intent.priority - a.intent.priority);
  // An operation the question's words ask for (推移, 一番多い, 増えた) is what it asks; a measure word
  // beside it (当初予算, 件数) only says of what, and narrows the operation's figures.
  const operation = weighed.find((c) => c.triggers.length > 0 && OPERATIONS.has(c.intent.shape));
  return operation && weighed[0]?.intent.shape === "facts" ? operation : weighed[0];
}

/**
 * Whether the knowledge base holds what this reading would answer with.
 * @example hasEvidence(kb, budgetIntent, [mention("都市エリア")], []) // true
 */
export function hasEvidence(kb: KnowledgeBase, intent: Intent, mentions: Mention[], years: number[]): boolean {
  // A reading that cannot honour what the question names (a count of regions by field) has no evidence for it.
  if (mentions.some((m) => intent.notWith.includes(m.entity.type))) return false;
  const named = mentions
    .filter((m) => m.score >= 0.6 && (intent.subjectTypes.length === 0 || intent.subjectTypes.includes(m.entity.type)))
    .map((m) => m.entity);
  const inYears = (y: number | null | undefined) => years.length === 0 || (y != null && years.includes(y));
  switch (intent.shape) {
    case "facts":
    case "series":
    case "extreme":
    case "difference":
    case "versus-target": {
      const ids = new Set(named.flatMap((e) => [...withDescendants(kb, e.id)]));
      return kb.facts.some((f) => ids.has(f.subject) && inYears(f.fiscalYear) && allows({ kb }, intent, f));
    }
    case "attribute":
      return named.some((e) => e.attributes.some((a) => intent.keys.includes(a.key)));
    case "law-year":
      return named.some((e) => DATED_TYPES.has(e.type));
    case "laws-in-year":
      return (
        years.length > 0 &&
        [...kb.entities.values()].some(
          (e) => DATED_TYPES.has(e.type) && e.attributes.some((a) => a.year !== undefined && years.includes(a.year)),
        )
      );
    case "regions":
    case "region-field":
      return named.length > 0;
    default:
      return false;
  }
}

/**
 * A question that names a subject and a kind of figure but no question word (先端融合のH25当初、急ぎで): the reading
 * of figures that admits that kind for the subject, the highest-priority one when several do.
 * @example readingOfKinds(kb, intents, ["当初予算額"], [mention("先端融合")])?.intent.name // "budget"
 */
export function readingOfKinds(kb: KnowledgeBase, intents: Intent[], kinds: string[], mentions: Mention[]): IntentChoice | undefined {
  if (kinds.length === 0 || mentions.length === 0) return undefined;
  const ids = new Set(mentions.flatMap((m) => [...withDescendants(kb, m.entity.id)]));
  const fits = intents.filter(
    (i) => i.shape === "facts" && kb.facts.some((f) => ids.has(f.subject) && kinds.includes(f.qualifier) && allows({ kb }, i, f)),
  );
  const best = fits.sort((a, b) => b.priority - a.priority)[0];
  return best ? { intent: best, score: 1, triggers: [] } : undefined;
}

/**
 * No question word, but a subject and a year its figures are given for (知クラ第II期 2008年度): those figures are
 * what is asked. The figure intent that allows most of them, the higher priority first among equals.
 * @example readingOfYearFigures(kb, intents, mentions, [2008])?.intent.name // "budget"
 */
export function readingOfYearFigures(kb: KnowledgeBase, intents: Intent[], mentions: Mention[], years: number[]): IntentChoice | undefined {
  if (years.length === 0 || mentions.length === 0) return undefined;
  const ids = new Set(mentions.filter((m) => m.how === "alias" || m.score >= 0.75).flatMap((m) => [...withDescendants(kb, m.entity.id)]));
  const dated = kb.facts.filter((f) => ids.has(f.subject) && f.fiscalYear !== null && years.includes(f.fiscalYear));
  if (dated.length === 0) return undefined;
  const count = (i: Intent) => dated.filter((f) => allows({ kb }, i, f)).length;
  const best = intents
    .filter((i) => i.shape === "facts" && count(i) > 0 && !i.needsYear)
    .sort((a, b) => count(b) - count(a) || b.priority - a.priority)[0];
  return best ? { intent: best, score: 1, triggers: [] } : undefined;
}
