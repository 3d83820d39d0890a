/**
 * A name with a noun joined to it that the documents write as one term (知的クラスター本部, a body inside the
 * program): the question is about that term, not the program, and is answered from the sentence that holds it.
 */
import type { Query } from "../understand-question.js";
import { say, type Deps, type Draft } from "../answer-kit.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import { inCorpus } from "../query/in-corpus.js";
import { detectAspect } from "../query/aspect.js";
import { sectionUnits } from "./section-units.js";
import { passageDraft } from "./answer-aspect.js";

/** A name this long or shorter is a common word. */
const SHORT = 5;

/**
 * The term a name and the noun typed right after it make, when the documents use it and no entity is named so:
 * the noun is no question word (予算, 課題) and no category (事業).
 * @example compoundTerm(understand("知的クラスター本部はどういう位置づけ？"), deps) // "知的クラスター本部"
 */
export function compoundTerm(query: Query, deps: Deps): string | undefined {
  const norm = (t: string) => normalizeForMatch(t, deps.kb.vocabulary.variants).toLowerCase();
  // A short name (クラスター, five characters or fewer) is a word many names share: joined to a noun it is a
  // phrase (クラスター形成), not a term of its own.
  for (const m of query.mentions.filter((x) => x.how === "alias" && x.text.length > SHORT)) {
    const run = /^[\p{Script=Han}\p{Script=Katakana}ー]{2,}/u.exec(query.match.slice(m.end))?.[0];
    if (!run) continue;
    for (let n = run.length; n >= 2; n--) {
      const noun = run.slice(0, n);
      if (deps.words.triggers.has(noun) || deps.words.categories.has(noun) || deps.lexicon.stopwords.includes(noun)) continue;
      const term = norm(m.text + noun);
      const named = [...deps.kb.entities.values()].some((e) => [e.name, ...e.aliases].some((a) => norm(a).includes(term)));
      if (!named && inCorpus(deps.corpus, term)) return term;
    }
  }
  return undefined;
}

/**
 * The sentence that holds the term, of those that do the one with the asked aspect's words, then the question's.
 * @example answerCompoundTerm(query, deps, "知的クラスター本部").lines?.[0] // "「・司令塔たる「知的クラスター本部」…」"
 */
export function answerCompoundTerm(query: Query, deps: Deps, term: string): Draft | undefined {
  const aspectId = detectAspect(query.match, deps.lexicon);
  const markers = aspectId ? deps.lexicon.aspects[aspectId]!.markers.map((w) => w.normalize("NFKC").toLowerCase()) : [];
  // Brackets inside the text (「知的クラスター本部」) do not split the term.
  const bare = (t: string) => t.replace(/[「」『』\s]/g, "");
  let best: { score: number; where: ReturnType<typeof sectionUnits>[number]; at: number } | undefined;
  for (const where of sectionUnits(deps.kb))
    where.match.forEach((text, at) => {
      if (!bare(text).includes(term)) return;
      const score = markers.filter((w) => text.includes(w)).length + (text.length > 20 ? 0.5 : 0);
      if (!best || score > best.score) best = { score, where, at };
    });
  if (!best) return undefined;
  const draft = passageDraft(query, { where: best.where, units: [best.where.units[best.at]!] }, undefined, undefined, deps);
  return {
    ...draft,
    summary: say(query.lang, `「${term}」について、資料には次のようにあります。 [1]`, `What the documents say about ${term} [1]:`),
  };
}
