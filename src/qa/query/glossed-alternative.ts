/**
 * A guessed name typed right after an English word that translates a piece of another candidate's name ('super'
 * sangakukan renkei honbu: super is スーパー of スーパー産学官連携本部): that candidate is the one named.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { Mention } from "../match/mention.js";
import { englishWords } from "../match/find-english.js";
import { phrasesOf } from "./in-japanese.js";

/**
 * The mentions with each guess moved to the one alternative whose name holds the glossed piece of the English word
 * typed right before it, a piece the guess's own name does not hold.
 * @example withGlossedAlternative(glossary, "what's a super 産学官連携本部?", [guessOfSeibi])[0].entity.id // "super-renkei-honbu"
 */
export function withGlossedAlternative(
  glossary: Readonly<Record<string, string[]>>,
  match: string,
  mentions: Mention[],
  entities: Iterable<Entity> = [],
): Mention[] {
  return mentions.map((m) => {
    if (m.how !== "alias" && !m.alternatives?.length) return m;
    // (Only the word right before the name, quote marks aside: a word elsewhere in the question asks something else.)
    const before = /([a-z]+)['"’\s]*$/.exec(match.slice(0, m.start))?.[1];
    if (!before) return m;
    const said = englishWords(before).join(" ");
    const pieces = phrasesOf(glossary)
      .filter((p) => p.words.join(" ") === said)
      .map((p) => p.key);
    if (!pieces.length) return m;
    // (A name typed exactly has no alternatives: the names made of the glossed piece and a name it holds are, a
    // super IUC HQ: スーパー + 産学官連携本部, which the HQ indicator's name holds.)
    const candidates =
      m.how === "alias"
        ? [...entities].filter(
            (e) => e !== m.entity && pieces.some((p) => e.name.startsWith(p) && m.entity.name.includes(e.name.slice(p.length))),
          )
        : m.alternatives!;
    const better = candidates.filter((e: Entity) => pieces.some((p) => e.name.includes(p) && !m.entity.name.includes(p)));
    return better.length === 1 ? { ...m, entity: better[0]! } : m;
  });
}
