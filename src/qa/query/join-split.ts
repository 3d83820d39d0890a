/**
 * Where a question may ask two things joined by と that no word list told apart (共同研究件数の基準値と目標値,
 * 特許化率とあっせん件数): the places to try cutting it. Whether a cut is taken is decided by the answers
 * (answer-question.ts): only when both halves answer with figures and the second adds what the whole did not.
 */
import type { Query } from "../understand-question.js";

/** A と that ends a clause or joins a comparison (とは, として, と比べ, と同じ), not two nouns. */
const NOT_A_JOIN = /^と(?:は|して|し|いう|いっ|なる|なっ|の|比|同|違|共|もに|か|する|され|き|こ|ころ|も)/u;

/** A noun's last character before the と, and the first of the noun after it. */
const NOUN_END = /[\p{Script=Han}\p{Script=Katakana}ー0-9a-z)）]$/u;
const NOUN_START = /^[\p{Script=Han}\p{Script=Katakana}0-9a-zＨｈ(（]/u;

/** A cut: the joining word runs from `at` to `end` (と, or " and " in English). */
export type Cut = { at: number; end: number };

/**
 * Each と between two nouns outside any name, or in English each " and " (" + ", " & ") between two words outside
 * any name, at most `limit`, first first.
 * @example joinCuts(understand("共同研究件数の基準値（H15）と目標値をセットで")) // [{ at, end: at + 1 } of that と]
 */
export function joinCuts(query: Query, limit = 2): Cut[] {
  const cuts: Cut[] = [];
  const text = query.match;
  // (Nor a join inside brackets: (the IP HQ + coordinator one) glosses the name before it, asks nothing more.)
  const named = (at: number, end: number) => query.mentions.some((m) => m.start < end && at < m.end) || inBrackets(text, at);
  if (query.lang === "en") {
    // (A sign may stand without spaces, fy2011+how many: the match text drops them around it.)
    for (const m of text.matchAll(/ and (?=[a-z0-9])| ?[&+] ?(?=[a-z0-9\p{Script=Han}\p{Script=Katakana}])/gu)) {
      const cut = { at: m.index, end: m.index + m[0].length };
      if (cuts.length < limit && /[a-z0-9)],?$/u.test(text.slice(0, cut.at)) && !named(cut.at, cut.end) && !betweenYears(query, cut))
        cuts.push(cut);
    }
    return cuts;
  }
  // (A plus, an ampersand or an English and joins two asks in a Japanese question too: …count FY2011 + how many
  // 産学官連携本部, 2008 budget for 都市エリア and for the JST regional support program.)
  for (const m of text.matchAll(/\s?[+&]\s?|(?<=[^a-z])and (?=[a-z])/gu)) {
    const cut = { at: m.index, end: m.index + m[0].length };
    if (cuts.length < limit && m.index > 0 && !named(cut.at, cut.end) && !betweenYears(query, cut)) cuts.push(cut);
  }
  for (let at = text.indexOf("と"); at > 0 && cuts.length < limit; at = text.indexOf("と", at + 1)) {
    if (NOT_A_JOIN.test(text.slice(at)) || !NOUN_END.test(text.slice(0, at)) || !NOUN_START.test(text.slice(at + 1))) continue;
    if (named(at, at + 1) || betweenYears(query, { at, end: at + 1 })) continue;
    cuts.push({ at, end: at + 1 });
  }
  return cuts;
}

/** Whether a position stands inside brackets the text opened before it and closes after it. */
function inBrackets(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf("(", at), text.lastIndexOf("（", at));
  const closed = Math.max(text.lastIndexOf(")", at), text.lastIndexOf("）", at));
  return open > closed && /[)）]/u.test(text.slice(at));
}

/** A と that joins two years (23年度と24年度, FY2011 and FY2012): one question of two years. */
function betweenYears(query: Query, { at, end: after }: Cut): boolean {
  const ends = query.years.years.map((y) => {
    const start = query.match.indexOf(y.text.toLowerCase().replace(/\s/g, ""));
    return { start, end: start + y.text.replace(/\s/g, "").length };
  });
  return ends.some((y) => y.end === at) && ends.some((y) => y.start === after);
}
