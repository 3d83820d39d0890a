/**
 * Cross-record checks that no single schema can express: every alias names one entity, and facts that
 * claim different values for the same subject, measure, year, qualifier and scope are marked as conflicts.
 * The loader runs them, so a clash stops start-up like any other knowledge error.
 */
import type { Entity, Fact, KnowledgeBase } from "./load-knowledge.js";
import { normalizeForMatch } from "./normalize-text.js";

/** Where each record was declared, "knowledge/facts/x.yaml › facts[3] (id)", keyed by fact or entity id. */
export type RecordOrigins = { facts: Map<string, string>; entities: Map<string, string> };

/**
 * Lists integrity problems as "file › record › field: what is wrong", or [] when there are none.
 * Without origins (a knowledge base built in a test), records are named by their id alone.
 * @example checkIntegrity(loadKnowledge()) // []
 */
export function checkIntegrity(kb: KnowledgeBase, origins?: RecordOrigins): string[] {
  const entityAt = (id: string) => origins?.entities.get(id) ?? `entity ${id}`;
  const factAt = (id: string) => origins?.facts.get(id) ?? `fact ${id}`;
  return [...findAliasClashes(kb, entityAt), ...findUnmarkedConflicts(kb.facts, factAt)];
}

function findAliasClashes(kb: KnowledgeBase, at: (id: string) => string): string[] {
  const owner = new Map<string, Entity>();
  const problems: string[] = [];
  const key = (name: string) => normalizeForMatch(name, kb.vocabulary.variants).toLowerCase();
  for (const entity of kb.entities.values()) {
    const names = new Map([...entity.aliases.map((a, i) => [key(a), `aliases[${i}]`] as const), [key(entity.name), "name"] as const]);
    for (const [name, field] of names) {
      const other = owner.get(name);
      if (!other) owner.set(name, entity);
      else if (other.id !== entity.id)
        problems.push(`${at(entity.id)} › ${field}: "${name}" also names ${other.id} (${at(other.id)}); keep it on one entity`);
    }
  }
  return problems;
}

function findUnmarkedConflicts(facts: Fact[], at: (id: string) => string): string[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = [fact.subject, fact.measure, fact.fiscalYear, fact.qualifier, fact.scope ?? ""].join("|");
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const problems: string[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let k = i + 1; k < group.length; k++) {
        const [a, b] = [group[i]!, group[k]!];
        if (valuesAgree(a, b)) continue;
        const marked = a.conflictsWith?.includes(b.id) && b.conflictsWith?.includes(a.id);
        if (!marked) {
          problems.push(
            `${at(b.id)} › conflictsWith: ${b.display} disagrees with ${a.display} of ${a.id} (${at(a.id)}) ` +
              "for the same subject, measure, year, qualifier and scope; mark both facts with conflictsWith or correct one",
          );
        }
      }
    }
  }
  return problems;
}

/**
 * Two statements agree when they are equal at the coarser precision of the two (45億円 ≈ 4,548百万円).
 * @example valuesAgree({ value: 4.5e9, display: "45億円" }, { value: 4.548e9, display: "4,548百万円" }) // true
 */
export function valuesAgree(a: Pick<Fact, "value" | "display" | "approx">, b: Pick<Fact, "value" | "display" | "approx">): boolean {
  const tolerance = Math.max(precisionOf(a.display), precisionOf(b.display));
  if (Math.abs(a.value - b.value) < tolerance) return true;
  const relative = Math.abs(a.value - b.value) / Math.max(Math.abs(a.value), Math.abs(b.value), 1);
  return Boolean(a.approx || b.approx) && relative < 0.1;
}

function precisionOf(display: string): number {
  const text = display.normalize("NFKC");
  const scale = /億/.test(text) ? 1e8 : /百万/.test(text) ? 1e6 : /万/.test(text) ? 1e4 : /千/.test(text) ? 1e3 : 1;
  const decimals = text.match(/\.(\d+)/)?.[1]?.length ?? 0;
  return scale / 10 ** decimals;
}
