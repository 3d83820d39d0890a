/**
 * Two things asked of one subject joined by と (…のH17概算要求額と主管課は？, TLO法の制定年と承認TLOの数): each is a
 * word of a different kind of question, so the question is split at that と into two parts.
 */
import { kindGroup, type Deps } from "../answer-kit.js";
import { findTriggers, scoreIntents } from "../detect-intent.js";
import type { Query } from "../understand-question.js";

/** Shapes that take two operands themselves (比べ, 推移, 一番): their と joins what they compare. */
const OPERAND_SHAPES = new Set(["difference", "series", "extreme", "describe", "help", "versus-target"]);
/** Shapes that compare what they are given: a question read as one of them asks one thing of its operands. */
const COMPARING_SHAPES = new Set(["difference", "series", "extreme", "versus-target"]);

/**
 * The two parts of a question that asks two kinds of thing joined by と, or [] when it asks one.
 * @example coordinatedParts(deps, understand("総合的産学官連携推進事業のH17概算要求額と主管課は？")) // ["…のh17概算要求額", "主管課は?"]
 */
export function coordinatedParts(deps: Deps, query: Query): string[] {
  if (!query.intent || query.followUp || !query.match.includes("と")) return [];
  // Read as a comparison (本格実施地域と試行地域で…どれくらい違う), its と joins what it compares.
  if (COMPARING_SHAPES.has(query.intent.shape)) return [];
  const kinds = kindParts(deps, query);
  if (kinds.length === 2) return kinds;
  const years = new Set(query.years.years.map((y) => y.fiscalYear)).size;
  const read = scoreIntents(deps.intents, query.match, query.mentions, years).filter((c) => c.triggers.length > 0 && c.score > 0);
  // Two years compared (…24年度補正後と25年度当初でどう違う) are one question, however each is worded.
  const compares = read.some((c) => c.intent.shape === "difference" || c.intent.shape === "series");
  const byYear = compares ? [] : yearParts(query);
  if (byYear.length === 2) return byYear;
  // The second ask is the best reading of another kind that is no operand word (について reads as describe).
  const first = read[0];
  const second =
    first && !OPERAND_SHAPES.has(first.intent.shape) ? read.find((c) => c !== first && !OPERAND_SHAPES.has(c.intent.shape)) : read[1];
  // Two attributes (主管課と達成年度) are two asks; two figure intents are one question's kinds, answered together.
  const sameShape = first && second && first.intent.shape === second.intent.shape && first.intent.shape !== "attribute";
  if (!first || !second || second.score < 0.6 * first.score) return [];
  // …ただし a year written after the と (実施地域数と平成15年度予算) is the second ask's only: two questions.
  // So are two figures of different measures (予算と実施地域数): one answer would give only the first's.
  const measureOf = (i: typeof first.intent) => [...i.measures, ...i.measureIds].sort().join(",");
  const differ = measureOf(first.intent) !== measureOf(second.intent);
  if (sameShape && !differ && !yearOnlyAfterJoin(query, [first.triggers, second.triggers])) return [];
  if (OPERAND_SHAPES.has(first.intent.shape) || OPERAND_SHAPES.has(second.intent.shape)) return [];
  const at = (words: string[]) => Math.min(...words.map((w) => query.match.indexOf(w)).filter((i) => i >= 0));
  const spans = [first, second]
    .map((c) => ({ start: at(c.triggers), end: at(c.triggers) + c.triggers[0]!.length }))
    .sort((a, b) => a.start - b.start);
  const between = query.match.slice(spans[0]!.end, spans[1]!.start);
  const cut = between.lastIndexOf("と");
  // The と must join two nouns (…額と主管課), not end a clause (…とは, …として).
  if (cut < 0 || /^と(?:は|して|いう|なる|の)/.test(between.slice(cut))) return [];
  const index = spans[0]!.end + cut;
  const inName = query.mentions.some((m) => m.start <= index && index < m.end);
  return inName ? [] : [query.match.slice(0, index), query.match.slice(index + 1)];
}

/**
 * Whether the question's one year stands after the と that joins two figure words and before the second word
 * (実施地域数と平成15年度予算), so that it belongs to the second ask alone.
 */
function yearOnlyAfterJoin(query: Query, triggers: string[][]): boolean {
  const years = query.years.years;
  if (years.length !== 1) return false;
  const at = (words: string[]) => Math.min(...words.map((w) => query.match.indexOf(w)).filter((i) => i >= 0));
  const [a, b] = triggers.map(at).sort((x, y) => x - y);
  const yearAt = query.match.indexOf(years[0]!.text.toLowerCase().replace(/\s/g, ""));
  const join = query.match.lastIndexOf("と", yearAt);
  return a! < join && join < yearAt && yearAt < b!;
}

/** Groups of figure kinds that answer different questions: an actual figure and a target, not two budgets. */
const groupOf = (deps: Deps, kind: string) => kindGroup(deps.kb, kind) ?? kind;

/**
 * Two kinds of figure of different groups joined by と (23年度実績と25年度の目標値, 23年度実績と目標値): each kind with
 * its own year is its own question. Kinds of one group (予算案と概算要求額) are one question's figures.
 * @example kindParts(deps, understand("共同研究件数の23年度実績と25年度の目標値")) // ["共同研究件数の23年度実績", "25年度の目標値"]
 */
function kindParts(deps: Deps, query: Query): string[] {
  if (!query.intent || !["facts", "attribute"].includes(query.intent.shape)) return [];
  const hits = Object.entries(deps.lexicon.qualifierCues)
    .flatMap(([kind, cues]) => findTriggers(cues, query.match, query.mentions).map((cue) => ({ kind, at: query.match.indexOf(cue), cue })))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (let i = 0; i + 1 < hits.length; i++) {
    const [a, b] = [hits[i]!, hits[i + 1]!];
    if (groupOf(deps, a.kind) === groupOf(deps, b.kind)) continue;
    const between = query.match.slice(a.at + a.cue.length, b.at);
    // Only と and the second kind's own year stand between them (と25年度の, と).
    if (!/^と(?:[^と]{0,12}年度の?)?$/u.test(between)) continue;
    const cut = a.at + a.cue.length;
    return [query.match.slice(0, cut), query.match.slice(cut + 1)];
  }
  return [];
}

/**
 * Two figures each asked with its own year and joined by と (24年度のポートフォリオ数と25年度当初予算): two questions,
 * where one figure question asks for two years (20年度と23年度の共同研究件数) and stays one.
 * @example yearParts(understand("…の24年度のポートフォリオ数と25年度当初予算")) // ["…の24年度のポートフォリオ数", "25年度当初予算"]
 */
function yearParts(query: Query): string[] {
  if (query.intent?.shape !== "facts") return [];
  const years = query.years.years
    .map((y) => ({ y, at: query.match.indexOf(y.text.toLowerCase().replace(/\s/g, "")) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (years.length !== 2 || years[0]!.y.fiscalYear === years[1]!.y.fiscalYear) return [];
  const from = years[0]!.at + years[0]!.y.text.replace(/\s/g, "").length;
  const between = query.match.slice(from, years[1]!.at);
  const cut = between.lastIndexOf("と");
  // Something asked of the first year before the と (の…数と), not the first year alone (20年度と23年度).
  if (cut < 0 || !/[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(between.slice(0, cut))) return [];
  return [query.match.slice(0, from + cut), query.match.slice(from + cut + 1)];
}
