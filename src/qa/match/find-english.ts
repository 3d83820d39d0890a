import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Mention } from "./mention.js";
import { glossHits, type Gloss } from "./gloss-names.js";

export const ENGLISH_STOP = new Set(
  "i the of for in on at a an and or by to with from between into than over about after before since through during via among vs versus how many much what which who when where was were is are be been did does do that this there their its it as per number total amount value fy year years".split(
    " ",
  ),
);

const ROMAN: Record<string, string> = { i: "1", ii: "2", iii: "3" };

/** Content words of English text, lower case, possessives and plural -s dropped (patents → patent). */
export function englishWords(text: string): string[] {
  return (
    (
      text
        .toLowerCase()
        .replace(/'s\b/g, "")
        // A phase's numeral is one word with it (phase I → phase1): "I heard…" names no phase.
        .replace(/\b(phase|period|stage|term)[\s-]*(iii|ii|i|[1-3])\b/g, (_, p: string, n: string) => `${p}${ROMAN[n] ?? n}`)
        .match(/[a-z0-9]+/g) ?? []
    )
      .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
      .filter((w) => !ENGLISH_STOP.has(w) && !/^\d+$/.test(w))
  );
}

/**
 * English questions rarely repeat an English name word for word: the entity whose English names share
 * the most content words with the question (three, or two covering at least 40% of the name) is meant.
 */
export function findByEnglishWords(
  text: string,
  english: Array<{ entity: Entity; words: Set<string>; names?: Array<Set<string>>; gloss?: Gloss }>,
  /** Glossed pieces many names share (事業, 大学): a loose translation must also name a rarer piece. */
  common: ReadonlySet<string> = new Set(),
): Mention[] {
  const asked = new Set(englishWords(text));
  if (asked.size < 2) return [];
  // Or of the one name the question nearly repeats (joint research count: joint research projects, two of three).
  const nearly = (names: Array<Set<string>>) =>
    Math.max(
      0,
      ...names.map((n) => {
        const hits = [...n].filter((w) => asked.has(w)).length;
        return hits >= 2 && hits / n.size >= 0.6 ? hits / n.size : 0;
      }),
    );
  // Or of the Japanese name it translates piece by piece (university startup hub programme): two pieces or more,
  // one of them rare, half the name's pieces.
  const loosely = (gloss?: Gloss) => {
    const g = gloss ? glossHits(asked, gloss, common) : undefined;
    return g && g.hits >= 2 && g.distinct >= 1 && g.coverage >= 0.5 ? g : undefined;
  };
  const scored = english
    .map(({ entity, words, names, gloss }) => {
      const shared = [...words].filter((w) => asked.has(w)).length;
      const coverage = Math.max(shared / words.size, names ? nearly(names) : 0);
      const byName = shared >= 3 || (shared >= 2 && coverage >= 0.4);
      const glossed = loosely(gloss);
      if (!byName && !glossed) return undefined;
      const useGloss = glossed !== undefined && (!byName || glossed.hits > shared);
      // (A translation by pieces ranks below an English name sharing as many words: the name is the entity's own.)
      return useGloss
        ? { entity, words: new Set(glossed.words), shared: glossed.hits, rank: glossed.hits - 0.5, coverage: glossed.coverage }
        : { entity, words, shared, rank: shared, coverage };
    })
    .filter((s) => s !== undefined)
    .sort((a, b) => b.rank - a.rank || b.coverage - a.coverage);
  const best = scored[0];
  if (!best) return [];
  const shared = [...asked].filter((w) => best.words.has(w)).join(" ");
  const { start, end } = spanOf(text, shared.split(" "));
  return [
    {
      entity: best.entity,
      start,
      end,
      score: 0.6 + 0.3 * best.coverage,
      how: "partial",
      text: shared,
      alternatives: scored.slice(1, 3).map((s) => s.entity),
    },
  ];
}

/**
 * Where the shared words stand together in the question (knowledge clusters, a plural too, joined by for or in), so that a question word
 * inside the name is the name's; nowhere (0, 0) when they are spread over the sentence.
 * @example spanOf("target for knowledge clusters by 2006", ["knowledge", "cluster"]) // { start: 11, end: 29 }
 */
function spanOf(text: string, words: string[]): { start: number; end: number } {
  const lower = text.toLowerCase();
  const found = words.map((w) => new RegExp(`\\b${w}[a-z]*`, "u").exec(lower)).filter((m): m is RegExpExecArray => m !== null);
  if (found.length !== words.length) return { start: 0, end: 0 };
  const start = Math.min(...found.map((m) => m.index));
  const end = Math.max(...found.map((m) => m.index + m[0].length));
  const between = lower
    .slice(start, end)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !found.some((m) => m[0] === w));
  // (Words that only join a name's words, program for innovation hubs in advanced…, do not spread it; a word of
  // the question's own between them, cooperate of METI cooperate on clusters, does.)
  const together = between.length <= 1 || (between.length <= 3 && between.every((w) => JOINING.has(w)));
  return together ? { start, end } : { start: 0, end: 0 };
}

/** Words that join the words of a name said in English (the program for hubs in advanced fields). */
const JOINING = new Set(["for", "in", "of", "the", "a", "an", "and", "on", "at", "to", "with", "by"]);
