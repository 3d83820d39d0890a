/**
 * Cross-record checks that no single schema can express: every alias names one entity, and facts that
 * claim different values for the same subject, measure, year, qualifier and scope are marked as conflicts.
 */
import type { Fact, KnowledgeBase } from "./load-knowledge.js";
import { normalizeForMatch } from "./normalize-text.js";

/**
 * Lists integrity problems, or [] when there are none.
 * @example checkIntegrity(loadKnowledge()) // []
 */
export function checkIntegrity(kb: KnowledgeBase): string[] {
  return [...findAliasClashes(kb), ...findUnmarkedConflicts(kb.facts)];
}

function findAliasClashes(kb: KnowledgeBase): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const entity of kb.entities.values()) {
    const names = new Set([entity.name, ...entity.aliases].map((n) => normalizeForMatch(n, kb.vocabulary.variants).toLowerCase()));
    for (const name of names) {
      const other = owner.get(name);
      if (other && other !== entity.id) problems.push(`alias "${name}" names both ${other} and ${entity.id}`);
      else owner.set(name, entity.id);
    }
  }
  return problems;
}

function findUnmarkedConflicts(facts: Fact[]): string[] {
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
        if (!marked) problems.push(`${a.id} (${a.display}) and ${b.id} (${b.display}) disagree but are not marked with conflictsWith`);
      }
    }
  }
  return problems;
}

/** Two statements agree when they are equal at the coarser precision of the two (45億円 ≈ 4,548百万円). */
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
