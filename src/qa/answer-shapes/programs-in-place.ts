/**
 * 「達成目標2の達成手段になってる事業を全部挙げて」: the programs a part of a document (or a whole's document)
 * gives figures for, listed with the figure that places each there as its citation.
 */
import type { Entity, Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import { entityName, numberCitations, say, type Deps, type Draft } from "../answer-kit.js";
import { subjectsInScope } from "../query/ranking-scope.js";

/**
 * The programs of the place the question names, or undefined when it names no place with two or more.
 * @example programsInPlace(understand("達成目標1にはどんな事業がある？"), deps, [])?.lines?.length // 3
 */
export function programsInPlace(query: Query, deps: Deps, named: Entity[]): Draft | undefined {
  const { lang } = query;
  const within = subjectsInScope(query, deps, named);
  if (!within) return undefined;
  // One fact per program from that place: the citation shows where the program is listed.
  const firstFact = new Map<string, Fact>();
  for (const fact of deps.kb.facts) if (within.has(fact.subject) && !firstFact.has(fact.subject)) firstFact.set(fact.subject, fact);
  const facts = [...firstFact.values()];
  const { citations, numberOf } = numberCitations(facts);
  // The place as the documents head it, when all the programs are listed in one.
  const sections = [...new Set(facts.map((f) => f.evidence.section))];
  const place =
    sections.length === 1
      ? `「${sections[0]!
          .split("›")
          .map((p) => p.trim())
          .filter((p) => !p.endsWith(".txt"))
          .join("・")}」`
      : say(lang, "資料のその箇所", "that part of the documents");
  const lines = facts.map((f) => `・${entityName(deps.kb.entities.get(f.subject)!, lang)} [${numberOf(f)}]`);
  return {
    status: "answered",
    summary: say(lang, `${place}に載っている事業は次の${facts.length}件です。`, `The programs listed in ${place} (${facts.length}):`),
    lines,
    citations,
    topic: { intent: query.intent?.name },
  };
}
