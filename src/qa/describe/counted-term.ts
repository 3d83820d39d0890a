/**
 * A term the documents define with a count in it (文部科学省が実施する4事業とは、…): a question that names the count
 * and the counted noun (the 4 MEXT programmes, グラフの4事業) asks what the term holds, whatever else it says.
 * The noun may be typed in English; the glossary gives its Japanese (programmes → 事業).
 */
import type { Deps, Draft } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import { englishWords } from "../match/find-english.js";
import { phrasesOf } from "../query/in-japanese.js";
import { findDefinition } from "./definition.js";
import { passageDraft } from "./answer-aspect.js";
import { sectionUnits } from "./section-units.js";

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * The counted terms a question writes (4事業 of グラフの4事業; 4事業 of the 4 MEXT programmes): a number, then in
 * Japanese the word right after it, in English a glossed noun among the three words after it.
 * @example countedTerms("which 4 MEXT programmes are counted?", glossary) // ["4事業"]
 */
export function countedTerms(text: string, glossary: Readonly<Record<string, string[]>>): string[] {
  const plain = text.normalize("NFKC");
  const terms: string[] = [];
  // (Japanese: every start of the word after the number, 4事業 of 4事業の合計; a year, 2008年, is no count.)
  // (Not a date or an ordinal, 24年度, 7月, 2期: no term counts those.)
  for (const m of plain.matchAll(/(?<![0-9])([1-9][0-9]?)(?:つの)?(?![年月日期回号歳時分])([\p{Script=Han}\p{Script=Katakana}ー]{1,6})/gu))
    for (let n = 1; n <= m[2]!.length; n++) terms.push(`${m[1]}${m[2]!.slice(0, n)}`);
  const nouns = nounsOf(glossary);
  const tokens = plain.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  tokens.forEach((token, at) => {
    const n = /^[1-9][0-9]?$/.test(token) ? Number(token) : NUMBER_WORDS.indexOf(token);
    if (n < 1) return;
    for (const next of tokens.slice(at + 1, at + 4))
      for (const key of nouns.get(englishWords(next)[0] ?? "") ?? []) terms.push(`${n}${key}`);
  });
  return [...new Set(terms)];
}

const nounLists = new WeakMap<object, Map<string, string[]>>();

/** The glossary's one-word English phrases and the Japanese words they translate (programme → 事業); made once. */
function nounsOf(glossary: Readonly<Record<string, string[]>>): Map<string, string[]> {
  let nouns = nounLists.get(glossary);
  if (!nouns) {
    nouns = new Map();
    for (const { key, words } of phrasesOf(glossary)) if (words.length === 1) nouns.set(words[0]!, [...(nouns.get(words[0]!) ?? []), key]);
    nounLists.set(glossary, nouns);
  }
  return nouns;
}

/**
 * The definition of a counted term the question writes, when the documents define one.
 * @example answerCountedTerm(understand("which 4 MEXT programmes are counted in the graphs?"), deps)?.status // "answered"
 */
export function answerCountedTerm(query: Query, deps: Deps): Draft | undefined {
  const terms = countedTerms(query.text, deps.kb.vocabulary.glossary);
  if (terms.length === 0) return undefined;
  const found = findDefinition(sectionUnits(deps.kb), terms);
  // (Only the term's own definition: a loose one, most of the words before some other とは, is not it.)
  const own = found?.units.some((u) => terms.some((t) => found.where.match[found.where.units.indexOf(u)]?.includes(`${t}とは`)));
  if (!found || !own) return undefined;
  return passageDraft(query, found, undefined);
}
