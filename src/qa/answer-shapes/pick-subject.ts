/**
 * Which entity a question is about, and what to say when it names none: ask back with options when the
 * question is only missing its subject, or say "not in the documents" when it names something unknown.
 */
import { optionLabel } from "../option-label.js";
import type { Entity } from "../../knowledge/load-knowledge.js";
import type { EntityType } from "../../knowledge/schema.js";
import type { Query } from "../understand-question.js";
import { entityName, say, shortEntityName, type Deps, type Draft } from "../answer-kit.js";
import { narrowByParaphrasedScope } from "./select-facts.js";
import { countedSibling } from "../query/counted-child.js";

/** Mentions weaker than this are not trusted as the subject on their own. */
export const MIN_MENTION_SCORE = 0.6;

/**
 * The entities of the wanted types the question names, or the previous topic's subject for a follow-up.
 * @example pickSubjects(query, deps, ["program"]).map((e) => e.id) // ["toshi-area"]
 */
/** What stands between two nouns asked side by side: と, や, a comma, および, and. */
const COORDINATED = /^[^の]{0,12}(?:と|や|、|,|及び|および|\band\b)/u;

export function pickSubjects(query: Query, deps: Deps, types: EntityType[]): Entity[] {
  const fits = (e: Entity) => types.length === 0 || types.includes(e.type);
  // A guess of a kind the reading cannot take (the hubs program's indicator, for its budget) is its alternative of
  // a kind it takes, when it has one (the program): a guess is read as the question's reading needs.
  const guesses = query.mentions.map((m) => {
    const other = m.how !== "alias" && !fits(m.entity) ? m.alternatives?.find(fits) : undefined;
    return other ? { ...m, entity: other } : m;
  });
  const fitting = guesses.filter((m) => m.score >= MIN_MENTION_SCORE && fits(m.entity));
  // With an exact name, every fitting mention (the family of it: a program and its indicator); of only
  // guessed ones (partial, abbreviated, typo), the best alone, or the alternative that has the asked years.
  const exact = fitting.some((m) => m.how === "alias");
  // Sure guesses joined as a list (知クラと総合的産学官の主管課) are each asked, as exact names would be.
  const listed = exact ? [] : joinedGuesses(query, fitting);
  if (listed.length >= 2) return listed.map((m) => m.entity);
  const guessed = exact
    ? fitting.map((m) => (m.how === "alias" ? withYearsOfSameName(query, deps, m) : m.entity))
    : [...fitting]
        .sort((a, b) => b.score - a.score)
        .slice(0, 1)
        .map((m) => ofPreviousPart(query, m) ?? withAskedYears(query, deps, m));
  // A program named with one of its phases (知クラ第II期) means the phase; named beside it as another noun
  // (承認TLOの数と特許出願数、両方) it is asked too.
  const mentionOf = (e: Entity) => fitting.find((m) => m.entity === e);
  const joined = (a: Entity, b: Entity) => {
    const [x, y] = [mentionOf(a), mentionOf(b)].sort((p, q) => (p?.start ?? 0) - (q?.start ?? 0));
    return Boolean(x && y && COORDINATED.test(query.match.slice(x.end, y.start)));
  };
  const named = guessed.filter((e) => !guessed.some((child) => child.parent === e.id && !joined(e, child)));
  if (named.length > 0) return named;
  const previous = query.previous?.subject ? deps.kb.entities.get(query.previous.subject) : undefined;
  // Or its parent, when the question asks what only the parent has (…のポートフォリオ数と、25年度当初予算).
  const parent = previous?.parent ? deps.kb.entities.get(previous.parent) : undefined;
  const asked =
    previous && (types.length === 0 || types.includes(previous.type))
      ? previous
      : parent && types.includes(parent.type)
        ? parent
        : undefined;
  if (previous && asked && query.mentions.length === 0 && (!query.leftover || query.samePart)) {
    const sibling = query.samePart ? countedSibling(deps.kb, deps.lexicon, query.match, previous) : undefined;
    // (Its program is what the reading asks of, its indicator in that unit what counts it.)
    if (sibling) return [sibling];
    return [asked === previous ? (scopedParent(query, deps, previous) ?? previous) : asked];
  }
  return [];
}

/**
 * The part before's subject's parent, when the question names one of the parent's figures by its scope
 * (技術相談件数と、そこから共同研究になった件数: the coordinators' 大学等と企業の共同研究に至ったもの).
 */
function scopedParent(query: Query, deps: Deps, previous: Entity): Entity | undefined {
  const parent = previous.parent ? deps.kb.entities.get(previous.parent) : undefined;
  if (!parent || !query.samePart) return undefined;
  const own = deps.kb.facts.filter((f) => f.subject === parent.id && f.scope);
  return narrowByParaphrasedScope(query.match, own).length < own.length ? parent : undefined;
}

/**
 * Ask back (clarify) with up to six candidates, or, when the question names something the documents
 * do not have, say so (not_found) and offer the same candidates as what can be asked instead.
 */
export function askWhich(query: Query, candidates: Entity[]): Draft {
  const { lang, intent } = query;
  // Only a word the documents never use makes it "not in the documents"; words they do use (達成, 見たい)
  // around a question that names no subject leave it a question to ask back about.
  const unexplained = [...new Set([...query.unknownWords, ...query.ownNames])];
  const found = unexplained.length === 0 && candidates.length > 0;
  // (A program given in phases whose phases are offered is no option of its own: asked, it would be asked back.)
  const phased = (e: Entity) => candidates.filter((c) => c.parent === e.id && c.type === e.type).length >= 2;
  const options = candidates
    .filter((e) => !phased(e))
    .slice(0, 6)
    .map((entity) => ({
      label: optionLabel(entityName(entity, lang)),
      question: optionQuestion(query, shortEntityName(entity, lang), found),
    }));
  if (found)
    return { status: "clarify", summary: intent?.clarify?.[lang] ?? say(lang, "どれについてですか？", "Which one do you mean?"), options };
  const words = unexplained.map((w) => asTyped(query.text, w)).join(" ");
  const what = words ? say(lang, `「${words}」`, `"${words}"`) : say(lang, "お尋ねの対象", "what you asked about");
  return {
    status: "not_found",
    summary: say(
      lang,
      `${what}は、資料（文部科学省の文書）には見当たりません。`,
      `I could not find ${what} in the documents (MEXT documents).`,
    ),
    lines: options.length ? [say(lang, "次のような質問なら答えられます:", "You can ask, for example:")] : [],
    options,
  };
}

/** A word as the user typed it (NEDO, not the matching form nedo). */
function asTyped(text: string, word: string): string {
  const at = text.toLowerCase().indexOf(word);
  return at >= 0 ? text.slice(at, at + word.length) : word;
}

/**
 * A name that is another subject's name in part (共同研究件数 of 国立大学等の共同研究件数) and has no figures for the
 * asked years: the one subject whose names hold it and that has figures for every asked year.
 */
function withYearsOfSameName(query: Query, deps: Deps, mention: Query["mentions"][number]): Entity {
  const years = [...new Set(query.years.years.map((y) => y.fiscalYear))];
  const covers = (e: Entity) => years.every((y) => deps.kb.facts.some((f) => f.subject === e.id && f.fiscalYear === y));
  if (years.length === 0 || covers(mention.entity)) return mention.entity;
  const typed = mention.text.normalize("NFKC").toLowerCase();
  const holders = [...deps.kb.entities.values()].filter(
    (e) => e !== mention.entity && [e.name, ...e.aliases].some((n) => n.normalize("NFKC").toLowerCase().includes(typed)) && covers(e),
  );
  return holders.length === 1 ? holders[0]! : mention.entity;
}

/** Of the entities a guessed name fits equally, the one of the part before's subject (…の予算と、初年度の特許出願件数). */
export function ofPreviousPart(query: Query, mention: Query["mentions"][number]): Entity | undefined {
  const previous = query.samePart ? query.previous?.subject : undefined;
  if (!previous) return undefined;
  const own = [mention.entity, ...(mention.close ?? [])].filter((e) => e.id === previous || e.parent === previous);
  return own.length === 1 ? own[0] : undefined;
}

/** A guessed name shared by several entities (共同研究): the one that has figures for the asked years. */
function withAskedYears(query: Query, deps: Deps, mention: Query["mentions"][number]): Entity {
  const years = query.years.years.map((y) => y.fiscalYear);
  if (years.length === 0 || !mention.alternatives?.length) return mention.entity;
  const has = (e: Entity) => years.filter((y) => deps.kb.facts.some((f) => f.subject === e.id && f.fiscalYear === y)).length;
  const all = [mention.entity, ...mention.alternatives];
  // Every asked year, else the most of them (2011 actual vs the 2013 target: the one with 2011), else the guess.
  return all.find((e) => has(e) === years.length) ?? [...all].sort((a, b) => has(b) - has(a)).find((e) => has(e) > 0) ?? mention.entity;
}

/**
 * The question an option asks: the user's own question with the subject put first when it names a year or a kind
 * (24年度の補正後予算額は？ → A-STEPの24年度の補正後予算額は？), so picking it keeps what was asked; else the intent's.
 * @example optionQuestion(understand("24年度の補正後予算額は？"), "A-STEP", true) // "A-STEPの24年度の補正後予算額は？"
 */
function optionQuestion(query: Query, name: string, ownWords: boolean): string {
  // (A question left starting with a particle, の施策目標は？ once H24の評価書 is read as its document, joins by that.)
  const own = query.text.trim().replace(/^[のはがを、,]\s*/u, "");
  // Only a short name before a short question reads as one question; a which-question (どの対象？) or an
  // 80-character indicator name glued to it does not, and the intent's own wording is used instead.
  // (Nor one with words of its own for the subject, IUC HQs - latest actual vs the target?: another name is no
  // answer to them.)
  const readable = own.length <= 40 && name.length <= 30 && !/どの|どれ|which/i.test(own) && !query.leftover.trim();
  if (ownWords && readable && (query.years.years.length > 0 || query.qualifiers.length > 0)) {
    // The name joins the question in its own language: 「A-STEPの24年度…」, "A-STEP: budget in FY2012?".
    return query.lang === "ja" ? `${name}の${own}` : `${name}: ${own}`;
  }
  return (query.intent?.option?.[query.lang] ?? "{name}").replace("{name}", name);
}

/** A guess this sure (an abbreviation with one reading, 知クラ) may stand in a list of subjects. */
const SURE_GUESS = 0.75;

/**
 * The guessed subjects of a list (知クラと総合的産学官): two or more sure guesses of different entities, each joined
 * to the next by と, や or a comma.
 * @example joinedGuesses(understand("知クラと総合的産学官 主管課"), mentions).length // 2
 */
function joinedGuesses(query: Query, fitting: Query["mentions"]): Query["mentions"] {
  const sure = fitting.filter((m) => m.score >= SURE_GUESS).sort((a, b) => a.start - b.start);
  if (sure.length < 2 || new Set(sure.map((m) => m.entity.id)).size !== sure.length) return [];
  const joined = sure.every((m, i) => i === 0 || COORDINATED.test(query.match.slice(sure[i - 1]!.end, m.start)));
  return joined ? sure : [];
}
