/**
 * Chooses the intent of a question from data: trigger words (longer matches weigh more), whether the
 * question names a subject of a kind the intent takes, and whether it gives a year the intent needs.
 */
import type { Intent } from "./intent-schema.js";
import type { Mention } from "./resolve-entities.js";
import type { EntityType } from "../knowledge/schema.js";
import { indexByFirstPair, wordsIn, type FirstPairIndex } from "./match/first-pair-index.js";
import { escapeRegExp } from "./match/mention.js";

export type IntentChoice = { intent: Intent; score: number; triggers: string[] };

/** Below this a trigger match is too weak to decide on its own. */
export const MIN_INTENT_SCORE = 1;

/**
 * Scores every intent and returns the best, or undefined when no intent fits.
 * @example detectIntent(intents, "都市エリアの予算は?", mentions, 0)?.intent.name // "budget"
 */
export function detectIntent(
  intents: Intent[],
  matchText: string,
  mentions: Mention[],
  yearCount: number,
  previousType?: EntityType | EntityType[],
): IntentChoice | undefined {
  const best = scoreIntents(intents, matchText, mentions, yearCount, previousType)[0];
  return best && best.score >= MIN_INTENT_SCORE ? best : undefined;
}

/**
 * Every intent with its score from the question's words and named subjects, best first: the candidate readings.
 * @example scoreIntents(intents, "都市エリアの予算は?", mentions, 0)[0].intent.name // "budget"
 */
export function scoreIntents(
  intents: Intent[],
  matchText: string,
  mentions: Mention[],
  yearCount: number,
  previousType?: EntityType | EntityType[],
  /** Words that only say how to show an answer (一覧, リスト): never the head a word before them modifies. */
  stopwords: ReadonlySet<string> = new Set(),
): IntentChoice[] {
  const hasYear = yearCount > 0;
  // Only a measured thing as the head (the indicator of 京都クラスターの特許出願件数) decides: a program or field
  // named last (ナノ分野の知的クラスター) is used as a kind of subject, as before.
  const last = [...mentions].sort((a, b) => b.end - a.end)[0]?.entity.type;
  const head = last === "indicator" || last === "topic" ? last : undefined;
  const types = new Set<EntityType>(mentions.map((m) => m.entity.type));
  // The subject asked before, and its parent's kind (a later part may ask the program of an indicator answered).
  const previousTypes = previousType === undefined ? [] : [previousType].flat();
  if (types.size === 0) for (const t of previousTypes) types.add(t);
  // A guessed piece many names share (産学官連携 of four programs) does not make a question word fit its kind.
  const sure = mentions.filter((m) => m.how === "alias" || (m.alternatives?.length ?? 0) < 2);
  const fitting = sure.length || mentions.length === 0 ? new Set<EntityType>(sure.map((m) => m.entity.type)) : new Set<EntityType>();
  if (fitting.size === 0 && mentions.length === 0) for (const t of previousTypes) fitting.add(t);
  // A trigger word that is part of a named entity's full name (開始 in …支援開始から５年…の割合) is the name's, not the question's.
  const fullNames = mentions.map((m) => m.entity.name.normalize("NFKC").toLowerCase()).join("|");
  // Overlapping words of different intents are resolved once, over all of them: in って何か所, 何か所 (a count)
  // is the word of the question and って何 (describe) is not.
  const all = allTriggers(intents);
  const present = triggersIn(all, matchText);
  const kept = new Set(findTriggers(all, matchText, mentions, present));
  // Each intent's triggers are a run of that list: its own positions are those found there, shifted (one search
  // of the question instead of one per intent; most intents have none).
  let from = 0;
  const scored = intents.map((intent) => {
    const to = from + intent.triggers.length;
    const own = present.filter((i) => i >= from && i < to).map((i) => i - from);
    from = to;
    const triggers = own.length
      ? findTriggers(intent.triggers, matchText, mentions, own).filter((t) => kept.has(t) && !fullNames.includes(t))
      : [];
    // The longest trigger decides, more triggers only add a little: "件数" + "何件" must not outweigh "増えた".
    let score = triggers.length ? Math.max(...triggers.map(triggerWeight)) + 0.5 * (triggers.length - 1) : 0;
    const fits = intent.subjectTypes.some((t) => fitting.has(t));
    // A name alone reads as a question about its kind; of two names (京都クラスターの特許出願件数) an indicator
    // named last is the head of the phrase, what is asked, and its kind's reading goes first.
    if (score === 0 && intent.fallbackFor.some((t) => types.has(t))) score = 1.5 + (head && intent.fallbackFor.includes(head) ? 0.2 : 0);
    if (score > 0 && fits) score += 3;
    if (score > 0 && intent.subjectTypes.length > 0 && fitting.size > 0 && !fits) score *= 0.3;
    // (Of guessed names only, none of a kind the reading takes, the reading counts half: a guess is no subject.)
    else if (
      score > 0 &&
      intent.subjectTypes.length > 0 &&
      fitting.size === 0 &&
      mentions.length > 0 &&
      !intent.subjectTypes.some((t) => types.has(t))
    )
      score *= 0.5;
    // (Not when the only names are guessed pieces many share and the word is their head, 産学官連携の法律は, laws on
    // industry-academia collaboration: nothing else is surely asked.)
    const headOfGuess = sure.length === 0 && triggers.some((t) => mentions.some((m) => modifiedBy(matchText, t, m)));
    if (intent.needsYear && !hasYear && !headOfGuess) score *= 0.2;
    if (intent.notWith.some((t) => types.has(t))) score *= 0.3;
    // Two years and a change word: the question compares them, whatever value words it also has.
    if (intent.shape === "difference" && yearCount === 2 && score > 0) score += 2;
    return { intent, score, triggers };
  });
  // A reading whose every word modifies another reading's noun after it (試行地域への支援額): Japanese puts what is
  // asked last, so the later noun's reading is the question's. (A question word after って, 参加機関ってどこ, asks
  // of the word before it.)
  const heads = scored.filter((s) => s.triggers.length > 0);
  for (const s of heads) {
    const others = heads.filter((o) => o !== s && o.intent.shape !== s.intent.shape).flatMap((o) => o.triggers);
    if (others.length && s.triggers.every((t) => modifiesLater(matchText, t, others, stopwords))) s.score *= 0.5;
  }
  // A series word that is only the verb of another reading's noun of things listed by name (法律を並べて: laws have
  // no figures to put in a series): that noun is what is asked, the verb only how to show it.
  for (const s of heads.filter((h) => h.intent.shape === "series")) {
    const named = heads.filter((o) => NAMED_LISTS.has(o.intent.shape)).flatMap((o) => o.triggers);
    if (named.length && s.triggers.every((t) => named.some((o) => showsAs(matchText, o, t)))) s.score *= 0.3;
  }
  // Three years or more and a change word (23年度→24年度→25年度でどう変わった): the change over them is a series.
  const change = scored.find((s) => s.intent.shape === "difference" && s.score > 0);
  const series = scored.find((s) => s.intent.shape === "series");
  if (yearCount >= 3 && change && series && series.score <= change.score)
    Object.assign(series, { score: change.score + 0.5, triggers: change.triggers });
  scored.sort((a, b) => b.score - a.score || b.intent.priority - a.intent.priority);
  return scored;
}

/**
 * How much a trigger says: a longer word more (up to six characters), a sign (→, ⇒) as much as the longest word,
 * since it means one thing whatever its length (2007→2008: a change).
 * @example triggerWeight("→") // 6
 */
function triggerWeight(trigger: string): number {
  return /^[^\p{L}\p{N}]+$/u.test(trigger) ? 6 : Math.min(trigger.length, 6);
}

/**
 * Whether a name modifies a noun: before it with の or a word of relation (産学官連携の法律, 産学官連携関連の法律), or
 * after it in English with a preposition (laws on industry-academia collaboration).
 * @example modifiedBy("産学官連携の法律は?", "法律", mention("産学官連携")) // true
 */
function modifiedBy(matchText: string, noun: string, m: Mention): boolean {
  const before = matchText.slice(m.end, m.end + 8);
  const after = matchText.slice(0, m.start);
  return (
    new RegExp(`^(?:の|に関する|に関係する|関連の|関係の)${escapeRegExp(noun)}`, "u").test(before) ||
    new RegExp(`\\b${escapeRegExp(noun)}\\s+(?:on|of|about|concerning|related to)\\s+(?:the\\s+)?$`, "u").test(after)
  );
}

/**
 * Whether a verb of showing follows a noun's を, a few characters of how between them (法律を年表で, 法律を並べて).
 * @example showsAs("産学官連携の法律を年表で", "法律", "表で") // true
 */
function showsAs(matchText: string, noun: string, verb: string): boolean {
  const at = matchText.indexOf(`${noun}を`);
  if (at < 0) return false;
  const after = matchText.slice(at + noun.length + 1);
  const to = after.indexOf(verb);
  return to >= 0 && to <= 3 && !/[、。,?？]/u.test(after.slice(0, to));
}

/** Shapes that list things by name (laws of a span, regions, a policy's programs), never figures by year. */
export const NAMED_LISTS = new Set(["laws-in-year", "regions", "attribute"]);

/** Joins after which a noun modifies the noun that follows: の, への, での; で and では of a place (20年度予算案で…の事業). */
const MODIFIER_JOIN = /^(?:への|での|からの|の|では|で(?=[\p{Script=Han}\p{Script=Katakana}]))/u;

/**
 * Whether the word stands before a join and another reading's word follows it within the clause
 * (試行地域への支援額: 試行地域 modifies 支援額).
 */
function modifiesLater(matchText: string, word: string, later: string[], stopwords: ReadonlySet<string>): boolean {
  const at = matchText.indexOf(word);
  if (at < 0) return false;
  const rest = matchText.slice(at + word.length);
  const join = MODIFIER_JOIN.exec(rest);
  if (!join) return false;
  const clause = rest.slice(join[0].length).split(/[、。?？!！,]/u)[0] ?? "";
  // (A noun that only says how to show it, 一覧 or リスト, is a stop word: no head.)
  const nouns = later.filter((w) => /^[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(w) && !/^何/u.test(w) && !stopwords.has(w));
  return nouns.some((w) => clause.slice(0, 16).includes(w));
}

/**
 * Trigger words found in the question, not overlapping entity names (エリアは in 都市エリアは), longest first and without overlaps.
 * `candidates`: the positions in `triggers` that may hit, when the caller has them already (scoreIntents).
 * @example findTriggers(["予算", "推移"], "都市エリアの予算は?", []) // ["予算"]
 */
export function findTriggers(
  triggers: string[],
  matchText: string,
  mentions: Mention[],
  candidates = triggersIn(triggers, matchText),
): string[] {
  const hits: Hit[] = [];
  // The word as written is in every hit: most of the triggers are not in the question at all.
  for (const i of candidates) hits.push(...hitsOf(triggers[i]!, matchText, mentions));
  if (hits.length === 0) return [];
  // Words are compared by their core, without the particles around it (目標は → 目標, って何 → 何): a word whose
  // core lies inside another's is part of that word. In 達成目標は the goal (達成目標) is asked, not 目標は; in って何件
  // the counter (何件) is asked, not って何 (describe).
  const inside = (h: Hit, o: Hit) =>
    o !== h &&
    o.coreStart <= h.coreStart &&
    o.coreEnd >= h.coreEnd &&
    (o.coreEnd - o.coreStart > h.coreEnd - h.coreStart || o.word.length > h.word.length);
  const whole = hits.filter((h) => !hits.some((o) => inside(h, o)));
  // Of words that still overlap, the longer core wins; of two as long, the one that ends later (a question ends on its head word).
  whole.sort((a, b) => b.coreEnd - b.coreStart - (a.coreEnd - a.coreStart) || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of whole) if (!kept.some((k) => hit.start < k.end && hit.end > k.start)) kept.push(hit);
  return [...new Set(kept.map((k) => k.word))];
}

const NUMBERED_PLACE = /^[0-9①-⑳]{1,2}(?:の|で|に|は|から)/u;
const CJK_WORD = /^[\p{Script=Han}\p{Script=Katakana}ー]{3,}$/u;

type Hit = { word: string; start: number; end: number; coreStart: number; coreEnd: number };

/**
 * A trigger as searched: its normal form and, for a Latin word, the pattern that finds it at a word's start;
 * for a spread trigger (一番...多), the pattern of its parts, compiled once instead of on every question.
 */
type Compiled = { word: string; re: RegExp | undefined; spread: RegExp | undefined };
const compiled = new Map<string, Compiled>();
/** Hits of each trigger in the question being read: every intent's scoring looks up the same triggers again. */
let hitCache: { matchText: string; mentions: Mention[]; hits: Map<string, Hit[]> } | undefined;

/** Where one trigger occurs outside named entities; computed once per question and trigger. */
function hitsOf(trigger: string, matchText: string, mentions: Mention[]): Hit[] {
  if (hitCache?.matchText !== matchText || hitCache.mentions !== mentions) hitCache = { matchText, mentions, hits: new Map() };
  const known = hitCache.hits.get(trigger);
  if (known) return known;
  const { word, re, spread } = compile(trigger);
  const hits: Hit[] = [];
  if (spread) hits.push(...findSpread(word, spread, matchText, mentions));
  // Every pattern holds its word as written: a question without the word has no hit (most questions, most words).
  else if (matchText.includes(word)) {
    if (re) re.lastIndex = 0;
    const next = (from: number) => (re ? (re.exec(matchText)?.index ?? -1) : matchText.indexOf(word, from));
    for (let at = next(0); at >= 0; at = next(at + 1)) {
      const end = at + word.length;
      // A numbered heading used as a place (達成目標1の達成手段, 成果指標②の…) names where to look, not what is asked.
      if (NUMBERED_PLACE.test(matchText.slice(end))) continue;
      // (A compound that begins in a name's last word and runs past it, 施策目標 after 事後評価の施策, is the
      // question's word: the name ends where the compound begins.)
      const straddles = (m: Mention) => at > m.start && end > m.end && CJK_WORD.test(word);
      if (!mentions.some((m) => at < m.end && end > m.start && !straddles(m))) hits.push(withCore(word, at, end));
    }
  }
  hitCache.hits.set(trigger, hits);
  return hits;
}

/** Every intent's triggers in one list, made once per list of intents (scoring reads them on every question). */
const triggerLists = new WeakMap<Intent[], string[]>();
function allTriggers(intents: Intent[]): string[] {
  let all = triggerLists.get(intents);
  if (!all) triggerLists.set(intents, (all = intents.flatMap((i) => i.triggers)));
  return all;
}

/** The compiled form of each trigger of a list (an intent's, a lexicon class's), looked up once per list. */
const compiledLists = new WeakMap<string[], Compiled[]>();
function compileAll(triggers: string[]): Compiled[] {
  let all = compiledLists.get(triggers);
  if (all?.length !== triggers.length) compiledLists.set(triggers, (all = triggers.map(compile)));
  return all;
}

/** A list's words by their first two characters, and the triggers that index cannot find (spread, one character). */
type ListIndex = { pairs: FirstPairIndex; others: number[]; length: number };
const listIndexes = new WeakMap<string[], ListIndex>();

/**
 * The positions in `triggers`, ascending, of those that may hit: spread triggers, and the others whose word occurs
 * in the question as written (found by their first two characters, not by an indexOf per trigger).
 */
function triggersIn(triggers: string[], matchText: string): number[] {
  const words = compileAll(triggers);
  let index = listIndexes.get(triggers);
  if (index?.length !== triggers.length) {
    const searched = (w: Compiled) => !w.spread && w.word.length >= 2;
    const others = words.flatMap((w, i) => (searched(w) ? [] : [i]));
    listIndexes.set(
      triggers,
      (index = { pairs: indexByFirstPair(words.map((w) => (searched(w) ? w.word : ""))), others, length: triggers.length }),
    );
  }
  const found = wordsIn(index.pairs, matchText);
  const more = index.others.filter((i) => words[i]!.spread || matchText.includes(words[i]!.word));
  return more.length ? [...found, ...more].sort((a, b) => a - b) : found;
}

function compile(trigger: string): Compiled {
  let found = compiled.get(trigger);
  if (!found) {
    const word = trigger.normalize("NFKC").toLowerCase();
    const ascii = /^[\x20-\x7e]+$/.test(word) && !word.includes("...");
    // A Latin word whole or with an inflection (increase, increased), never the start of another (min of minister).
    // (A sign, %, has no word to be part of: it is found wherever it is typed.)
    const latin = (w: string) =>
      /^[a-z]/.test(w) || /[a-z]$/.test(w)
        ? `(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:s|es|d|ed|ing|ly)?(?![a-z])`
        : w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // One shape for all three kinds (V8 deopted findTriggers and triggersIn on a "wrong map" with three).
    const re = ascii ? new RegExp(latin(word), "g") : undefined;
    found = { word, re, spread: !ascii && word.includes("...") ? spreadPattern(word) : undefined };
    compiled.set(trigger, found);
  }
  return found;
}

const PARTICLES_BEFORE = /^(?:って|とは)(?=.)/;
const PARTICLES_AFTER = /(?<=.)(?:は|が|を|も|って)$/;

/** A hit with the span of its core: the word without the particles around it. */
function withCore(word: string, start: number, end: number): Hit {
  const lead = word.match(PARTICLES_BEFORE)?.[0].length ?? 0;
  const trail = word.slice(lead).match(PARTICLES_AFTER)?.[0].length ?? 0;
  return { word, start, end, coreStart: start + lead, coreEnd: end - trail };
}

/**
 * The parts of a spread trigger, each captured, with a few words between them; Latin parts are whole words
 * with a few more letters between (each...region: each City Area region).
 */
function spreadPattern(word: string): RegExp {
  const parts = word.split("...").filter(Boolean);
  const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (/^[\x20-\x7e]+$/.test(word)) return new RegExp(parts.map((p) => `(?<![a-z])(${escape(p)})(?:s|es)?(?![a-z])`).join(LATIN_GAP), "d");
  return new RegExp(parts.map((p) => `(${escape(p)})`).join(GAP), "d");
}

/** Words between the parts of a spread trigger: a few, within one clause, no punctuation but a number's own (17,000件). */
const GAP = "(?:[^?!。、,.]|(?<=[0-9])[,.](?=[0-9])){1,12}?";
/** The same for Latin words: some eight words, within one clause (how close was 2011 joint research to the 2013
 * target); a Japanese name between needs no spaces (what do産学官連携コーディネーターdo: the match text drops them).
 * (Counted in characters, not words: a pattern of optional spaces and words would backtrack on long text.) */
const LATIN_GAP = "[^?!.,]{0,60}?";

/**
 * A trigger written with "…" (一番…多) matches its parts with a few words between them (一番予算が多い);
 * each part is a hit of its own, so the words between stay free to be other triggers (予算).
 */
function findSpread(word: string, re: RegExp, matchText: string, mentions: Mention[]): Hit[] {
  const m = re.exec(matchText);
  if (!m?.indices) return [];
  const anchors = m.indices
    .slice(1)
    .filter((x): x is [number, number] => x !== undefined)
    .map(([start, end]) => withCore(word, start, end));
  return anchors.some((a) => mentions.some((x) => a.start < x.end && a.end > x.start)) ? [] : anchors;
}
