import type { Fact } from "./load-knowledge.js";

/** The dump shape of one fact (npm run kb -- --json), as the knowledge-base issue defines it. */
export type FactRecord = ReturnType<typeof toFactRecord>;

/**
 * Flattens a loaded fact into its public record.
 * @example toFactRecord(fact).evidence.document // "h24-jigo-hyoka.txt"
 */
export function toFactRecord(fact: Fact) {
  return {
    id: fact.id,
    subject: fact.subject,
    measure: fact.measure,
    fiscalYear: fact.fiscalYear,
    yearLabel: fact.yearLabel,
    value: fact.value,
    display: fact.display,
    unit: fact.unit,
    qualifier: fact.qualifier,
    scope: fact.scope ?? null,
    approx: fact.approx ?? false,
    asOf: fact.asOf ?? null,
    reviewNote: fact.reviewNote ?? null,
    remark: fact.remark ?? null,
    valueMax: fact.valueMax ?? null,
    conflictsWith: fact.conflictsWith ?? [],
    evidence: { document: fact.evidence.document, section: fact.evidence.section, quote: fact.evidence.quote },
  };
}
