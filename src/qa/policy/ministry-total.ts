/**
 * The ministry's own budget as a whole (文科省の予算総額, MEXT's total budget in FY2012): the documents give the
 * budgets of its programs and policies, never the ministry's whole; a program's or a policy's total would answer
 * another question.
 */
import type { Query } from "../understand-question.js";
import { exampleOptions } from "../answer-shapes/help.js";
import { asksMoney, hasCue, say, type Deps, type Draft } from "../answer-kit.js";

/**
 * Money asked of the ministry itself: its word as the owner (文科省の, MEXT's), and no program, policy or kind of
 * them named (文科省の事業で一番予算が多いのは ranks programs).
 * @example asksMinistryTotal(understand("What was MEXT's total budget in FY2012?"), deps) // true
 */
export function asksMinistryTotal(query: Query, deps: Deps): boolean {
  return (
    query.mentions.length === 0 &&
    query.askedTypes.length === 0 &&
    asksMoney(query.intent) &&
    query.intent?.shape !== "extreme" &&
    hasCue(deps, query, "ownMinistry")
  );
}

/**
 * "Not in the documents", saying what budgets they do give, with questions to ask instead.
 * @example answerMinistryTotal(query, deps).status // "not_found"
 */
export function answerMinistryTotal(query: Query, deps: Deps): Draft {
  return {
    status: "not_found",
    summary: say(
      query.lang,
      "資料には文部科学省全体の予算は載っていません（載っているのは個々の施策・事業の予算です）。",
      "The documents do not give MEXT's budget as a whole; they give the budgets of its policies and programs.",
    ),
    options: exampleOptions(deps),
  };
}
