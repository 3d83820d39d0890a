/**
 * A name with a year written after it ('IP Strategic Program 2004', 知的財産推進計画2004) names the entity whose
 * own name holds that year, when the year was read as the question's and the name matched without it.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Mention } from "../match/mention.js";

/**
 * The mentions with each one moved to the alternative whose names hold a year the question writes right after it.
 * @example withYearInName([mentionOf("strategic program", { alternatives: [plan2004] })], "…strategic program 2004…", [2004])
 *   // [mention of plan2004]
 */
export function withYearInName(mentions: Mention[], match: string, years: number[]): Mention[] {
  return mentions.map((m) => {
    const after = match.slice(m.end, m.end + 6);
    const year = years.find((y) => new RegExp(`^\\s?${y}(?!\\d)`).test(after));
    if (year === undefined) return m;
    const holds = (e: Entity) => [e.name, e.nameEn ?? "", ...e.aliases].some((n) => n.normalize("NFKC").includes(String(year)));
    if (holds(m.entity)) return m;
    const named = [...(m.alternatives ?? []), ...(m.close ?? [])].filter(holds);
    return named.length === 1 ? { ...m, entity: named[0]! } : m;
  });
}
