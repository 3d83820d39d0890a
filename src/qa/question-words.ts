/**
 * The words a question is read against that do not change between questions: built once at start-up
 * from intents/ and knowledge/, never on the per-question path.
 */
import type { Entity, KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Intent, Lexicon } from "./intent-schema.js";
import { contentBigrams } from "../search/section-index.js";
import { toHiragana } from "wanakana";
import { katakanaWords } from "./fold-kana.js";
import { indexReadings, type ReadingIndex } from "./fold-readings.js";
import { indexRomaji, type RomajiIndex } from "./fold-romaji.js";
import { indexAcronyms } from "./match/acronyms.js";
import { buildSpellingWords, type SpellingWords } from "./query/correct-spelling.js";

export type QuestionWords = {
  /** Every intent's trigger words, normalized: a partial name that is one of them is a verb, not a name. */
  triggers: Set<string>;
  /** Triggers, kind cues and stop words: what a question's leftover is stripped of. */
  explained: ExplainedWords;
  /** Every fact's scope, joined: an organization named in one (復興庁一括計上分) is not a restriction. */
  scopes: string;
  /** Question words of three or four kana read from a whole run of hiragana (はいけい → 背景). */
  wholeReadings: ReadingIndex;
  /** The vocabulary's shorthands, and how many of a counter typed in hiragana (なんきかん → 何機関). */
  shorthands: Readonly<Record<string, string>>;
  /** The katakana words of every entity name: a name typed in hiragana (くらすたー) is read as one of them. */
  katakanaNames: string;
  /** Category nouns (事業, プログラム): never a piece of a name. */
  categories: Set<string>;
  /** The category nouns for places (cluster, areas), lower case: a guess made only of them names a kind. */
  placeCategories: Set<string>;
  /** The lexicon's words for trial regions (試行, trial), lower case. */
  trialWords: Set<string>;
  /** Words by their reading: a word typed in hiragana (きょうどう) is read as written (共同). */
  readings: ReadingIndex;
  /** Words by their reading without long vowels: a name typed in romaji (sangakukan renkei) is read as them. */
  /** Acronyms of the entities' English names (KC → Knowledge Cluster Initiative). */
  acronyms: Map<string, Entity[]>;
  /** English words of budgets' kinds (request, initial…): between a year and a word for a document, its name. */
  budgetKindWords: string[];
  romaji: RomajiIndex;
  /** And the documents' own words (sesaku, kouritsusei): for a question written in Japanese, in romaji or not. */
  romajiWide: RomajiIndex;
  /** The words a mistyped word of a question may stand for (要球額 → 要求額, buget → budget). */
  spelling: SpellingWords;
  /** The lexicon's stop words, normalized. */
  stopwords: Set<string>;
  /** Names that hold a shorthand as written (S-イノベ holds イノベ): left as typed, not written out. */
  namesWithShorthands: string[];
  /** Latin words the lexicon and the names know (triggers, stop words, synonyms such as HQs): no name of its own. */
  knownLatin: Set<string>;
  /** Words for a document of three kanji or more (評価書, 調書), normalized: where to look, never what is asked. */
  documentTerms: string[];
};

/**
 * Words found by plain search (Japanese, found anywhere) and patterns (Latin words, found on word boundaries):
 * indexOf over a few hundred words costs a fraction of running as many regular expressions per question.
 */
export type ExplainedWords = {
  plain: string[];
  patterns: RegExp[];
  /** The word of each pattern, in order: a pattern is run only on a question holding its word. */
  latin: string[];
};

/**
 * @example buildQuestionWords(kb, intents, lexicon).triggers.has("予算") // true
 */
export function buildQuestionWords(kb: KnowledgeBase, intents: Intent[], lexicon: Lexicon): QuestionWords {
  const normal = (w: string) => w.normalize("NFKC").toLowerCase();
  const triggers = new Set(intents.flatMap((i) => i.triggers).map(normal));
  // Aspect cues the documents never use, in no part (理由, なぜ), say what a descriptive question asks, not a
  // subject the documents lack; cues they use, even in part (課題, 方針, 狙った効果), stay words of the question.
  const corpus = [...kb.documents.values()].map((d) => d.normalized.toLowerCase()).join("\n");
  const inDocuments = (word: string) => corpus.includes(word.normalize("NFKC").toLowerCase());
  // A cue shares a word with the documents when one of its two-character pieces with a kanji or katakana occurs.
  const pieces = (c: string) => contentBigrams(c).filter((b) => /[\p{Script=Han}\p{Script=Katakana}]/u.test(b));
  const aspects = Object.values(lexicon.aspects)
    .filter((a) => !a.weak)
    .flatMap((a) => a.cues)
    .map(normal)
    .filter((c) => !pieces(c).some((b) => corpus.includes(b)));
  const categories = new Set(Object.values(lexicon.categories).flat().map(normal));
  const cues = [...Object.values(lexicon.qualifierCues).flat(), ...lexicon.stopwords, ...lexicon.fillers].map(normal);
  const words = new Set([...triggers, ...cues, ...categories, ...aspects]);
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const isLatin = (w: string) => /^[\x20-\x7e]+$/.test(w);
  const latin = [...words].filter(isLatin);
  const explained = {
    plain: [...words].filter((w) => w && !isLatin(w)),
    patterns: latin.map((w) => new RegExp(`(?<![a-z])${escape(w)}(?![a-z])`, "g")),
    latin,
  };
  const names = [...kb.entities.values()].flatMap((e) => [e.name, ...e.aliases]);
  const spelling = buildSpellingWords([
    ...triggers,
    ...Object.values(lexicon.qualifierCues).flat(),
    ...Object.values(lexicon.aspects).flatMap((a) => a.cues),
    ...categories,
    ...[...kb.vocabulary.measures, ...kb.vocabulary.qualifiers, ...kb.vocabulary.attributes].flatMap((t) => [t.ja, t.en]),
    ...[...kb.entities.values()].flatMap((e) => [e.nameEn ?? "", ...e.aliases]).filter((n) => /^[\x20-\x7e]+$/.test(n)),
    // The katakana words of names (コーディネーター): a loan word is mistyped as often as a question word.
    ...katakanaWords(names).split("\n"),
  ]);
  const knownLatin = new Set([
    ...spelling.latin,
    ...lexicon.stopwords.map(normal),
    ...Object.values(kb.vocabulary.synonyms).flat().map(normal),
    // The glossary's English words (uic, hub): words of a name translated, not names the documents lack.
    ...Object.values(kb.vocabulary.glossary)
      .flat()
      .flatMap((p) => normal(p).split(/\s+/)),
  ]);
  return {
    documentTerms: lexicon.cues.documentWords.map(normal).filter((w) => /\p{Script=Han}{3}/u.test(w)),
    triggers,
    explained,
    scopes: kb.facts.map((f) => f.scope ?? "").join("\n"),
    katakanaNames: katakanaWords(names),
    stopwords: new Set(lexicon.stopwords.map(normal)),
    namesWithShorthands: names
      .map((n) => n.normalize("NFKC"))
      .filter((n) =>
        Object.keys(kb.vocabulary.shorthands).some((short) => n.includes(short) && !n.includes(kb.vocabulary.shorthands[short]!)),
      ),
    categories,
    placeCategories: new Set((lexicon.categories.region ?? []).map((w) => w.toLowerCase())),
    trialWords: new Set(lexicon.cues.trial.map((w) => w.toLowerCase())),
    acronyms: indexAcronyms(kb.entities.values()),
    budgetKindWords: [
      ...new Set(
        kb.vocabulary.qualifiers
          .filter((q) => q.group === "budget")
          .flatMap((q) => lexicon.qualifierCues[q.id] ?? [])
          .flatMap((c) => (/^[a-z -]+$/i.test(c) ? c.toLowerCase().split(" ") : [])),
      ),
    ],
    // (Question words all in kanji too when their reading is five kana or more, ひつようせい: typed in hiragana on a
    // phone; shorter ones stay for romaji, as a run of grammar may read like them.)
    readings: indexReadings({ ...kb.readings, ...longReadings(kb.questionWordReadings) }),
    // (Shorter ones only as a run of hiragana of their own, 強化の はいけい: there no grammar is inside a word.)
    wholeReadings: indexReadings(shortReadings(kb.questionWordReadings)),
    shorthands: { ...counterReadings(lexicon, { ...kb.questionWordReadings, ...kb.readings }), ...kb.vocabulary.shorthands },
    romaji: indexRomaji({ ...kanaWords(lexicon, triggers), ...kb.questionWordReadings, ...kb.readings }, inDocuments),
    // (The documents' own words last: a name's or a question word's reading keeps its word.)
    romajiWide: indexRomaji(
      { ...kanaWords(lexicon, triggers), ...kb.questionWordReadings, ...kb.readings, ...kb.corpusWordReadings },
      inDocuments,
    ),
    spelling,
    knownLatin,
  };
}

/**
 * The question words written all in hiragana (いくら, いつ, なんですか), each its own reading: with the readings of
 * words with kanji, a question typed in romaji (ikura, itsu, nan desu ka) is read as written in Japanese.
 * @example kanaWords(lexicon, ["いくら"]).いくら // "いくら"
 */
function kanaWords(lexicon: Lexicon, triggers: Iterable<string>): Record<string, string> {
  const all = [...triggers, ...Object.values(lexicon.cues).flat(), ...lexicon.fillers, ...lexicon.stopwords, ...lexicon.asides];
  const kana = all.map((w) => w.normalize("NFKC")).filter((w) => /^[\p{Script=Hiragana}ー]{2,}$/u.test(w));
  // (And the places written in katakana, read in hiragana: doitsu → ドイツ.)
  const places = Object.entries(lexicon.places)
    .flatMap(([place, words]) => [place, ...words])
    .map((w) => w.normalize("NFKC"))
    .filter((w) => /^[\p{Script=Katakana}ー]{2,}$/u.test(w));
  return Object.fromEntries([...kana.map((w) => [w, w]), ...places.map((w) => [w, toHiragana(w)])]);
}

/** Readings of three or four kana, of words all in kanji (背景, 課題): read only as a whole run of hiragana. */
function shortReadings(readings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(readings).filter(([word, reading]) => reading.length >= 3 && reading.length < 5 && /^\p{Script=Han}+$/u.test(word)),
  );
}

/**
 * How many of a counter, typed in hiragana after なん (なんきかん, なんきょてん): 何 and the counter, for each counter of
 * the lexicon's units whose reading is known. (Before readings are folded: きかん alone reads 期間 as well.)
 */
function counterReadings(lexicon: Lexicon, readings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(lexicon.units)
      .filter((unit) => readings[unit])
      .map((unit) => [`なん${readings[unit]}`, `何${unit}`]),
  );
}

/** Readings of five kana or more, of words all in kanji (必要性; not 行っていない, whose kana a verb's ending shares). */
function longReadings(readings: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(readings).filter(([word, reading]) => reading.length >= 5 && /^\p{Script=Han}+$/u.test(word)));
}
