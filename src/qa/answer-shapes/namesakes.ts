/**
 * Namesakes: other entities named by the words a question used for its subject (共同研究の件数 is in 国立大学等の
 * 共同研究件数; joint research in joint research at national universities), for a year the subject has no figure of.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import type { Deps } from "../answer-kit.js";

/**
 * Other entities with a name that holds the words the question named the subject by, の aside (共同研究の件数 is in
 * 国立大学等の共同研究件数), or their head after the last の.
 * @example namesakes(understand("共同研究の件数、平成3年度と13年度"), deps, jointResearch).map((e) => e.id) // ["kyodo-kenkyu-kokuritsu", …]
 */
export function namesakes(query: Query, deps: Deps, subject: Entity): Entity[] {
  const bare = (t: string) => t.replace(/の/g, "");
  const named = query.mentions
    .filter((m) => m.entity.id === subject.id)
    .flatMap((m) => [bare(m.text), m.text.split("の").pop()!])
    .filter((n) => n.length >= 4);
  // An English name's words (joint research of number of joint research projects; university-industry joint
  // research), most of them, in the other's English names.
  const words = query.mentions
    .filter((m) => m.entity.id === subject.id && /^[\x20-\x7e]+$/.test(m.text))
    .flatMap((m) => m.text.toLowerCase().split(/[\s-]+/))
    .filter((w) => w.length >= 4 && !COUNTING_WORDS.has(w));
  const english = (e: Entity) => [e.nameEn ?? "", ...e.aliases].join(" | ").toLowerCase();
  return [...deps.kb.entities.values()].filter(
    (e) =>
      e.id !== subject.id &&
      ([e.name, ...e.aliases].some((a) => named.some((n) => bare(a).includes(n))) ||
        (words.length > 0 && 2 * words.filter((w) => english(e).includes(w)).length >= words.length + 1)),
  );
}

/** Words an English name of a count uses that say nothing of what is counted. */
const COUNTING_WORDS = new Set(["number", "count", "total", "projects", "project", "cases"]);

/**
 * A namesake with a dated figure, in the subject's unit, for every year asked (国立大学等の… for H3 and H13).
 * @example namesakeWithYears(query, deps, jointResearch, [1991, 2001])?.id // "kyodo-kenkyu-kokuritsu"
 */
export function namesakeWithYears(query: Query, deps: Deps, subject: Entity, years: number[]): Entity | undefined {
  const unit = deps.kb.facts.find((f) => f.subject === subject.id && f.fiscalYear !== null)?.unit;
  const has = (e: Entity, y: number) => deps.kb.facts.some((f) => f.subject === e.id && f.fiscalYear === y && f.unit === unit);
  return namesakes(query, deps, subject).find((e) => years.every((y) => has(e, y)));
}
