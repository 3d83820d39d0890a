/**
 * Whether a passage is about something else: its heading path names another entity of the subject's kind (another
 * program) and not the subject. Words a question shares with such a passage (実施地域) do not make it an answer.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import { withDescendants, type Deps } from "../answer-kit.js";

/**
 * @example namesAnotherOfItsKind(deps, toshiArea, "知的クラスター創成事業 › 実施地域") // true
 */
export function namesAnotherOfItsKind(deps: Deps, subject: Entity, headings: string): boolean {
  const text = normalizeForMatch(headings, deps.kb.vocabulary.variants).toLowerCase();
  const family = withDescendants(deps.kb, subject.id);
  const names = (e: Entity) =>
    [e.name, ...e.aliases].map((n) => normalizeForMatch(n, deps.kb.vocabulary.variants).toLowerCase()).filter((n) => n.length >= 4);
  if (names(subject).some((n) => text.includes(n))) return false;
  return [...deps.kb.entities.values()].some(
    (e) => e.type === subject.type && !family.has(e.id) && !family.has(e.parent ?? "") && names(e).some((n) => text.includes(n)),
  );
}
