/**
 * An English how-many question names what it counts right after "how many" (how many jobs did the city area
 * program create?). Figures answered that count something else (its 19 areas) answer another question: what is
 * counted is then not in the documents.
 */
import { say, type Deps, type Draft } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import { englishWords } from "../match/find-english.js";
import { glossName } from "../match/gloss-names.js";
import { figureQuestions } from "./which-figure.js";

/** Words right after how many that ask no thing of their own (how many times: a multiple; how many in total). */
const NO_THING = new Set(["time", "more", "less", "fewer", "of", "in", "did", "do", "does", "were", "was", "are", "is"]);

/**
 * The content words of what an English question counts, singular (how many patent apps → patent, app).
 * @example countedWords("how many jobs did the city area program create?") // ["job"]
 */
export function countedWords(match: string): string[] {
  const after = /\bhow many\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/.exec(match);
  if (!after || NO_THING.has(englishWords(after[1]!)[0] ?? after[1]!)) return [];
  const first = englishWords(after[1]!);
  // (The second word belongs to the thing only as a noun after a noun: patent applications, not jobs did.)
  const second = after[2] && !NO_THING.has(after[2]) ? englishWords(after[2]) : [];
  return [...first, ...second];
}

/**
 * Whether the figures answered count none of the things the question counts: no word of it is in their
 * subjects' English names, their units in English, or the English glosses of their Japanese names and scopes.
 * @example countsOtherThing(understand("how many jobs did the city area program create?"), draft, deps) // true
 */
export function countsOtherThing(query: Query, draft: Draft, deps: Deps): boolean {
  if (query.lang !== "en" || !draft.facts?.length) return false;
  const words = countedWords(query.match);
  // (A count asked in a unit, how many institutions or areas, is narrowed by the unit before: any of its figures.)
  const inUnit = Object.values(deps.lexicon.units).some((ws) => ws.some((w) => /^how many /.test(w) && query.match.includes(w)));
  if (!words.length || inUnit) return false;
  const { kb } = deps;
  const said = new Set<string>();
  const add = (text?: string) => englishWords(text ?? "").forEach((w) => said.add(w));
  const addGloss = (text?: string) =>
    glossName(text ?? "", kb.vocabulary.glossary).pieces.forEach((p) => p.phrases.flat().forEach((w) => said.add(w)));
  for (const fact of draft.facts) {
    for (let e = kb.entities.get(fact.subject); e; e = e.parent ? kb.entities.get(e.parent) : undefined) {
      add(e.nameEn);
      e.aliases.forEach(add);
      addGloss(e.name);
    }
    add(kb.vocabulary.unitsEn[fact.unit ?? ""]);
    addGloss(fact.scope ?? "");
    addGloss(fact.unit ?? "");
  }
  return !words.some((w) => said.has(w));
}

/**
 * The answer for it: what is counted is not in the documents for the subject, and what can be asked of it.
 * @example countedNotInDocuments(query, deps).summary // 'The documents give no number of "jobs" for City Area Program…'
 */
export function countedNotInDocuments(query: Query, deps: Deps): Draft {
  const after = /\bhow many\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)/.exec(query.match)?.[1] ?? "";
  const thing = countedWords(query.match).length > 1 ? after : after.split(" ")[0]!;
  const subject = query.mentions[0]?.entity;
  const name = subject ? (subject.nameEn ?? subject.name) : "";
  const asks = subject ? figureQuestions(deps, subject, query.lang).slice(0, 4) : [];
  return {
    status: "not_found",
    summary: say(
      query.lang,
      `「${thing}」の数は資料にありません。`,
      `The documents give no number of "${thing}"${name ? ` for ${name}` : ""}.`,
    ),
    lines: asks.length ? [say(query.lang, "資料にある数値は次の質問で確かめられます:", "What they do give:")] : [],
    options: asks.map((q) => ({ label: q, question: q })),
    ...(subject ? { topic: { subject: subject.id } } : {}),
  };
}
