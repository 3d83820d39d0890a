/**
 * The rules after an answer is drafted: an answer that answers a neighbouring question is replaced.
 * In order; the first that applies decides.
 */
import type { Deps, Draft } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import { asksBeyondEvidence, notForOrganization, otherSubjectsFigures, passageInstead, regionsNamed } from "../guard-answer.js";
import { FIGURE_SHAPES, type Shape } from "./answerability.js";

type Check = { name: string; applies: (q: Query, d: Draft, shape: Shape) => boolean; replace: (q: Query, deps: Deps, d: Draft) => Draft };

/**
 * @example CHECKS_AFTER_ANSWER.map((c) => c.name) // ["another-subjects-figures", "asks-beyond-evidence"]
 */
export const CHECKS_AFTER_ANSWER: Check[] = [
  {
    // 名古屋クラスターの特許出願件数 answered with the all-region figure: that region's figure is not there.
    name: "another-subjects-figures",
    applies: (q, d, shape) => d.status === "answered" && FIGURE_SHAPES.includes(shape) && otherSubjectsFigures(q, d),
    replace: (q) => notForOrganization({ ...q, organizations: regionsNamed(q) }),
  },
  {
    // The question asks about something (中間評価) that none of the evidence found contains.
    name: "asks-beyond-evidence",
    applies: (q, d) => d.status === "answered" && asksBeyondEvidence(q, d),
    replace: (q, deps, d) => passageInstead(q, deps, d),
  },
];

/**
 * The draft, or its replacement by the first check that applies (with the check's name).
 * @example checkAnswer(query, deps, draft, "facts").check // undefined when the draft stands
 */
export function checkAnswer(query: Query, deps: Deps, draft: Draft, shape: Shape): { draft: Draft; check?: string } {
  const check = CHECKS_AFTER_ANSWER.find((c) => c.applies(query, draft, shape));
  return check ? { draft: check.replace(query, deps, draft), check: check.name } : { draft };
}
