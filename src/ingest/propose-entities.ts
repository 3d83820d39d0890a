/**
 * Entities for the subjects of extracted facts: a row label or section that names a known entity (by its name
 * or an alias) is that entity; any other is proposed as a new one, its name as written kept as its alias.
 */
import type { EntityDecl, EntityType } from "../knowledge/schema.js";
import { normalizeForMatch, type VariantMap } from "../knowledge/normalize-text.js";

const UNIT_AFTER = /[（(](?:単位[:：]\s*)?(?:件|人|名|社|拠点|大学|団体|機関|地域|課題|百万円|億円|千円|万円|円|％|%)[）)]\s*$/u;

export type KnownEntity = Pick<EntityDecl, "id" | "name" | "aliases">;
/** Generic names by the heading an entity is read from (knowledge/vocabulary.yaml › genericNames). */
export type GenericNames = Array<{ heading: string; names: string[] }>;

/**
 * Returns a function giving each subject label its entity id, and the proposed new entities.
 * @example const p = proposeEntities("new-doc", known, {}); p.idOf("①共同研究の実施件数", "indicator") // "new-doc-e1"
 */
export function proposeEntities(docId: string, known: KnownEntity[], variants: VariantMap, genericNames: GenericNames = []) {
  const key = (text: string) =>
    normalizeForMatch(text, variants)
      .replace(/^[\u2460-\u2473\d.．、]+/u, "")
      .toLowerCase();
  const byName = new Map<string, string>();
  for (const entity of known) for (const name of [entity.name, ...entity.aliases]) byName.set(key(name), entity.id);
  const proposed: EntityDecl[] = [];
  const idOf = (label: string, type: EntityType): string => {
    const found = byName.get(key(label));
    if (found) return found;
    // The unit a row label ends with (共同研究実施件数（件）) is no part of the name; the label stays an alias.
    const name = label
      .replace(/^[\u2460-\u2473]\s*/u, "")
      .replace(UNIT_AFTER, "")
      .trim();
    const id = `${docId}-e${proposed.length + 1}`;
    // The name as written is the alias people will type; the circled number is the document's, not the name's.
    const aliases = name !== label.trim() ? [label.trim()] : [];
    // A heading of a known role (an evaluation sheet's 施策の予算額・執行額等: the policy as a whole) gives its names.
    const generic = genericNames.filter((g) => name.startsWith(g.heading)).flatMap((g) => g.names);
    proposed.push({ id, type, name, aliases, generic, origin: "extracted", attributes: [] });
    byName.set(key(label), id);
    return id;
  };
  return { idOf, proposed };
}
