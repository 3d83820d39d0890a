/**
 * A change asked of a measure the documents give without years (本格実施地域と試行地域で1地域あたりの補助額は
 * どれくらい違う): its figures, side by side, answer it; another measure's change over the years does not.
 */
import type { Query } from "../understand-question.js";
import type { Deps } from "../answer-kit.js";
import { scoreIntents } from "../detect-intent.js";
import { pickSubjects } from "./pick-subject.js";

/**
 * The question read as the figure reading its words name at least as strongly as the change, when its subject's
 * figures of that measure are two or more and stand in fewer than two fiscal years (so no change over years exists).
 * @example undatedMeasure(understand("知クラの本格実施地域と試行地域で1地域あたりの補助額はどれくらい違う"), deps)?.intent?.name // "support"
 */
export function undatedMeasure(query: Query, deps: Deps): Query | undefined {
  if (!query.intent || query.years.years.length > 0) return undefined;
  const read = scoreIntents(deps.intents, query.match, query.mentions, 0);
  const own = read.find((c) => c.intent === query.intent)?.score ?? 0;
  const figure = read.find((c) => c.intent.shape === "facts" && c.intent.measures.length > 0 && c.triggers.length > 0);
  if (!figure || figure.score < own) return undefined;
  const categories = new Set(figure.intent.measures);
  const inCategory = new Set(deps.kb.vocabulary.measures.filter((m) => categories.has(m.category)).map((m) => m.id));
  const [subject] = pickSubjects(query, deps, figure.intent.subjectTypes);
  if (!subject) return undefined;
  const facts = deps.kb.facts.filter((f) => f.subject === subject.id && inCategory.has(f.measure));
  const years = new Set(facts.map((f) => f.fiscalYear).filter((y) => y !== null));
  if (facts.length < 2 || years.size >= 2) return undefined;
  // Compared, both sides are asked (本格実施 and 試行): a trial cue does not keep the trial figure alone. (Blanked
  // with spaces, so the names' places in the text stay where they were read.)
  const match = deps.lexicon.cues.trial.reduce((t, w) => t.split(w.toLowerCase()).join(" ".repeat(w.length)), query.match);
  return { ...query, intent: figure.intent, match };
}
