/**
 * Descriptive answers by aspect: the definition of a term for "what is", the passage that states the asked
 * aspect (必要性, 課題, 評価…) of the subject, or a clear not_found that lists what can be asked instead.
 */
import type { Entity } from "../../knowledge/load-knowledge.js";
import { normalizeForMatch } from "../../knowledge/normalize-text.js";
import { contentBigrams } from "../../search/section-index.js";
import { entityName, say, withDescendants, type Deps, type Draft } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import { findTriggers } from "../detect-intent.js";
import { findAspectPassage, type AspectAsk, type Passage } from "./by-aspect.js";
import { findDefinition } from "./definition.js";
import { citeUnits, focusOn, isList, joinProse, shownLines } from "./render-passage.js";
import { namesAnotherOfItsKind } from "./another-subject.js";
import { findDatedPassage, datedYears } from "./dated-passage.js";
import { sectionUnits } from "./section-units.js";

/**
 * "What is X": the sentence that defines X as the question writes it, when the documents have one.
 * @example answerDefinition(understand("「知的クラスター」ってそもそも何？"), deps)?.lines?.[0] // "「知的クラスター」とは、…"
 */
export function answerDefinition(query: Query, deps: Deps, subject: Entity | undefined): Draft | undefined {
  // (A sure partial match names the subject in English only: Japanese typed in part is searched as typed.)
  const exact = query.mentions
    .filter((m) => m.entity === subject && (m.how === "alias" || (query.lang === "en" && namesSurely(m))))
    .map((m) => normal(deps, m.text));
  // The term asked about is the words before とは or って (「共創の場」ってどういうもの？, 知的クラスター本部とは);
  // without them, the subject when the question asks nothing more (スーパー産学官連携本部はどういうものですか).
  // (The って that asks, before なに or 何: not the one of 言ってる in 成果グラフで言ってる文科省の4事業ってなに.)
  const asking = [...query.text.matchAll(/(?:とは|って)(?=\s*(?:なに|何|どう|どんな|どれ|具体的|[?？]|$))/gu)].pop();
  const before = (/[「『]([^」』]{2,40})[」』]\s*(?:とは|って)/u.exec(query.text) ??
    (asking
      ? /^[「『]?(.{2,40}?)[」』]?\s*(?:とは|って)$/u.exec(query.text.slice(0, asking.index + asking[0].length))
      : /^[「『]?(.{2,30}?)[」』]?\s*(?:とは|って)/u.exec(query.text)))?.[1];
  // In the documents' words (文科省 → 文部科学省), as their definitions write the term.
  const term = before ? normal(deps, asDocumentsWrite(deps, before)) : undefined;
  // Two subjects (知的クラスターと産業クラスターの関係) ask how they relate, not what one of them is.
  const subjects = new Set(query.mentions.map((m) => m.entity.id));
  if (subjects.size > 1 || (!term && (query.leftover || exact.length === 0))) return undefined;
  const names = term ? [term, ...(exact.includes(term) ? [normal(deps, subject!.name)] : [])] : [...exact, normal(deps, subject!.name)];
  const sections = sectionUnits(deps.kb);
  // A term with words before it (グラフにある「文部科学省が実施する4事業」): the longest tail defined is the term.
  const found = findDefinition(sections, [...new Set(names)]) ?? (term ? definedTail(sections, term) : undefined);
  // The subject is named as what is defined only when the question names it exactly in the term.
  const ofSubject = !term || exact.some((n) => term.includes(n));
  return found && passageDraft(query, found, ofSubject ? subject : undefined);
}

/**
 * The definition of the longest tail of a term that starts after a particle or an opening quote and still ends
 * in its head noun (の4事業 → 4事業), three characters at least.
 * @example definedTail(sections, "グラフにある文科省の4事業")?.focus // "4事業とは"
 */
function definedTail(sections: ReturnType<typeof sectionUnits>, term: string): Passage | undefined {
  const cuts = [...term.matchAll(/(?:の|にある|で|が|「|『|、|する|した|される|された)/gu)].map((m) => m.index + m[0].length);
  for (const at of cuts) {
    const tail = term.slice(at).replace(/[」』]/gu, "");
    if (tail.length < 3) continue;
    const found = findDefinition(sections, [tail]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The passage stating the asked aspect of the subject (or of the question's own words), or not_found.
 * @example answerAspect(understand("総合的産学官連携推進事業はなぜ必要なのですか"), deps, subject, "necessity").status // "answered"
 */
export function answerAspect(query: Query, deps: Deps, subject: Entity | undefined, aspectId: string): Draft {
  const ask = askFor(query, deps, subject, aspectId);
  const sections = sectionUnits(deps.kb);
  // A subject read from part of a word (地域科学技術 of 地域科学技術関係施策) may be the wrong one: when no
  // passage of it answers, the question's own words may still name the passage.
  // So may a name typed in a word many names share (クラスター形成に向けた課題: クラスター of 知的クラスター).
  const typed = query.mentions.find((m) => m.entity === subject);
  const common = typed !== undefined && isCommonWord(deps, subject!, normal(deps, typed.text));
  const partial = ask.strict && (!query.mentions.some((m) => m.entity === subject && m.how === "alias") || common);
  // Of one year (初年度の評価): the sentence dated to it, before any section of the aspect at large.
  const strictly = findDatedPassage(sections, ask, datedYears(query, deps, subject)) ?? findAspectPassage(sections, ask);
  const loose = !strictly && partial ? findAspectPassage(sections, askFor(query, deps, undefined, aspectId)) : undefined;
  // The question's own words may name a passage of another program (実施地域 of 知的クラスター's section for 都市エリア):
  // that one answers for something else, and is no answer.
  const found = strictly ?? (loose && subject && namesAnotherOfItsKind(deps, subject, loose.where.context) ? undefined : loose);
  // A guessed subject (産学連携 → 産学官連携コーディネーター) is not named as what the passage is about.
  const named = ask.strict && (strictly || !found) ? subject : undefined;
  if (found) return passageDraft(query, found, named, aspectId, deps);
  // Two subjects related (知的クラスターと都市エリアの関係) with no passage of the aspect naming both: the sentence that
  // names both says how they stand to each other.
  const both = ask.other?.length ? sentenceNamingBoth(sections, ask.names, ask.other) : undefined;
  return both ? passageDraft(query, both, undefined, undefined, deps) : aspectNotFound(query, deps, named, aspectId);
}

/** The first sentence of the documents that names one of each list of names. */
function sentenceNamingBoth(sections: ReturnType<typeof sectionUnits>, names: string[], other: string[]): Passage | undefined {
  for (const where of sections) {
    const at = where.match.findIndex((m) => names.some((n) => m.includes(n)) && other.some((n) => m.includes(n)) && m.length > 20);
    if (at >= 0) return { where, units: [where.units[at]!] };
  }
  return undefined;
}

/** A name inside this many other entities' names is a common word, not the subject's name. */
const GENERIC = 3;

/**
 * A word many names hold: a short word (クラスター, five characters at most) in several other names, its own
 * regions' too (札幌クラスター); a longer one (地域イノベーション戦略支援プログラム) only in names outside its family.
 */
function isCommonWord(deps: Deps, subject: Entity, word: string): boolean {
  const family = word.length <= 5 ? new Set([subject.id]) : withDescendants(deps.kb, subject.id);
  const holders = [...deps.kb.entities.values()].filter(
    (e) => !family.has(e.id) && [e.name, ...e.aliases].some((n) => normal(deps, n).includes(word)),
  );
  return holders.length >= GENERIC;
}

/**
 * The subject's names that identify it in a text: not a word inside several other entities' names (クラスター is
 * in 札幌クラスター, 産業クラスター計画…), counting no entity that is a part of the subject (its phase).
 */
function identifyingNames(deps: Deps, subject: Entity): string[] {
  const family = withDescendants(deps.kb, subject.id);
  const others = [...deps.kb.entities.values()]
    .filter((e) => !family.has(e.id) && !family.has(e.parent ?? ""))
    .flatMap((e) => [e.name, ...e.aliases])
    .map((n) => normal(deps, n));
  const own = [subject.name, ...subject.aliases].map((n) => normal(deps, n)).filter((n) => n.length >= 2);
  // The subject's own long name identifies it even inside others' names (産学官連携コーディネーター支援機関数).
  const full = normal(deps, subject.name);
  const specific = own.filter((n) => (n === full && n.length >= 8) || others.filter((o) => o !== n && o.includes(n)).length < GENERIC);
  return specific.length ? specific : own;
}

/** A partial match this sure (an abbreviation with one reading) names the subject as well as its name. */
const SURE = 0.75;

/**
 * A mention that names its entity: one of its names, or a partial match as sure as an abbreviation with one
 * reading ("the super UIC headquarters" for スーパー産学官連携本部).
 * @example namesSurely({ how: "partial", score: 0.9 }) // true
 */
export function namesSurely(mention: { how: string; score: number }): boolean {
  return mention.how === "alias" || mention.score >= SURE;
}

const describeTriggers = new WeakMap<object, Set<string>>();

/** The describe readings' trigger words, normalized, once per list of intents. */
function describeWords(deps: Deps): Set<string> {
  let words = describeTriggers.get(deps.intents);
  if (!words) {
    words = new Set(deps.intents.filter((i) => i.shape === "describe").flatMap((i) => i.triggers.map((t) => normal(deps, t))));
    describeTriggers.set(deps.intents, words);
  }
  return words;
}

export function askFor(query: Query, deps: Deps, subject: Entity | undefined, aspectId: string): AspectAsk {
  // Named by one of its names or a sure abbreviation (知クラ); a weaker guess does not restrict the search.
  const exactly = query.mentions.some((m) => m.entity === subject && namesSurely(m));
  const names = subject ? identifyingNames(deps, subject) : [];
  // What is asked beyond the subject and the aspect, read from the question itself (少なくなる keeps 少な,
  // 技術分野 keeps 技術): an exactly named subject and every aspect cue and longer stop word blanked out.
  let text = query.match;
  for (const m of query.mentions.filter((x) => exactly && x.entity === subject)) {
    text = text.slice(0, m.start) + " ".repeat(m.end - m.start) + text.slice(m.end);
  }
  // Years too (16年度要求の説明): they say which document or figure, not which sentence of the aspect's section.
  for (const y of query.years.years) text = text.split(y.text.normalize("NFKC").toLowerCase()).join(" ");
  const rest = blanksOf(deps).reduce((t, w) => t.split(w).join(" "), normal(deps, asDocumentsWrite(deps, text)));
  // A piece that starts with a particle (の中 of の中間) is not a word of the question.
  const words = contentBigrams(rest).filter((b) => isContent(b) && !/^\p{Script=Hiragana}/u.test(b));
  const guess = exactly ? undefined : query.mentions.find((m) => m.how !== "alias")?.text;
  const aspect = deps.lexicon.aspects[aspectId]!;
  const typed = aspect.cues.map((c) => normal(deps, c)).filter((c) => query.match.includes(c));
  // A second subject named exactly, when the aspect relates two (連携, 関係): the passage must name both.
  const second = aspect.relates
    ? query.mentions.find(
        (m) => m.how === "alias" && subject && m.entity.id !== subject.id && !withDescendants(deps.kb, subject.id).has(m.entity.id),
      )
    : undefined;
  return {
    ...(second ? { other: identifyingNames(deps, second.entity) } : {}),
    aspect,
    names: exactly ? names : [],
    strict: Boolean(exactly),
    words,
    term: guess && normal(deps, guess),
    typed,
    question: normal(deps, query.match),
    // (List words that are not the description's own, って何 or what are: those ask what it is, not its list.)
    listed: findTriggers(deps.lexicon.cues.listAsked, query.match, query.mentions).some((w) => !describeWords(deps).has(w)),
  };
}

/**
 * A found passage as an answer: quoted for reading, cited verbatim.
 * @example passageDraft(query, found, subject).status // "answered"
 */
export function passageDraft(query: Query, found: Passage, subject: Entity | undefined, aspectId?: string, deps?: Deps): Draft {
  const { lang } = query;
  const label = aspectId && deps ? deps.lexicon.aspects[aspectId]!.label[lang] : undefined;
  // A lead sentence from the parent section is cited on its own before the list: [1], then the list [2].
  const refs = found.lead ? "" : " [1]";
  const about = subject
    ? say(
        lang,
        `${subject.name}${label ? `の${label}` : ""}について、資料には次のようにあります。${refs}`,
        `What the documents say about ${label ? `the ${label} of ` : ""}${entityName(subject, lang)}${refs}:`,
      )
    : say(lang, `${label ? `${label}について、` : ""}資料の該当箇所です。${refs}`, `The passage of the documents on that${refs}:`);
  const first = found.focus ? [{ ...found.units[0]!, shown: focusOn(found.units[0]!.shown, found.focus) }] : found.units;
  const shown = shownLines(first, found.where.section.title);
  const list = isList(found.units);
  const body = list ? shown : [`「${joinProse(shown)}」`];
  const lines = found.lead ? [`${found.lead.unit.shown} [1]`, ...body.map((l, i) => (i === body.length - 1 ? `${l} [2]` : l))] : body;
  const citations = [...(found.lead ? [citeUnits(found.lead.where, [found.lead.unit])] : []), citeUnits(found.where, found.units)];
  return { status: "answered", summary: about, lines, citations, topic: { intent: "describe", subject: subject?.id } };
}

/** Not in the documents for this aspect: say which aspects of the subject the documents do state. */
function aspectNotFound(query: Query, deps: Deps, subject: Entity | undefined, aspectId: string): Draft {
  const { lang } = query;
  const label = deps.lexicon.aspects[aspectId]!.label[lang];
  const name = subject ? entityName(subject, lang) : say(lang, "お尋ねの事柄", "that");
  const sections = sectionUnits(deps.kb);
  const others = Object.entries(deps.lexicon.aspects)
    .filter(([id, a]) => id !== aspectId && !a.weak && subject && findAspectPassage(sections, askFor(query, deps, subject, id)))
    .map(([, a]) => a.label[lang]);
  const askOf = (l: string) => say(lang, `${subject!.name}の${l}は？`, `What is the ${l} of ${name}?`);
  const asks = subject ? [say(lang, `${subject.name}とは？`, `What is ${name}?`), ...others.map(askOf)] : [];
  return {
    status: "not_found",
    summary: say(
      lang,
      `資料には、${name}の${label}についての記述はありません。`,
      `The documents say nothing about the ${label} of ${name}.`,
    ),
    lines: asks.length ? [say(lang, "資料から答えられるのは、例えば次のことです:", "The documents do answer, for example:")] : [],
    options: asks.slice(0, 4).map((q) => ({ label: q, question: q })),
    topic: { intent: "describe", subject: subject?.id },
  };
}

const blankCache = new WeakMap<Deps["lexicon"], string[]>();

/** Every aspect cue, stop word and category noun of two characters or more, normalized, longest first: built once. */
function blanksOf(deps: Deps): string[] {
  const known = blankCache.get(deps.lexicon);
  if (known) return known;
  // Category nouns (事業, クラスター) name a kind of subject, not what is asked about it.
  const categories = Object.values(deps.lexicon.categories).flat();
  const words = [...Object.values(deps.lexicon.aspects).flatMap((a) => a.cues), ...deps.lexicon.stopwords, ...categories].filter(
    (w) => w.length >= 2,
  );
  const built = [...new Set(words.map((w) => normal(deps, w)))].sort((x, y) => y.length - x.length);
  blankCache.set(deps.lexicon, built);
  return built;
}

/** A piece worth matching: it has a kanji, katakana, letter or digit (not only kana of grammar: され, てる). */
export function isContent(bigram: string): boolean {
  return /[\p{Script=Han}\p{Script=Katakana}\p{L}\p{N}]/u.test(bigram) && !/^\p{Script=Hiragana}+$/u.test(bigram);
}

function normal(deps: Deps, text: string): string {
  return normalizeForMatch(text, deps.kb.vocabulary.variants).toLowerCase();
}

/**
 * A word people use for a term (経産省) in the documents' own form (経済産業省), to find the passages using it. In
 * one pass, longest word first, so that a term is never written again inside itself (全国 → 我が国全体, not
 * 我が我が国全体 through 国全体).
 * @example asDocumentsWrite(deps, "経産省との連携") // "経済産業省との連携"
 */
export function asDocumentsWrite(deps: Deps, text: string, latinOnly = false): string {
  const { pattern, termOf } = synonymPattern(deps.kb.vocabulary.synonyms);
  // (Latin words only, when asked: METI is no word of the documents, 経産省 may be read as it stands.)
  const rewrite = (word: string) => (latinOnly && !/^[a-z]/.test(word) ? word : (termOf.get(word) ?? word));
  return pattern ? text.replace(pattern, rewrite) : text;
}

type SynonymPattern = { pattern: RegExp | undefined; termOf: Map<string, string> };
const synonymPatterns = new WeakMap<object, SynonymPattern>();

/**
 * The synonyms as one pattern, longest first, made once per vocabulary: those not in Latin letters, and Latin ones
 * for a term that is not (METI for 経済産業省), as whole words; not Latin for Latin (HQ is no word of the documents).
 */
function synonymPattern(synonyms: Record<string, string[]>): SynonymPattern {
  let found = synonymPatterns.get(synonyms);
  if (!found) {
    const termOf = new Map<string, string>();
    const latin = (w: string) => /^[\x20-\x7e]+$/.test(w);
    for (const [term, words] of Object.entries(synonyms))
      for (const word of words) if (!latin(word) || !latin(term)) termOf.set(word.toLowerCase(), term.toLowerCase());
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const words = [...termOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((w) => (latin(w) ? `(?<![a-z])${escape(w)}(?![a-z])` : escape(w)));
    found = { pattern: words.length ? new RegExp(words.join("|"), "gu") : undefined, termOf };
    synonymPatterns.set(synonyms, found);
  }
  return found;
}
