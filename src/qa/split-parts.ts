/**
 * Questions that ask two things (「TLO法はいつ？あと共同研究件数は？」): split at sentence ends and at
 * connectives that start a new question, answered part by part, and joined into one answer.
 */
import type { Answer } from "./types.js";
import { renderText } from "./render-text.js";

// A new question starts after ?, 。 or ! and after connectives such as あと / それと / and what (after a comma or,
// typed without punctuation, a space: TLO法いつ あと承認TLOの数).
const CONNECTIVE = "(?:あと|それと|それから|ついでに|加えて|また、)";
// 「XとYは？」 stays one question (two subjects of one figure); 「Xと、Yは？」 with a comma asks two things, as does
// a question word's clause ending in て and a comma (いつ始まって、予算はいくら？).
const BOUNDARY = new RegExp(
  `(?<=[?？!！。])\\s*(?:${CONNECTIVE}\\s*[、,]?)?\\s*|\\s*[、,]\\s*${CONNECTIVE}\\s*[、,]?\\s*|(?<=\\S)\\s+${CONNECTIVE}\\s*[、,]?\\s*|(?<=[^\\s]{2}と)[、,]\\s*|(?<=(?:いつ|どこ|何|なに|誰|どう|どの|どれ)[^、,?？]{0,12}[てで])[、,]\\s*|\\s*(?:\\band|[+&])\\s+(?:(?:in|for|of|by)\\s+)?(?=(?:what|what's|how|when|which|who|where)\\b)`,
  "giu",
);

/**
 * The parts of a question; one part when it asks one thing. Parts shorter than 4 characters stay with
 * their neighbour (an "ね？" is no question).
 * @example splitParts("TLO法はいつ？あと共同研究件数は？") // ["TLO法はいつ？", "共同研究件数は？"]
 */
export function splitParts(text: string): string[] {
  const pieces = text
    .split(BOUNDARY)
    .map((p) => p.trim())
    .filter(Boolean);
  const parts: string[] = [];
  for (const piece of pieces) {
    if (parts.length && (piece.replace(/[\p{P}\s]/gu, "").length < 4 || parts[parts.length - 1]!.replace(/[\p{P}\s]/gu, "").length < 4))
      parts[parts.length - 1] += piece;
    else parts.push(piece);
  }
  return parts;
}

/**
 * A text's source numbers moved on by the sources listed before it, when answers are joined into one.
 * @example renumberSources("16,302件 [1]", 2) // "16,302件 [3]"
 */
export function renumberSources(text: string, by: number): string {
  return text.replace(/\[(\d+)\]/g, (_, n: string) => `[${Number(n) + by}]`);
}

/**
 * One answer from the answers of the parts: each part's statement in turn, sources numbered once.
 * The status is the best of the parts (answered when any part is), so that a half answer is still shown.
 * @example joinParts(q, [a, b]).text // a's statement, then b's, then the sources of both
 */
export function joinParts(question: string, parts: Answer[]): Answer {
  const answers = parts.map((a, i) => (i > 0 && repeatsEarlier(a, parts.slice(0, i)) ? notRead(a) : a));
  const citations = answers.flatMap((a) => a.citations);
  let offset = 0;
  const blocks: string[] = [];
  const lines: string[] = [];
  for (const a of answers) {
    const own = renderText({ summary: a.summary, lines: a.lines, table: a.table, options: a.options, citations: [], lang: a.lang });
    blocks.push(renumberSources(own, offset));
    if (a !== answers[0]) lines.push("", ...renumberSources(own, offset).split("\n"));
    else lines.push(...a.lines.map((l) => renumberSources(l, 0)));
    offset += a.citations.length;
  }
  const first = answers[0]!;
  const status = answers.some((a) => a.status === "answered")
    ? "answered"
    : answers.some((a) => a.status === "clarify")
      ? "clarify"
      : "not_found";
  const text = renderText({ summary: blocks.join("\n\n"), lines: [], options: [], citations, lang: first.lang });
  return {
    ...first,
    question,
    status,
    intent: answers.map((a) => a.intent).join("+"),
    lines,
    citations,
    facts: answers.flatMap((a) => a.facts),
    options: answers.flatMap((a) => a.options),
    text,
  };
}

/** A later part answered with the very figures of an earlier one: it was read as that one, not as itself. */
function repeatsEarlier(answer: Answer, earlier: Answer[]): boolean {
  const before = new Set(earlier.flatMap((a) => a.facts));
  return answer.facts.length > 0 && answer.facts.every((id) => before.has(id));
}

/**
 * A part said to be unread, rather than answered twice with the same figure.
 * @example notRead(part).summary // "「number of institutions…」が何を尋ねているかは読み取れませんでした（…）。"
 */
function notRead(answer: Answer): Answer {
  const asked = answer.question.trim();
  const summary =
    answer.lang === "en"
      ? `I could not tell what "${asked}" asks: it read as the same figure as the part before, so it is left out.`
      : `「${asked}」が何を尋ねているかは読み取れませんでした（前の部分と同じ数値になるため省きました）。`;
  const { table: _t, chart: _c, caution: _n, ...rest } = answer;
  return { ...rest, status: "not_found", summary, lines: [], citations: [], facts: [], options: [] };
}
