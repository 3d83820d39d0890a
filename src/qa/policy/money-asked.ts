/**
 * 大学が民間から受け入れた共同研究費の総額 (the total of joint research funds) answered with the count of joint
 * research: an amount of money is asked (lexicon `cues.moneyAsked`) and every figure answered is in no currency.
 */
import { say, type Deps, type Draft } from "../answer-kit.js";
import { findTriggers } from "../detect-intent.js";
import type { Query } from "../understand-question.js";

/**
 * Whether money is asked and the answer's figures are all counts or shares.
 * @example countsForMoney(understand("共同研究費の総額は？"), draftOf16302件, deps) // true
 */
export function countsForMoney(query: Query, draft: Draft, deps: Deps): boolean {
  if (draft.status !== "answered" || !draft.facts?.length) return false;
  if (findTriggers(deps.lexicon.cues.moneyAsked, query.match, query.mentions).length === 0) return false;
  return draft.facts.every((f) => !f.unit.includes("円"));
}

/**
 * Not in the documents: no amount of money for that, with the figures they do give named.
 * @example moneyNotInDocuments(query, draft).summary // "資料には、お尋ねの金額はありません（…）。"
 */
export function moneyNotInDocuments(query: Query, draft: Draft, deps: Deps): Draft {
  return notGivenAs(query, draft, deps, { ja: "金額", en: "amount of money" });
}

/**
 * Not in the documents: no figure of the asked kind (金額, 割合), with what the answered figures count instead.
 * @example notGivenAs(query, draftOf424社, deps, { ja: "割合", en: "share" }).summary // "資料には、お尋ねの割合はありません（資料にあるのは社で数えた数値です）。"
 */
export function notGivenAs(query: Query, draft: Draft, deps: Deps, asked: { ja: string; en: string }): Draft {
  const units = [...new Set((draft.facts ?? []).map((f) => f.unit))];
  const given = units.map((u) => (query.lang === "en" ? (deps.kb.vocabulary.unitsEn[u] ?? u) : u)).join(say(query.lang, "・", ", "));
  // (Asked of a passage, not of figures: no figures to say what they count.)
  if (!given)
    return {
      status: "not_found",
      summary: say(query.lang, `資料には、お尋ねの${asked.ja}はありません。`, `The documents give no such ${asked.en}.`),
    };
  return {
    status: "not_found",
    summary: say(
      query.lang,
      `資料には、お尋ねの${asked.ja}はありません（資料にあるのは${given}で数えた数値です）。`,
      `The documents give no such ${asked.en} (their figures there count ${given}).`,
    ),
  };
}
