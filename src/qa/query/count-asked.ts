/**
 * Whether a question asks how many (何社, …の数は, 倍率): read by the check that a passage quotes a count, and by the
 * policy that a count asked is not a breakdown of a figure's groups.
 */
import { hasCue, type Deps } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import { countedWords } from "../policy/counted-thing.js";

/**
 * The counter a question asks with (何社 → 社, 何件 → 件), when it asks "how many" in Japanese; 倍 for a multiple.
 * @example countAsked(understand("参加企業は何社？"), deps) // "社"
 */
export function countAsked(query: Query, deps: Deps): string | undefined {
  const counter = query.match.match(/何(社|件|人|名|機関|拠点|大学|地域|か所|箇所|カ所)/)?.[1];
  if (counter) return counter;
  // 倍率, 何倍: a multiple, which a passage states with 倍.
  if (hasCue(deps, query, "multiple")) return "倍";
  // how many researchers…: a count in English, stated by any counted figure.
  if (query.lang === "en" && countedWords(query.match).length > 0) return COUNTERS;
  // どれだけ雇用が生まれた, どのくらい増えた: an amount asked in general words; any figure answers it, money,
  // shares and years too, and a passage that states none does not.
  if (query.lang === "ja" && hasCue(deps, query, "howMuch")) return `(?:${COUNTERS.slice(3, -1)}|円|%|％|年|倍|か月|カ月)`;
  // 企業の数は / 参加機関数って: a count asked without its counter; any counted figure answers it.
  // Only where the question ends on it: 設立数が減ってるのはなぜ asks why, not how many.
  return /(?:の数|[^\p{Script=Hiragana}]数)(?:は|って|を教えて(?:ください|下さい|ほしい)?|が知りたい(?:です)?|を知りたい(?:です)?)?[?？!！。\s]*$/u.test(
    query.match,
  )
    ? COUNTERS
    : undefined;
}

/** Any counter a counted figure is written with. */
const COUNTERS = "(?:社|件|人|名|機関|拠点|大学|地域|か所|箇所|カ所|クラスター|エリア|校|者)";
