/**
 * Names of a role that each document's own entity has (施策全体: the evaluation sheet's policy as a whole). The
 * matcher finds one of them; the question's fiscal years say whose: the entity with figures in those years,
 * else the one of the newest document.
 */
import type { Entity, KnowledgeBase } from "../../knowledge/load-knowledge.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import type { Mention } from "../match/mention.js";

/**
 * The mentions, each generic name given to the entity whose figures are in the asked years; dropped when none of
 * them has figures of those years.
 * @example resolveGenericNames(kb, [mentionOf("施策全体")], [2024])[0].entity.id // the 2024 sheet's policy
 */
export function resolveGenericNames(kb: KnowledgeBase, mentions: Mention[], years: number[]): Mention[] {
  return mentions.flatMap((m) => {
    const key = (name: string) => normalizeForMatch(name, kb.vocabulary.variants).toLowerCase();
    if (!m.entity.generic.some((g) => key(g) === m.text)) return [m];
    const sharing = [...kb.entities.values()].filter((e) => e.generic.some((g) => key(g) === m.text));
    const withYears = years.length
      ? sharing.filter((e) => kb.facts.some((f) => f.subject === e.id && years.includes(f.fiscalYear ?? -1)))
      : [];
    // (Of years none of them has figures of, H20の施策, the word names none of them: it is the asker's word.)
    const undated = (e: Entity) => !kb.facts.some((f) => f.subject === e.id && f.fiscalYear !== null);
    if (years.length && withYears.length === 0 && !sharing.some(undated)) return [];
    const chosen = newest(kb, withYears.length ? withYears : sharing) ?? m.entity;
    return [chosen === m.entity ? m : { ...m, entity: chosen }];
  });
}

/** The entity whose figures come from the document of the latest fiscal year. */
function newest(kb: KnowledgeBase, entities: Entity[]): Entity | undefined {
  const year = (e: Entity) =>
    Math.max(-1, ...kb.facts.filter((f) => f.subject === e.id).map((f) => kb.documents.get(f.evidence.document)?.fiscalYear ?? -1));
  return [...entities].sort((a, b) => year(b) - year(a))[0];
}
