/**
 * 大学発ベンチャーって何割くらい潰れてるの？ answered with the cumulative count of ventures: a share is asked
 * (a word of the lexicon's "%" unit: 何割, 割合, share) and every figure answered counts things instead.
 */
import type { Deps, Draft } from "../answer-kit.js";
import { notGivenAs } from "./money-asked.js";
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
  // (A change asked as a rate, H14→H15の伸び率って何％, is computed from the two figures the answer cites.)
  if (query.intent?.shape === "difference") return false;
  // (Found as words, outside names: rate of strategy, share of a name, ask nothing.)
  if (findTriggers(deps.lexicon.units["%"] ?? [], query.match, query.mentions).length === 0) return false;
  return draft.facts.every((f) => !isRatio(f.unit, f.display));
}

/** A figure that is a share or a multiple, as a quote writes it (7%, ５割, 2.7倍). */
const RATIO_FIGURE = new RegExp(`[0-9０-９][0-9０-９.,．]*\\s*(?:${RATIOS.join("|")}|％)`, "u");

/**
 * Whether a share is asked (…の採択率は？) and answered by passages that state none (the program's overview).
 * @example passageForShare(understand("都市エリア事業の採択率は？"), overviewDraft, deps) // true
 */
export function passageForShare(query: Query, draft: Draft, deps: Deps): boolean {
  if (draft.status !== "answered" || draft.facts?.length || !draft.citations?.length) return false;
  // (Asked why or how of a share, 割合が低いのはなぜ, a passage is the answer: only the share itself is a figure.)
  if (query.intent?.shape === "difference" || query.triggers.length > 0) return false;
  if (findTriggers(deps.lexicon.units["%"] ?? [], query.match, query.mentions).length === 0) return false;
  return !draft.citations.some((c) => RATIO_FIGURE.test(c.quote));
}

/**
 * Not in the documents: no such share, with what their figures count named.
 * @example shareNotInDocuments(query, draft, deps).summary // "資料には、お尋ねの割合はありません（…）。"
 */
export function shareNotInDocuments(query: Query, draft: Draft, deps: Deps): Draft {
  return notGivenAs(query, draft, deps, { ja: "割合", en: "share" });
}
