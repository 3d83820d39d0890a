/**
 * A program named with a count asked of it (地域イノベーション戦略支援プログラムに参加してる機関の数, …は何地域で):
 * the count is one of the program's indicators, the one measured in the asked unit.
 */
import type { Entity, KnowledgeBase } from "../../knowledge/load-knowledge.js";
import type { Mention } from "../match/mention.js";
import type { Lexicon } from "../intent-schema.js";
import { askedUnit } from "../answer-shapes/select-facts.js";

/**
 * The mentions with a program replaced by its one indicator in the asked unit, when the question names no
 * indicator itself; unchanged otherwise (none, or several indicators in that unit: which one is not guessed).
 * The asked unit is the lexicon's (intents/lexicon.yaml › units: 何地域, 機関の数, 割合).
 * @example withCountedChild(kb, lexicon, "…プログラムの参加機関の数は", [program]).map((m) => m.entity.id) // ["ind-…-sanka"]
 */
export function withCountedChild(kb: KnowledgeBase, lexicon: Lexicon, matchText: string, mentions: Mention[]): Mention[] {
  const unit = askedUnit({ lexicon }, matchText);
  if (!unit || mentions.some((m) => m.entity.type === "indicator")) return mentions;
  return mentions.map((m) => {
    if (m.entity.type !== "program") return m;
    const child = countedBy(kb, m.entity, unit, matchText);
    return child ? { ...m, entity: child } : m;
  });
}

/**
 * The indicator in that unit that belongs to the program (its child, or one named after it): the one whose
 * qualifying words the question uses (被災地の実施地域数 for 被災地向けの…), else the program's own, else none.
 */
export function countedBy(kb: KnowledgeBase, program: Entity, unit: string, matchText: string): Entity | undefined {
  const name = program.name.normalize("NFKC").toLowerCase();
  const fits = [...kb.entities.values()].filter(
    (e) => e.type === "indicator" && e.unit === unit && (e.parent === program.id || e.name.normalize("NFKC").toLowerCase().includes(name)),
  );
  const qualified = fits.filter((e) => qualifiers(e).some((w) => matchText.includes(w)));
  if (qualified.length === 1) return qualified[0];
  const own = fits.filter((e) => e.parent === program.id);
  return qualified.length === 0 && own.length === 1 ? own[0] : undefined;
}

/** The words an indicator's aliases put before の (被災地 in 被災地の実施地域数): what tells it from its namesakes. */
function qualifiers(indicator: Entity): string[] {
  return indicator.aliases
    .map((a) => /^([^の]{2,8})の/.exec(a.normalize("NFKC").toLowerCase())?.[1])
    .filter((w): w is string => w !== undefined);
}

/**
 * A part after the first that names no subject and counts in another unit than the part before's subject
 * (…の参加機関数と24年度の実施地域数, …の25年度予算と24年度の実施地域数): the indicator of the same program in the
 * asked unit, a sibling of the part before's indicator or a child of the part before's program.
 * @example countedSibling(kb, lexicon, "24年度の実施地域数", sankaIndicator)?.id // "ind-chiiki-senryaku-regions"
 */
export function countedSibling(kb: KnowledgeBase, lexicon: Lexicon, matchText: string, previous: Entity): Entity | undefined {
  const unit = askedUnit({ lexicon }, matchText);
  const program =
    previous.type === "program"
      ? previous
      : previous.type === "indicator" && previous.parent
        ? kb.entities.get(previous.parent)
        : undefined;
  if (!unit || !program || previous.unit === unit) return undefined;
  return countedBy(kb, program, unit, matchText);
}

/**
 * A topic named with a count asked in a unit it has no figure in, when a program is named after it and has one
 * (how many universities … university IP headquarters: 大学知的財産本部整備事業's 43の国公私立大学等): that program.
 * @example withNamesakeProgram(kb, lexicon, "how many universities are in the university ip headquarters", [topic])[0].entity.id // "chizai-honbu-seibi"
 */
export function withNamesakeProgram(kb: KnowledgeBase, lexicon: Lexicon, matchText: string, mentions: Mention[]): Mention[] {
  const body = (m: Mention) => m.entity.type === "topic" || m.entity.type === "organization";
  const unit = mentions.some(body) ? askedUnit({ lexicon }, matchText) : undefined;
  if (!unit) return mentions;
  const counted = subjectsCountedIn(kb, unit);
  const programs = [...kb.entities.values()].filter((e) => e.type === "program" && counted.has(e.id));
  return mentions.map((m) => {
    if (!body(m) || counted.has(m.entity.id)) return m;
    const name = m.entity.name.normalize("NFKC");
    const named = programs.filter((p) => p.name.normalize("NFKC").includes(name));
    return named.length === 1 ? { ...m, entity: named[0]! } : m;
  });
}

/**
 * A topic named with the word for a program right after it (the univ IP HQ program, 大学知的財産本部の事業), when one
 * program is named after it (大学知的財産本部整備事業): that program.
 * @example withProgramNamedAfter(kb, lexicon, "was the university ip hq program effective", [topic])[0].entity.id // "chizai-honbu-seibi"
 */
export function withProgramNamedAfter(kb: KnowledgeBase, lexicon: Lexicon, matchText: string, mentions: Mention[]): Mention[] {
  const words = (lexicon.categories.program ?? []).map((w) => w.normalize("NFKC").toLowerCase());
  return mentions.map((m) => {
    if (m.entity.type !== "topic" && m.entity.type !== "organization") return m;
    const after = matchText.slice(m.end).replace(/^\s*の?\s*/u, "");
    // (Or after one English word of the program's name, the IP HQ development programme: 整備事業.)
    const starts = (t: string) => words.some((w) => t.startsWith(w) && !/^[a-z]/.test(t.slice(w.length)));
    if (!starts(after) && !starts(after.replace(/^[a-z]+ /, ""))) return m;
    const name = m.entity.name.normalize("NFKC");
    const named = [...kb.entities.values()].filter((e) => e.type === "program" && e.name.normalize("NFKC").includes(name));
    return named.length === 1 ? { ...m, entity: named[0]! } : m;
  });
}

/** The subjects with a figure in the unit, found once per knowledge base and unit. */
function subjectsCountedIn(kb: KnowledgeBase, unit: string): Set<string> {
  let byUnit = countedSubjects.get(kb);
  if (!byUnit) countedSubjects.set(kb, (byUnit = new Map()));
  let found = byUnit.get(unit);
  if (!found) byUnit.set(unit, (found = new Set(kb.facts.filter((f) => f.unit === unit).map((f) => f.subject))));
  return found;
}
const countedSubjects = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();
