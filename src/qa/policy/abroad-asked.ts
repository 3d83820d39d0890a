/**
 * 海外企業との共同研究件数 (joint research with foreign companies) answered with the count of all joint research:
 * a figure or passage that says nothing of abroad answers another question. Abroad is asked by a word of the
 * lexicon (`cues.abroad`) outside every name the question uses: 海外大学発ベンチャー holds it, and its figures answer.
 */
import { say, type Deps, type Draft } from "../answer-kit.js";
import { findTriggers } from "../detect-intent.js";
import { escapeRegExp } from "../match/mention.js";
import type { Query } from "../understand-question.js";

/**
 * The abroad words a question asks with, outside the names it uses.
 * @example abroadAsked(understand("海外企業との共同研究件数は？"), deps) // ["海外"]
 */
export function abroadAsked(query: Query, deps: Deps): string[] {
  return findTriggers(deps.lexicon.cues.abroad, query.match, query.mentions);
}

/**
 * Whether the answer says nothing of abroad: no subject name, scope or quote of it holds an abroad word or a
 * country other than the documents' own.
 * @example saysNothingAbroad(understand("海外企業との共同研究件数は？"), draft, deps) // true for the count of all joint research
 */
export function saysNothingAbroad(query: Query, draft: Draft, deps: Deps): boolean {
  if (draft.status !== "answered" || abroadAsked(query, deps).length === 0) return false;
  const { lexicon, kb } = deps;
  const foreign = Object.entries(lexicon.places)
    .filter(([place]) => place !== lexicon.homePlace)
    .flatMap(([place, words]) => [place, ...words]);
  const marks = [...lexicon.cues.abroad, ...foreign].map((w) => w.normalize("NFKC").toLowerCase());
  const texts = [
    ...(draft.facts ?? []).flatMap((f) => {
      const subject = kb.entities.get(f.subject);
      return [subject?.name ?? "", subject?.nameEn ?? "", f.scope ?? ""];
    }),
    ...(draft.citations ?? []).map((c) => c.quote),
  ].map((t) => t.normalize("NFKC").toLowerCase());
  // (A Latin word only as a word: us is no word of cluster.)
  const holds = (t: string, m: string) =>
    /^[a-z. ]+$/.test(m) ? new RegExp(`(?:^|[^a-z])${escapeRegExp(m)}(?![a-z])`).test(t) : t.includes(m);
  return !texts.some((t) => marks.some((m) => holds(t, m)));
}

/**
 * Not in the documents: nothing for abroad alone, with the question without the word as the one that answers.
 * @example abroadNotInDocuments(understand("海外企業との共同研究件数は？"), deps).options?.[0]?.question // "企業との共同研究件数は？"
 */
export function abroadNotInDocuments(query: Query, deps: Deps): Draft {
  const [word] = abroadAsked(query, deps);
  const typed = query.text;
  const at = typed.toLowerCase().indexOf(word!);
  const broader = at >= 0 ? `${typed.slice(0, at)}${typed.slice(at + word!.length)}`.replace(/\s{2,}/g, " ").trim() : "";
  return {
    status: "not_found",
    summary: say(
      query.lang,
      `資料には「${word}」に限った数値や記述はありません（資料の数値は全体のものです）。`,
      `The documents give nothing for "${word}" alone; their figures are overall ones.`,
    ),
    ...(broader
      ? {
          lines: [say(query.lang, "全体の数値なら答えられます:", "The overall figure can be asked:")],
          options: [{ label: broader, question: broader }],
        }
      : {}),
  };
}
