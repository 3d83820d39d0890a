/**
 * 大学発ベンチャーって何割くらい潰れてるの？ answered with the cumulative count of ventures: a share is asked
 * (a word of the lexicon's "%" unit: 何割, 割合, share) and every figure answered counts things instead.
 */
import { say, type Deps, type Draft } from "../answer-kit.js";
import { findTriggers } from "../detect-intent.js";
import type { Query } from "../understand-question.js";

/** Units that are themselves a share or a ratio (a growth of 2.7倍 answers a rate). */
const RATIOS = ["%", "倍", "割"];
const isRatio = (unit: string, display: string) => RATIOS.some((r) => unit.includes(r) || display.includes(r));

/**
 * Whether a share is asked and the answer's figures are all counts.
 * @example countsForShare(understand("大学発ベンチャーって何割くらい潰れてるの？"), draftOf424社, deps) // true
 */
export function countsForShare(query: Query, draft: Draft, deps: Deps): boolean {
  if (draft.status !== "answered" || !draft.facts?.length) return false;
  // (Found as words, outside names: rate of strategy, share of a name, ask nothing.)
  if (findTriggers(deps.lexicon.units["%"] ?? [], query.match, query.mentions).length === 0) return false;
  return draft.facts.every((f) => !isRatio(f.unit, f.display));
}

/**
 * Not in the documents: no such share, with what their figures count named.
 * @example shareNotInDocuments(query, draft, deps).summary // "資料には、お尋ねの割合はありません（…）。"
 */
export function shareNotInDocuments(query: Query, draft: Draft, deps: Deps): Draft {
  const units = [...new Set((draft.facts ?? []).map((f) => f.unit))];
  const given = units.map((u) => (query.lang === "en" ? (deps.kb.vocabulary.unitsEn[u] ?? u) : u)).join(say(query.lang, "・", ", "));
  return {
    status: "not_found",
    summary: say(
      query.lang,
      `資料には、お尋ねの割合はありません（資料にあるのは${given}で数えた数値です）。`,
      `The documents give no such share (their figures there count ${given}).`,
    ),
  };
}
