/**
 * Finds the programs, regions, laws, indicators… a question names: by alias first, then by a piece of a
 * name that only one entity has (自立化促進 → 大学等産学官連携自立化促進プログラム), then by small typos
 * (都市エリヤ → 都市エリア). Weaker matches carry a lower score so answers can say how they read the question.
 */
import type { Entity, KnowledgeBase } from "../knowledge/load-knowledge.js";
import { normalizeForMatch } from "../knowledge/normalize-text.js";

import { blankMentions, joinPieces, keepLongest, type EntityMatcher, type Mention } from "./match/mention.js";
import { findPartial } from "./match/find-partial.js";
import { findTypos } from "./match/find-typos.js";
import { findSkeletons, skeletonsOf } from "./match/find-skeletons.js";
import { findAbbreviations, withTails } from "./match/find-abbreviations.js";
import { englishWords, findByEnglishWords } from "./match/find-english.js";
import { gluedToWord } from "./match/glued-to-word.js";
import { indexByFirstPair, wordsIn } from "./match/first-pair-index.js";
import { escapeRegExp } from "./match/mention.js";
import { commonPieces, glossName, sortedKeys } from "./match/gloss-names.js";

export type { EntityMatcher, Mention } from "./match/mention.js";
export { englishWords } from "./match/find-english.js";

/**
 * Prepares the question for matching: lower case, and no spaces except between ASCII words.
 * @example toMatchText("知的 クラスター の budget  plan") // "知的クラスターのbudget plan"
 */
export function toMatchText(normalized: string, keepCase = false): string {
  const word = /[A-Za-z0-9'’?.,!()-]/;
  return (keepCase ? normalized : normalized.toLowerCase()).replace(/\s+/g, (space, at: number, all: string) =>
    word.test(all[at - 1] ?? "") && word.test(all[at + space.length] ?? "") ? " " : "",
  );
}

/** A name with each synonym in place of the term it stands for (拠点に参画する地方公共団体数 → …自治体数). */
function withSynonyms(name: string, synonyms: Readonly<Record<string, string[]>>): string[] {
  return Object.entries(synonyms).flatMap(([term, words]) => (name.includes(term) ? words.map((w) => name.split(term).join(w)) : []));
}

/** A glossed piece in this many families of names or more (事業, 大学) names none of them by itself. */
const COMMON_PIECE = 6;

/**
 * Builds a matcher over every entity's name, English name and aliases.
 * @example buildEntityMatcher(kb).find(toMatchText("都市エリアの予算"))[0].entity.id // "toshi-area"
 */
export function buildEntityMatcher(kb: KnowledgeBase): EntityMatcher {
  // Every name object has the same fields (re undefined for a CJK name): one shape, so V8 never deopts on a
  // "wrong map" when find() reads names of both kinds.
  const names: Array<{ name: string; entity: Entity; ascii: boolean; acronym: boolean; re: RegExp | undefined }> = [];
  // A name without its bracketed part (知的クラスター創成事業（第I期） → 知的クラスター創成事業) is this entity's
  // only when no other entity is called that (the program, not its phase).
  const called = new Set([...kb.entities.values()].flatMap((e) => [e.name, ...e.aliases]));
  for (const entity of kb.entities.values()) {
    const bare = entity.name.replace(/[（(][^）)]*[）)]/g, "");
    // A program's name typed without its 事業 (知財本部整備 of 知財本部整備事業) is its too, when no other is called that.
    const unsuffixed = (n: string) => {
      const short = n.replace(/事業$/u, "");
      // (Kanji words only: スタート of スタート事業 is an everyday word.)
      const kanji = (short.match(/\p{Script=Han}/gu) ?? []).length >= 3;
      return entity.type === "program" && short !== n && short.length >= 4 && kanji && !called.has(short) ? short : "";
    };
    const given = [
      entity.name,
      bare === entity.name || !called.has(bare) ? bare : "",
      entity.nameEn ?? "",
      ...entity.aliases,
      ...entity.generic,
      ...[bare, ...entity.aliases].map(unsuffixed),
    ];
    // Shorter forms first, then synonyms over both (industry-academia-government collaboration HQs).
    const formed = [...given, ...given.flatMap((n) => withSynonyms(n, kb.vocabulary.nameForms))];
    const rawNames = [...formed, ...formed.flatMap((n) => withSynonyms(n, kb.vocabulary.synonyms))];
    for (const raw of new Set(rawNames.filter(Boolean))) {
      // Decided after NFKC: a full-width ＩＴ is the word IT, matched on word boundaries, not inside "universities".
      const name = raw.normalize("NFKC");
      const ascii = /^[\x20-\x7e]+$/.test(name);
      // An all-caps alias (START, TLO) is an acronym: matched only in capitals, so "start" stays a word.
      const acronym = ascii && /^[A-Z0-9-]+$/.test(name) && /[A-Z]/.test(name);
      const form = acronym
        ? name
        : ascii
          ? name.toLowerCase().replace(/\s+/g, " ").trim()
          : normalizeForMatch(name, kb.vocabulary.variants).toLowerCase();
      // A Latin name's pattern is compiled once here, not on every question.
      const re = ascii ? new RegExp(`(?<![a-zA-Z0-9])${escapeRegExp(form)}(?![a-zA-Z0-9])`, "g") : undefined;
      if (form.length >= 2) names.push({ name: form, entity, ascii, acronym, re });
    }
  }
  // Generic names (施策全体, この施策) are matched whole only: a piece of one (施策全 of 施策全部) names nothing.
  const generic = new Set(
    [...kb.entities.values()].flatMap((e) => e.generic.map((g) => normalizeForMatch(g, kb.vocabulary.variants).toLowerCase())),
  );
  const cjkNames = names.filter((n) => !n.ascii && !generic.has(n.name));
  const factCount = new Map<string, number>();
  for (const fact of kb.facts) factCount.set(fact.subject, (factCount.get(fact.subject) ?? 0) + 1);
  const weight = (e: Entity) => factCount.get(e.id) ?? 0;
  const skeletons = skeletonsOf(cjkNames);
  // Each Japanese name glossed piece by piece (vocabulary › glossary), for English that translates it loosely.
  const keys = sortedKeys(kb.vocabulary.glossary);
  const glossOf = (e: Entity) => glossName(e.name, kb.vocabulary.glossary, keys);
  const english = [...kb.entities.values()]
    .map((entity) => {
      const given = [entity.nameEn ?? "", ...entity.aliases.filter((a) => /^[\x20-\x7e]+$/.test(a))];
      return {
        entity,
        words: new Set(given.flatMap(englishWords)),
        names: given.map((n) => new Set(englishWords(n))).filter((n) => n.size > 0),
        gloss: glossOf(entity),
      };
    })
    .filter((e) => e.words.size > 0);
  const unglossed = english.map(({ gloss: _, ...e }) => e);
  const rootOf = (e: Entity): string => {
    const parent = e.parent ? kb.entities.get(e.parent) : undefined;
    return parent && parent !== e ? rootOf(parent) : e.id;
  };
  const common = commonPieces(
    english.map((e) => ({ gloss: e.gloss, family: rootOf(e.entity) })),
    COMMON_PIECE,
  );
  // Only the names that occur in the question are searched: acronyms in its cased text, the others in its text.
  const plainNames = indexByFirstPair(names.map((n) => (n.acronym ? "" : n.name)));
  const acronyms = indexByFirstPair(names.map((n) => (n.acronym ? n.name : "")));
  return {
    find(text, cased = text) {
      const exact: Mention[] = [];
      const present = [...wordsIn(plainNames, text), ...wordsIn(acronyms, cased)].sort((a, b) => a - b);
      for (const { name, entity, ascii, acronym, re } of present.map((i) => names[i]!)) {
        if (ascii && re) {
          const haystack = acronym ? cased : text;
          // The pattern holds the name as written: without it in the question there is nothing to run it for.
          if (!haystack.includes(name)) continue;
          re.lastIndex = 0;
          for (let m = re.exec(haystack); m; m = re.exec(haystack))
            exact.push({ entity, start: m.index, end: m.index + name.length, score: 1, how: "alias", text: name });
        } else {
          for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (!gluedToWord(text, at, at + name.length, name))
              exact.push({ entity, start: at, end: at + name.length, score: 1, how: "alias", text: name });
          }
        }
      }
      // A longer name written with particles between its words (大学の知財本部を整備する事業) holds the exact
      // name of a piece of it (知財本部): the longer name is meant.
      // (A program's name: an indicator named after a program (…プログラムの実施地域数) is its count, which the
      // counted-child reading resolves among namesakes.)
      const spelledOut = findSkeletons(text, [], skeletons).filter((m) => m.entity.type === "program");
      const within = (m: Mention) => spelledOut.some((l) => l.start <= m.start && m.end <= l.end && l.end - l.start > m.end - m.start);
      const chosen = keepLongest(exact.filter((m) => !within(m)));
      // A subject named twice (Knowledge Cluster Initiative (知的クラスター創成事業)) is one mention; its second
      // name is taken too, never read as a piece of another name.
      const repeats = exact.filter(
        (m) => !chosen.includes(m) && chosen.some((k) => k.entity === m.entity) && !chosen.some((k) => m.start < k.end && m.end > k.start),
      );
      const taken = [...chosen, ...repeats];
      // A name written with other endings (参画してる大学数) found whole is a better reading than a piece of one.
      let partial = [
        ...findSkeletons(text, taken, skeletons),
        ...findPartial(text, taken, cjkNames, weight),
        ...findTypos(text, taken, cjkNames),
      ];
      const abbreviations = findAbbreviations(text, [...taken, ...partial], cjkNames, weight);
      partial = withTails(text, partial, cjkNames, taken);
      const more = joinPieces(text, [...partial, ...abbreviations]);
      // With a name found, the English words around it may still name one of its indicators (patent apps … of
      // 知的クラスター, patent applications … of the knowledge cluster): read without the name's own words.
      const named = new Set(chosen.map((m) => m.entity.id));
      // (Of a name found in English, only a program's: an indicator's English name has used the words around it.)
      const japanese = chosen.every((m) => !/[a-z]/i.test(m.text));
      const parentIsProgram = (id?: string) => chosen.some((m) => m.entity.id === id && m.entity.type === "program");
      const rest = blankMentions(text, chosen);
      const byEnglish = !chosen.length
        ? findByEnglishWords(text, english, common)
        : [
            ...findByEnglishWords(
              rest,
              // (By their English names only: a child's glossed pieces are mostly its parent's, 知的クラスター創成事業（第I期）.)
              unglossed.filter((e) => named.has(e.entity.parent ?? "") && (japanese || parentIsProgram(e.entity.parent))),
            ),
            // Another subject named loosely in English beside the one named exactly (JST regional innovation support
            // and city area program): read from the words the exact names leave, none of their own family.
            // (Only where two English words are left to name one: a Japanese question has none.)
            ...(/[a-z]{2,}[^a-z]+[a-z]{2,}/.test(rest) ? findByEnglishWords(rest, english, common) : []).filter(
              (m) => m.end > m.start && !chosen.some((k) => rootOf(k.entity) === rootOf(m.entity)),
            ),
          ];
      return withParenthesizedAlias(keepLongest([...chosen, ...more, ...byEnglish]), text, names).sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * A name followed by its own short form in brackets (大学発新産業創出拠点プロジェクト（START）) is one mention:
 * the bracketed form is the name's, never a word of the question (START is not "start").
 */
function withParenthesizedAlias(mentions: Mention[], text: string, names: Array<{ name: string; entity: Entity }>): Mention[] {
  return mentions.map((m) => {
    // (A space before the brackets is how English writes them: Knowledge Cluster Initiative (知的クラスター創成事業).)
    const inBrackets = /^\s?[(（]([^()（）]{1,40})[)）]/.exec(text.slice(m.end));
    const alias = inBrackets?.[1]?.trim().toLowerCase();
    const own = alias && names.some((n) => n.entity.id === m.entity.id && n.name.toLowerCase() === alias);
    return own ? { ...m, end: m.end + inBrackets![0].length } : m;
  });
}
