/**
 * A figure the asker quotes back (82大学等に1～2名っていう規模、いつ時点の数字？): when it is from is its fact's year,
 * said with the figure and cited, instead of a passage that happens to hold a date.
 */
import type { Fact } from "../../knowledge/load-knowledge.js";
import type { Query } from "../understand-question.js";
import {
  hasCue,
  factFigure,
  factYear,
  kindAfterYear,
  numberCitations,
  say,
  shortEntityName,
  type Deps,
  type Draft,
} from "../answer-kit.js";
import { detectAspect } from "../query/aspect.js";

const plain = (text: string) => text.normalize("NFKC").replace(/[,\s]/g, "");

/**
 * The facts whose figure, as the source writes it, the question quotes, when it asks when (an aspect flagged
 * `asksDate`) of the figure as such (時点, 数字); empty otherwise.
 * @example quotedFigures(understand("82大学等っていつ時点の数字？"), deps)[0].display // "82大学等"
 */
export function quotedFigures(query: Query, deps: Deps): Fact[] {
  // Cheapest tests first: this runs on every question.
  const asked = plain(query.text);
  if (!/\d/.test(asked) || !hasCue(deps, query, "figureItself")) return [];
  const aspect = detectAspect(query.match, deps.lexicon);
  if (!aspect || !deps.lexicon.aspects[aspect]!.asksDate) return [];
  // A figure with its counter (82大学等, 5,264件), not a bare number that any year or count could hold.
  return deps.kb.facts.filter((f) => {
    const shown = plain(f.display);
    return /\d/.test(shown) && /\D$/.test(shown) && shown.length >= 3 && asked.includes(shown) && f.fiscalYear !== null;
  });
}

/**
 * @example answerQuotedFigures(query, deps, facts).summary // "82大学等 は 平成16年7月時点（2004年度）の数値です。 [1]"
 */
export function answerQuotedFigures(query: Query, deps: Deps, facts: Fact[]): Draft {
  const { lang } = query;
  const { citations, numberOf } = numberCitations(facts);
  const line = (f: Fact) => {
    const name = shortEntityName(deps.kb.entities.get(f.subject)!, lang);
    return say(
      lang,
      `${name}の ${factFigure(f, lang)} は ${factYear(f, lang)}${kindAfterYear(deps.kb, f, lang, "の")}の数値です。 [${numberOf(f)}]`,
      `${factFigure(f, lang)} (${name}) is the figure for ${factYear(f, lang)}${kindAfterYear(deps.kb, f, lang, ", ")}. [${numberOf(f)}]`,
    );
  };
  const [first, ...rest] = facts;
  return {
    status: "answered",
    summary: line(first!),
    lines: rest.map(line),
    facts,
    citations,
    topic: { intent: query.intent?.name, subject: first!.subject, fiscalYear: first!.fiscalYear ?? undefined },
  };
}
