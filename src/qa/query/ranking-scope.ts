/**
 * Which subjects a "which one is largest" question ranks when it names where to look: a part of a document
 * (達成目標1の達成手段の中で) or a whole whose document lists its parts (事後評価書に載ってる事業のうち).
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import type { Deps } from "../answer-kit.js";

const normal = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s/g, "");

/**
 * The subjects of the asked types cited from the sections the question names, else from the documents of the
 * wholes it names (the wholes themselves left out); undefined when it names no such place.
 * @example subjectsInScope(understand("達成目標1の達成手段の中で25年度当初予算が一番大きい事業は？"), deps, [])
 * // the programs of 達成目標１'s table
 */
export function subjectsInScope(
  query: Pick<Query, "askedTypes" | "match">,
  deps: Pick<Deps, "kb">,
  named: Entity[],
): Set<string> | undefined {
  const types = query.askedTypes.length ? query.askedTypes : ["program"];
  const fits = (id: string) => types.includes(deps.kb.entities.get(id)?.type ?? "");
  const asked = normal(query.match);
  // A section named by its heading (達成目標1): every segment of the facts' section paths, matched whole.
  const inSection = deps.kb.facts.filter((f) =>
    f.evidence.section
      .split("›")
      .map(normal)
      .some((s) => s.length >= 4 && asked.includes(s)),
  );
  const bySection = new Set(inSection.map((f) => f.subject).filter(fits));
  if (bySection.size >= 2) return bySection;
  if (named.length === 0) return undefined;
  const namedIds = new Set(named.map((e) => e.id));
  const documents = new Set(deps.kb.facts.filter((f) => namedIds.has(f.subject)).map((f) => f.evidence.document));
  const byDocument = new Set(
    deps.kb.facts
      .filter((f) => documents.has(f.evidence.document) && !namedIds.has(f.subject))
      .map((f) => f.subject)
      .filter(fits),
  );
  return byDocument.size >= 2 ? byDocument : undefined;
}
