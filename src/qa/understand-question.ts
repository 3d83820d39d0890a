/**
 * Everything the pipeline reads out of a question before answering: language, normalized text,
 * fiscal years, named entities, intent, cued fact kinds, and what is left unexplained.
 */
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import type { Intent, Lexicon } from "./intent-schema.js";
import type { Topic } from "./types.js";
import type { EntityType } from "../knowledge/schema.js";
import { isEnglishWord } from "./query/english-words.js";
import { normalizeQuestion } from "./normalize-question.js";
import { foldKanaNames, foldLongVowels } from "./fold-kana.js";
import { foldReadings } from "./fold-readings.js";
import { parseFiscalYears, readShortFyAsEra, type YearQuery } from "./fiscal-year.js";
import { englishWords, toMatchText, type EntityMatcher, type Mention } from "./resolve-entities.js";
import { subjectsInScope } from "./query/ranking-scope.js";
import { dropFillersBeforeAsk } from "./query/adverbs.js";
import { findTriggers, MIN_INTENT_SCORE, NAMED_LISTS, scoreIntents } from "./detect-intent.js";
import { chooseReading, readingOfKinds, readingOfYearFigures } from "./query/readings.js";
import { blankAsides } from "./query/asides.js";
import { blankGlosses } from "./query/glosses.js";
import { blankExcluded } from "./query/excluded.js";
import { acronymMentions } from "./match/acronyms.js";
import { findDocumentReference } from "./query/document-reference.js";
import { countedSibling, withCountedChild, withNamesakeProgram, withProgramNamedAfter } from "./query/counted-child.js";
import { allows, askedUnit } from "./answer-shapes/select-facts.js";
import { foldRomaji, writtenInJapanese } from "./fold-romaji.js";
import { detectAspect } from "./query/aspect.js";
import { resolveGenericNames } from "./query/generic-names.js";
import { normalizeForMatch } from "../knowledge/normalize-text.js";
import type { ExplainedWords, QuestionWords } from "./question-words.js";
import { wordSegments } from "../search/word-segments.js";
import { indexByFirstPair, wordsIn, type FirstPairIndex } from "./match/first-pair-index.js";
import { inCorpus } from "./query/in-corpus.js";
import { escapeRegExp } from "./match/mention.js";
import { expandShorthands } from "./query/shorthands.js";
import { withYearInName } from "./query/year-in-name.js";
import { withGlossedAlternative } from "./query/glossed-alternative.js";
import { anchoredSpan } from "./query/anchored-span.js";
import { asksMoney, withDescendants } from "./answer-kit.js";

/** A guess at a name this close to it (共同研究実施件数 for 共同研究の実施件数) is taken as naming it where brackets gloss. */
const SURE_GUESS = 0.85;

export type Query = {
  question: string;
  lang: "ja" | "en";
  text: string;
  match: string;
  years: YearQuery;
  mentions: Mention[];
  /** Kinds of subject the question names by a category noun (事業 → program): "which program is largest" ranks them. */
  askedTypes: EntityType[];
  intent?: Intent;
  /** Beside an operation (どっちが多い, 増えた), the figure reading its words also ask for (1地域当たり, 予算): what is compared. */
  measureIntent?: Intent;
  triggers: string[];
  qualifiers: string[];
  /** Content the question names that is neither an entity, a trigger, a year nor a stop word. */
  leftover: string;
  /** Content words of the question that occur nowhere in the documents (東京大学, 道路整備). */
  unknownWords: string[];
  /** Words the documents never use, in the place of a subject (NEDOの予算, SBIR制度の): a name they do not have. */
  ownNames: string[];
  /** What the question sets aside (試行地域 of 試行地域を除くと): facts of a scope it names are not asked. */
  excluded: string[];
  /** Names said as where something is written (事後評価書 of 事後評価書に載ってる…): no subject, no word to hold. */
  places: string[];
  /** Documents the question names by their year (H20資料で): evidence from them is preferred. */
  documents: string[];
  /** Organizations the question narrows to that its named entities are not (京都大学 in 京都大学の共同研究件数). */
  organizations: string[];
  previous?: Topic;
  followUp: boolean;
  /** A later part of one question: it keeps the previous part's subject even with words of its own. */
  samePart: boolean;
};

/**
 * Reads a question. Follow-ups reuse the previous topic: a question with only a year reuses the intent
 * and subject, a question with only a subject reuses the intent.
 * @example understandQuestion(deps, "2011年の共同研究件数").years.years[0].fiscalYear // 2011
 */
export function understandQuestion(
  deps: { kb: KnowledgeBase; intents: Intent[]; lexicon: Lexicon; matcher: EntityMatcher; corpus: string; words: QuestionWords },
  question: string,
  previous?: Topic,
  samePart = false,
): Query {
  const normalized = normalizeQuestion(question, deps.kb.vocabulary.variants);
  // Kana names folded again once readings have split a hiragana run (ちてきくらすたー → 知的くらすたー → 知的クラスター).
  // (Shorthands once more at the end: one typed in hiragana, 地域いのべ, is katakana only once kana names are folded.)
  const folded = foldLongVowels(
    foldKanaNames(
      foldReadings(
        foldKanaNames(
          expandShorthands(
            foldRomaji(
              normalized,
              deps.words.romaji,
              // (A word the English names use, Tohoku or Kobe, stays as written: the English name is matched whole.)
              (w) => isEnglishWord(w) || deps.words.knownLatin.has(w.toLowerCase()),
              deps.kb.vocabulary.loanwords,
              deps.words.romajiWide,
            ),
            deps.words.shorthands,
            deps.words.namesWithShorthands,
          ),
          deps.words.katakanaNames,
        ),
        deps.words.readings,
        deps.words.wholeReadings,
      ),
      deps.words.katakanaNames,
    ),
    deps.words.katakanaNames,
  );
  const typed = expandShorthands(folded, deps.words.shorthands, deps.words.namesWithShorthands);
  // H20資料で: the year names a document, not the figure's year.
  const reference = findDocumentReference(
    typed,
    [...deps.kb.documents.values()],
    deps.lexicon.cues.documentWords,
    deps.words.budgetKindWords,
  );
  const referred = reference.files.length ? reference.text.replace(/\s{2,}/g, " ").trim() : typed;
  const text = dropFillersBeforeAsk(referred, deps.lexicon.fillers);
  // (English with Japanese names typed in romaji, a super sangakukan renkei honbu, is English: the names were read.)
  const lang = detectLanguage(normalized) === "en" && !writtenInJapanese(normalized) ? "en" : detectLanguage(text);
  // (What the question sets aside, 試行地域を除くと, names no scope and chooses no reading; a name set aside stays.)
  const { text: match, phrases: excluded } = blankExcluded(
    toMatchText(text),
    { after: deps.lexicon.cues.exceptAfter, before: deps.lexicon.cues.exceptBefore },
    (phrase) => deps.matcher.find(phrase).some((m) => m.how === "alias"),
  );
  let years = readShortFyAsEra(parseFiscalYears(text), lastCoveredYear(deps.kb));
  // A partial match that is itself a trigger word (試行地域) is the question's verb, not a name.
  // A partial match that is a category noun (プログラム, 事業) names a kind of subject, not one subject.
  // (So is an English guess made only of such nouns, or of them and the word for trial regions: trial cluster areas,
  // trial regions of the cluster program ask the program's trial regions, not one of them.)
  const { trialWords, categories: kindWords } = deps.words;
  // (Without it, only nouns for places: cluster areas is a kind, the cluster program names the cluster initiative.)
  const placeKindWords = deps.words.placeCategories;
  const onlyKindWords = (words: string[]) => {
    const kinds = words.some((w) => trialWords.has(w)) ? kindWords : placeKindWords;
    return words.every((w) => kinds.has(w) || trialWords.has(w));
  };
  // (An English guess made only of question words and nouns for kinds, the project start of …project start?,
  // names nothing: START is a name only as its acronym is typed.)
  const onlyQuestionWords = (m: Mention) =>
    m.how !== "alias" &&
    /^[a-z ]+$/.test(m.text) &&
    m.text.split(" ").every((w) => deps.words.triggers.has(w) || kindWords.has(w)) &&
    // (A question word that is no word of the entity's English name but as its acronym: start of START; plan of
    // the Industrial Cluster Plan is its name's word.)
    m.text.split(" ").some((w) => deps.words.triggers.has(w) && !wordOfName(m.entity.nameEn ?? "", w));
  const category = (m: Mention) =>
    m.how !== "alias" && (deps.words.categories.has(m.text) || (/^[a-z ]+$/.test(m.text) && onlyKindWords(m.text.split(" "))));
  // An English word for documents after the or a year (in the 2008 materials) names where to look, not a subject
  // (materials, a field: which regions work on materials).
  const documentWord = (m: Mention) =>
    /^[a-z]+$/.test(m.text) &&
    deps.lexicon.cues.documentWords.includes(m.text) &&
    /(?:\bthe|\bthese|\bthose|\b(?:fy)?\d{4})\s+(?:[a-z0-9'-]+\s+)?$/.test(match.slice(0, m.start));
  // The bracketed owner of a name (経済産業省 of 産業クラスター計画（経済産業省）) typed alone names the owner, not it.
  const owner = (m: Mention) => {
    if (m.how === "alias") return false;
    const bracketed = /\(([^()]+)\)/.exec(normalizeForMatch(m.entity.name, deps.kb.vocabulary.variants))?.[1];
    return bracketed !== undefined && [bracketed, ...(deps.kb.vocabulary.synonyms[bracketed] ?? [])].includes(m.text);
  };
  // A guessed piece of a longer term the documents use that is no entity (地域科学技術 of 地域科学技術施策推進委員会)
  // is a word of that term, not a subject.
  const byNames = numberedAcrossNo(
    deps.matcher,
    match,
    joinedAcrossNo(deps.matcher, match, deps.matcher.find(match, toMatchText(text, true))),
  );
  // (An acronym of a program's English name, KC, where no name was found in its place.)
  const matched = lang === "en" ? [...byNames, ...acronymMentions(text, match, deps.words.acronyms, byNames)] : byNames;
  const named = matched.filter((m) => m.how === "alias");
  const pieceOfTerm = (m: Mention) => m.how !== "alias" && inLongerDocumentTerm(match, m, deps.corpus, named);
  // A guessed piece right after an exact name that ends that name's entity's name (創成事業 after 知的クラスタ, the
  // name typed with a short vowel left out) is the rest of that name, not a second subject.
  const restOfName = (m: Mention) =>
    m.how !== "alias" &&
    named.some(
      (e) =>
        e.end === m.start &&
        e.entity.name
          .normalize("NFKC")
          .toLowerCase()
          .replace(/[（(].*$/u, "")
          .endsWith(m.text),
    );
  // A name said as where something is written (事後評価書に載ってるEBM法の取組例), with what is asked after it in
  // words of its own and no other name: the place to look, not the subject.
  const placeOfOthers = (m: Mention, all: Mention[]) => {
    const place = PLACE_OF.exec(match.slice(m.end));
    if (!place || all.some((o) => o.start >= m.end)) return false;
    const rest = match.slice(m.end + place[0].length).match(/[\p{Script=Han}\p{Script=Katakana}ーa-z0-9]{2,}/gu) ?? [];
    return rest.some((w) => !deps.words.triggers.has(w) && !deps.words.stopwords.has(w));
  };
  const places = matched.filter((m) => placeOfOthers(m, matched)).map((m) => m.text);
  const found = withoutAttributeWords(
    preferExact(
      matched.filter(
        (m) =>
          (m.how === "alias" || !deps.words.triggers.has(m.text)) &&
          !onlyQuestionWords(m) &&
          !category(m) &&
          !owner(m) &&
          !pieceOfTerm(m) &&
          !documentWord(m) &&
          !restOfName(m) &&
          !placeOfOthers(m, matched),
      ),
      match,
      (w) => deps.words.triggers.has(w) || deps.words.stopwords.has(w),
    ),
    match,
  );
  // A count asked of a program (…プログラムは何地域で): its indicator in that unit is the subject.
  // 施策全体 and other names each document's own entity has: whose is said by the years asked.
  const ownScope = inPreviousScope(deps.kb, samePart ? previous : undefined);
  // A guessed indicator of another program than the one named exactly (中間評価 of S-イノベ in 知的クラスター、
  // 中間評価って…) is a word asked of the named program, not a second subject.
  // (A program named surely, by its acronym, most of its English name or its name cut short (知的クラ), anchors
  // it too.)
  const programs = found.filter((m) => (m.how === "alias" || m.score >= 0.8) && m.entity.type === "program").map((m) => m.entity.id);
  const ours = new Set(programs.flatMap((id) => [...withDescendants(deps.kb, id)]));
  // (Not one joined to a name by と or や as a second subject, 産学官連携本部数と地域イノベ戦略支援プロ…: that is
  // asked too. A comma, 知的クラスター、中間評価って, only sets the program the question is about.)
  const foreignGuess = (m: Mention) =>
    programs.length > 0 &&
    m.how === "partial" &&
    !coordinatedWith(m, named, match, false) &&
    (m.entity.type === "indicator" || m.entity.type === "topic") &&
    !ours.has(m.entity.id);
  // Names in English brackets right after a name (the … programme (the IP HQ + coordinator one)) describe that
  // name by its parts: they gloss it, they are no subjects of their own.
  const glosses = lang === "en" ? [...match.matchAll(GLOSS)].map((g) => ({ start: g.index, end: g.index + g[0].length })) : [];
  // (Right after the name or a word of it: …collaboration programme (the IP HQ + …).)
  // (A name that is the whole of the brackets, …hubs program (先端融合領域…プログラム), translates it: that one is
  // the name asked, the sure one.)
  // (Or a near-sure guess at a name, 共同研究実施件数 for …の実施件数, that fills the brackets.)
  const whole = (m: Mention, g: { start: number; end: number }) =>
    (m.how === "alias" || m.score >= SURE_GUESS) && m.text.length >= 0.8 * match.slice(g.start + 1, g.end - 1).trim().length;
  const inGloss = (m: Mention) =>
    glosses.some(
      (g) =>
        g.start <= m.start &&
        m.end <= g.end &&
        !whole(m, g) &&
        found.some((e) => e !== m && e.end <= g.start && /^[a-z ]{0,15}$/.test(match.slice(e.end, g.start))),
    );
  const resolved = withGlossedAlternative(
    deps.kb.vocabulary.glossary,
    match,
    withYearInName(
      resolveGenericNames(
        deps.kb,
        withNamesakeProgram(
          deps.kb,
          deps.lexicon,
          match,
          withCountedChild(
            deps.kb,
            deps.lexicon,
            match,
            withProgramNamedAfter(
              deps.kb,
              deps.lexicon,
              match,
              found.filter((m) => !ownScope(m) && !foreignGuess(m) && !inGloss(m)),
            ),
          ),
        ),
        [...new Set(years.years.map((y) => y.fiscalYear))],
      ),
      match,
      years.years.map((y) => y.fiscalYear),
    ),
    deps.kb.entities.values(),
  );
  // A generic name beside a program named exactly (地域イノベーション・システムの強化で…やってる施策) is the kind of
  // thing asked of it, not a second subject.
  const generic = (m: Mention) => m.entity.generic.some((g) => normalizeForMatch(g, deps.kb.vocabulary.variants).toLowerCase() === m.text);
  // A guess followed by a name in brackets (the comprehensive sangakukan … program (総合的産学官連携推進事業)) is what
  // the bracketed name glosses: that name is the subject, not the guess.
  // (Or a near-sure guess that fills the brackets: joint research numbers (共同研究実施件数).)
  const fills = (o: Mention) => o.how === "alias" || (o.score >= SURE_GUESS && /^\s*[)）]/u.test(match.slice(o.end)));
  const glossed = (m: Mention) =>
    m.how !== "alias" &&
    resolved.some((o) => o !== m && fills(o) && o.start > m.end && /^[^()（）]{0,40}[(（]\s*$/u.test(match.slice(m.end, o.start)));
  // A program named right before one of its own phases (knowledge cluster phase I, 知的クラスター 第I期) names
  // that phase: the phase is the subject, the program is no second one beside it.
  // (In English: a Japanese phase name, 第II期, is read with its program by the shapes that take both.)
  // (The phase's mention then spans both names, so that nothing of the program's name is left over.)
  const phaseAfter = (m: Mention) =>
    resolved.find(
      (o) =>
        o.how === "alias" &&
        o.entity.type === m.entity.type &&
        o.entity.parent === m.entity.id &&
        o.start >= m.end &&
        /^[\s'’s-]*$/u.test(match.slice(m.end, o.start)),
    );
  // (Each phase with the program named before it.)
  const phased = new Map(
    lang === "en" ? resolved.flatMap((m) => [phaseAfter(m)].filter((o) => o !== undefined).map((o) => [o, m] as const)) : [],
  );
  const programsBeforePhases = new Set(phased.values());
  // An indicator of another program than the region named beside it, that program unnamed (participating
  // institutions in the Kobe cluster): its words ask what the region has, not that program's figure.
  // (Only where the words are what a region is asked, participating of participants: 京都クラスターの事業化件数
  // asks a figure the region does not have.)
  const othersIndicator = (m: Mention) =>
    m.entity.type === "indicator" &&
    regionAsks(deps).some((t) => m.text.includes(t)) &&
    !resolved.some((o) => o.entity.id === m.entity.parent) &&
    resolved.some((o) => o.how === "alias" && o.entity.type === "region" && o.entity.parent !== m.entity.parent);
  // A guess made of a year's last words and one character more (年度末 of H19年度末で, 年度内) is a date, not a name.
  // (Not one that starts with the year, fy2012 post-evaluation, nor one with a word of its own, 年度評価.)
  const inYear = (m: Mention) =>
    m.how !== "alias" &&
    years.years.some((y) => m.start > y.index && m.start < y.index + y.text.length && m.end - (y.index + y.text.length) <= 1);
  const subjects = resolved
    .filter(
      (m) =>
        !glossed(m) &&
        !inYear(m) &&
        !programsBeforePhases.has(m) &&
        !othersIndicator(m) &&
        (!generic(m) || !resolved.some((o) => o !== m && !generic(o) && o.how === "alias" && o.entity.type === "program")),
    )
    .map((m) => {
      const program = phased.get(m);
      return program ? { ...m, start: program.start, text: match.slice(program.start, m.end) } : m;
    });
  // A dated name that anchors a span (TLO法以降に制定された法律) stands for its year, not for a subject.
  // (Only when laws or plans are what is asked: TLO法以降の特許出願数 asks the figure of TLOs.)
  // (Each list by itself: a list made here would be indexed again on every question.)
  const asksLaws = [deps.lexicon.cues.lawsOnly, deps.lexicon.cues.plans].some((cues) => findTriggers(cues, match, subjects).length > 0);
  const anchored = asksLaws ? anchoredSpan(match, subjects, years) : { mentions: subjects, years };
  const mentions = anchored.mentions;
  years = anchored.years;
  const askedTypes = (Object.entries(deps.lexicon.categories) as Array<[EntityType, string[]]>)
    .filter(([, nouns]) => findTriggers(nouns, match, mentions).length > 0)
    .map(([type]) => type);
  const previousEntity = previous?.subject ? deps.kb.entities.get(previous.subject) : undefined;
  const yearSet = [...new Set(years.years.map((y) => y.fiscalYear))];
  const previousParent = previousEntity?.parent ? deps.kb.entities.get(previousEntity.parent) : undefined;
  const previousTypes = [previousEntity?.type, previousParent?.type].filter((t): t is EntityType => t !== undefined);
  const candidates = scoreIntents(deps.intents, match, mentions, yearSet.length, previousTypes, deps.words.stopwords);
  let choice = chooseReading(deps.kb, candidates, mentions, yearSet, MIN_INTENT_SCORE);
  // A reading chosen only by the word that sets the topic yields to another reading's word: what is asked of the
  // topic after it (…件数について、25年度の目標値を伺います), else the topic itself (…の主管課について伺います).
  const topics = findTriggers(deps.lexicon.cues.topicMarkers, match, mentions);
  if (choice && choice.triggers.length > 0 && choice.triggers.every((t) => topics.includes(t))) {
    const after = Math.max(...topics.map((t) => match.indexOf(t) + t.length));
    const others = candidates.filter((c) => c.intent.shape !== choice!.intent.shape && c.score > 0 && c.triggers.length > 0);
    const topic = (c: (typeof others)[number]) => c.triggers.some((t) => topics.some((m) => match.includes(`${t}${m}`)));
    const later = others.find((c) => c.triggers.some((t) => match.indexOf(t, after) >= after)) ?? others.find(topic);
    if (later) choice = later;
  }
  // A later part counting in another unit (…の参加機関数と24年度の実施地域数) asks the part before's sibling
  // indicator: the reading that takes an indicator.
  const sibling =
    samePart && mentions.length === 0 && previousEntity ? countedSibling(deps.kb, deps.lexicon, match, previousEntity) : undefined;
  // (A count word another reading holds, 実施地域数 of region-count, is then the indicator's: the figure reading
  // that falls back for indicators answers it.)
  if (sibling && choice && !choice.intent.subjectTypes.includes(sibling.type)) {
    const counts = deps.intents.find((i) => i.shape === "facts" && i.fallbackFor.includes(sibling.type));
    choice =
      candidates.find((c) => c.triggers.length > 0 && c.intent.subjectTypes.includes(sibling.type)) ??
      (counts ? { ...choice, intent: counts } : choice);
  }
  // A policy's programs asked as a list (…施策の柱って何がある, …のプログラムって何があります): its components,
  // when it has them and the kind asked is programs, not regions.
  // (Only over a reading chosen by list words alone, 一覧 or って何: …の施策の予算を教えて asks the budget.)
  const listWords = findTriggers(deps.lexicon.cues.listAsked, match, mentions);
  const onlyListed = !choice || choice.triggers.every((t) => listWords.some((w) => t.includes(w)));
  // (A generic name, 施策, is also the kind of subject it names: …関係の施策、何がある asks programs.)
  const programsAsked =
    askedTypes.includes("program") ||
    findTriggers(
      deps.lexicon.categories.program ?? [],
      match,
      mentions.filter((m) => !generic(m)),
    ).length > 0;
  if (programsAsked && !askedTypes.includes("region") && choice?.intent.shape !== "attribute" && onlyListed) {
    const components = deps.intents.find((i) => i.keys.includes("component"));
    const composite = mentions.some((m) => m.entity.attributes.some((a) => a.key === "component"));
    // (Or a part of a document named as their place, 達成目標2でJSTがやってるプログラム一覧: the programs listed there.)
    const placed = () => subjectsInScope({ askedTypes, match }, deps, []) !== undefined;
    if (components && (composite || placed()) && listWords.length > 0)
      choice = { intent: components, score: choice?.score ?? 1, triggers: choice?.triggers.length ? choice.triggers : listWords };
  }
  // Laws asked as a list with no year (産学官連携に関わる法律を挙げて): every law, by year; a year is not needed.
  const lawsListed =
    years.years.length === 0 &&
    listWords.length > 0 &&
    findTriggers(deps.lexicon.cues.lawsOnly, match, mentions).length > 0 &&
    // (Nothing named exactly: a program's laws, …事業の根拠になってる法律をリストで, are its section on them.)
    !mentions.some((m) => m.how === "alias");
  const laws = lawsListed ? deps.intents.find((i) => i.shape === "laws-in-year") : undefined;
  if (laws) choice = { intent: laws, score: choice?.score ?? 1, triggers: listWords };
  // A quantity asked (how many patent apps … across all regions) is a figure, never a list of names: the figure
  // reading that holds the quantity word, over a reading that lists regions, laws or attributes.
  // (Not when what is counted is what the list reading lists: how many regions…, and were there trial regions.)
  const quantity = findTriggers(deps.lexicon.cues.quantityAsked, match, mentions);
  const counted = quantity.map((q) =>
    match
      .slice(match.indexOf(q) + q.length)
      .split(/\s+/)
      .slice(0, 3)
      .join(" "),
  );
  const countsListed = (c: { triggers: string[] }) => c.triggers.some((t) => counted.some((w) => w.includes(t)));
  if (quantity.length && choice && NAMED_LISTS.has(choice.intent.shape) && !countsListed(choice)) {
    // (Or the figure reading asked beside it in words of its own: each region get per year is the support's.)
    const figure =
      candidates.find((c) => c.intent.shape === "facts" && c.triggers.some((t) => quantity.some((q) => t.includes(q)))) ??
      candidates.find((c) => c.intent.shape === "facts" && c.triggers.length > 0);
    if (figure) choice = figure;
  }
  // A list read only from the word for trial regions (試行地域って年間いくらの支援) is no list asked when money is:
  // the word scopes the support asked (the trial regions' support per region).
  const trialOnly = choice?.intent.shape === "regions" && choice.triggers.every((t) => trialWords.has(t.toLowerCase()));
  const money = candidates.find((c) => c.triggers.length > 0 && c.intent.shape === "facts" && asksMoney(c.intent));
  const support = deps.intents.find((i) => i.shape === "facts" && i.keys.includes("support"));
  if (choice && trialOnly && money && support) choice = { intent: support, score: choice.score, triggers: money.triggers };
  // A count asked in a unit the reading's figures never have (いくつの大学等で: universities, not regions) is the
  // plain figure reading's, which narrows to that unit.
  const unit = askedUnit(deps, match);
  const reading = choice?.intent;
  // (So is one of an indicator named, whose figures are its own measure: 事業実施地域 of a program, 何地域.)
  const ofIndicator =
    reading?.measureIds.length &&
    mentions.some((m) => m.entity.type === "indicator") &&
    mentions.every((m) => !deps.kb.facts.some((f) => f.subject === m.entity.id && reading.measureIds.includes(f.measure)));
  if (
    (unit && reading?.measureIds.length && !deps.kb.facts.some((f) => reading.measureIds.includes(f.measure) && f.unit === unit)) ||
    ofIndicator
  ) {
    const counts = deps.intents.find(
      (i) =>
        i.shape === "facts" &&
        i.measureIds.length === 0 &&
        i.measures.includes("count") &&
        mentions.every((m) => i.subjectTypes.includes(m.entity.type)),
    );
    if (counts && choice) choice = { ...choice, intent: counts };
  }
  const yearTexts = years.years.map((y) => y.text.toLowerCase().replace(/\s/g, ""));
  const asked = blankGlosses(blankAsides(match, deps.lexicon.asides, mentions, yearTexts), mentions, yearTexts);
  // (A word for a document, 評価書に出てくる, says where to look: nothing the answer's evidence must hold.)
  const withoutDocuments = [...deps.words.documentTerms, ...places].reduce(
    (t, w) => (t.includes(w) ? t.split(w).join(" ".repeat(w.length)) : t),
    asked,
  );
  const leftover = findLeftover(withoutDocuments, mentions, years, deps.words.explained);
  let followUp = false;
  if (previous?.intent && (!choice || choice.triggers.length === 0)) {
    const again = deps.intents.find((i) => i.name === previous.intent);
    const fits = again && (mentions.length === 0 || mentions.some((m) => again.subjectTypes.includes(m.entity.type)));
    if (again && fits && (mentions.length > 0 || years.years.length > 0 || years.latest)) {
      choice = { intent: again, score: 1, triggers: [] };
      followUp = true;
    }
  }
  const qualifiers = Object.entries(deps.lexicon.qualifierCues)
    .filter(([, cues]) => findTriggers(cues, match, mentions).length > 0)
    .map(([id]) => id);
  // A kind of figure asked (target) that the reading's own figures of the subject never have (how many clusters
  // by when: no region count is a target), when another reading asked has it: that reading.
  // (Of the part before's subject when a later part names none: 23年度実績と、目標値はそれぞれいくつ.)
  const askedOf = mentions.length ? mentions.map((m) => m.entity.id) : samePart && previousEntity ? [previousEntity.id] : [];
  if (choice?.intent.measureIds.length && qualifiers.length && askedOf.length) {
    const ids = new Set(askedOf);
    // (Of the kind's group: 目標値 asked is any target, 年度ごとの目標値 too.)
    const groupOf = (q: string) => deps.kb.vocabulary.qualifiers.find((x) => x.id === q)?.group ?? q;
    const groups = new Set(qualifiers.map(groupOf));
    const has = (i: Intent) => deps.kb.facts.some((f) => ids.has(f.subject) && groups.has(groupOf(f.qualifier)) && allows(deps, i, f));
    if (!has(choice.intent)) choice = candidates.find((c) => c.triggers.length > 0 && has(c.intent)) ?? choice;
  }
  // No question word, but a kind of figure named (H25当初): the figures of that kind are what is asked.
  if (!followUp && (!choice || choice.triggers.length === 0))
    choice = readingOfKinds(deps.kb, deps.intents, qualifiers, mentions) ?? choice;
  // Nor a kind, but a subject and a year it has figures for (知クラ第II期 2008年度): its figures of that year.
  if (!followUp && (!choice || choice.triggers.length === 0) && telegraphic(match, mentions, years))
    choice = readingOfYearFigures(deps.kb, deps.intents, mentions, yearSet) ?? choice;
  // Nor years, but a subject and an aspect no figure answers asked in words no trigger holds (…って具体的に何する人？):
  // its description.
  if (!followUp && (!choice || choice.triggers.length === 0) && mentions.length > 0) {
    // (Read as aspects are, without politeness: いくらなんでしょう holds なんで but asks no reason.)
    const aspect = deps.lexicon.aspects[detectAspect(match, deps.lexicon) ?? ""];
    const cues = aspect?.beyondFigures ? aspect.cues.filter((c) => match.includes(c.normalize("NFKC").toLowerCase())) : [];
    const describe = deps.intents.find((i) => i.shape === "describe");
    if (cues.length > 0 && describe) choice = { intent: describe, score: 1, triggers: cues };
  }
  // A kind of subject said as a noun (regional clusters) is no list asked when an aspect is (what issues did MEXT
  // flag for regional clusters): the aspect is.
  if (choice && choice.triggers.length > 0 && choice.triggers.every((t) => deps.words.categories.has(t))) {
    const aspect = deps.lexicon.aspects[detectAspect(match, deps.lexicon) ?? ""];
    const describe = deps.intents.find((i) => i.shape === "describe");
    // (Not an aspect a reading of figures or lists answers: the field of life science clusters is region-field's.)
    const answered = new Set(deps.intents.filter((i) => i.shape !== "describe").flatMap((i) => i.triggers.map((t) => t.toLowerCase())));
    const cues = aspect && !aspect.weak ? aspect.cues.filter((c) => match.includes(c.normalize("NFKC").toLowerCase())) : [];
    if (cues.length > 0 && !cues.some((c) => answered.has(c.toLowerCase())) && describe)
      choice = { intent: describe, score: 1, triggers: cues };
  }
  const unknownWords = [
    ...findUnknownWords(leftover, deps.corpus, deps.kb.vocabulary.synonyms, aspectCuesIn(match, deps.lexicon)),
    ...capitalizedUnknown(text, leftover, deps.corpus, deps.words.knownLatin),
    ...(lang === "ja" ? latinUnknown(text, leftover, deps.corpus, deps.words.knownLatin) : []),
  ].filter((w) => !forAskersUse(match, w));
  const organizations = [
    ...new Set([
      ...findOrganizations(
        match,
        mentions,
        deps.lexicon.stopwords,
        deps.kb.vocabulary.variants,
        deps.lexicon.cues.countedOrganizations,
        // (A question word is no name either: 最大 of 最大の予算.)
        (w) => inCorpus(deps.corpus, w) || deps.words.triggers.has(w),
      ).filter((org) => !deps.words.scopes.includes(org)),
      ...[...text.matchAll(ORGANIZATION_EN)]
        .map((m) => m[0])
        // (A country's word before it, Japanese university, says whose universities: no one university's name.)
        .filter((org) => !inCorpus(deps.corpus, org.toLowerCase()) && !placeWords(deps).has(org.split(" ")[0]!.toLowerCase())),
      // (As the lexicon writes them, MHLW, not the matched form mhlw.)
      ...findTriggers(deps.lexicon.cues.otherMinistries, match, mentions).map(
        (w) => deps.lexicon.cues.otherMinistries.find((c) => c.toLowerCase() === w) ?? w,
      ),
    ]),
  ];
  const explained = withoutNameWords(leftover, mentions, deps.kb);
  // (An English word typed in lower case into Japanese, H14→H15のchangeは, is the asker's jargon, not a name.)
  const jargon = (w: string) => lang === "ja" && /^[a-z]+$/.test(w) && text.includes(w) && isEnglishWord(w);
  const ownNames = [...numberedUnknown(match, mentions, deps.corpus), ...namesOfTheirOwn(match, explained)].filter(
    (w) => !inCorpus(deps.corpus, w) && !Object.values(deps.kb.vocabulary.synonyms).some((ws) => ws.includes(w)) && !jargon(w),
  );
  return {
    question,
    lang,
    text,
    match,
    years,
    mentions,
    askedTypes,
    intent: choice?.intent,
    measureIntent: candidates.find((c) => c.triggers.length > 0 && c.intent.shape === "facts" && c.intent !== choice?.intent)?.intent,
    triggers: choice?.triggers ?? [],
    qualifiers,
    leftover: explained,
    // (A word of an organization named, Tokyo of the University of Tokyo, is that organization's: said as one.)
    unknownWords: unknownWords.filter((w) => !organizations.some((o) => o.toLowerCase().split(/\s+/).includes(w))),
    ownNames,
    excluded,
    places,
    documents: reference.files,
    organizations,
    previous,
    followUp,
    samePart,
  };
}

/** English when the question has Latin words and no kana or kanji. */
export function detectLanguage(text: string): "ja" | "en" {
  if (!/[a-z]{2,}/i.test(text)) return "ja";
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return "en";
  // An English sentence that quotes a Japanese name (What was the budget of 都市エリア?): it starts with an
  // English word and has at least three of them.
  const words = text.match(/[a-z]{2,}/gi) ?? [];
  return /^\s*[a-z]/i.test(text) && words.length >= 3 ? "en" : "ja";
}

function findLeftover(match: string, mentions: Mention[], years: YearQuery, explained: ExplainedWords): string {
  let rest = match;
  const cut = (start: number, end: number) => {
    rest = rest.slice(0, start) + " ".repeat(end - start) + rest.slice(end);
  };
  for (const m of mentions) cut(m.start, m.end);
  for (const y of years.years) {
    const at = rest.indexOf(y.text.toLowerCase().replace(/\s/g, ""));
    if (at >= 0) cut(at, at + y.text.length);
  }
  // Every occurrence of every trigger and stop word is found on the same text, then all are blanked
  // together, so overlapping words (レビューシート, シート番号) leave no fragment (番号) behind.
  const spans: Array<[number, number]> = [];
  for (const word of plainWordsIn(explained.plain, rest)) {
    for (let at = rest.indexOf(word); at >= 0; at = rest.indexOf(word, at + 1)) spans.push([at, at + word.length]);
  }
  explained.patterns.forEach((re, i) => {
    if (rest.includes(explained.latin[i]!)) for (const m of rest.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  });
  for (const [a, b] of spans) cut(a, b);
  return rest
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\b\d+\b/g, " ")
    .trim();
}

const plainIndexes = new WeakMap<string[], { pairs: FirstPairIndex; short: string[] }>();

/** The words of the list that occur in the text: found by their first two characters, not by an indexOf per word (712). */
function plainWordsIn(plain: string[], text: string): string[] {
  let index = plainIndexes.get(plain);
  if (!index) plainIndexes.set(plain, (index = { pairs: indexByFirstPair(plain), short: plain.filter((w) => w.length < 2) }));
  return [...wordsIn(index.pairs, text).map((i) => plain[i]!), ...index.short.filter((w) => text.includes(w))];
}

/** Words of two or more kanji or katakana that the documents never use: a subject or restriction they cannot answer. */
function findUnknownWords(leftover: string, corpus: string, synonyms: Readonly<Record<string, string[]>>, aspectCues: string[]): string[] {
  const kanjiOrKatakana = (w: string) => (w.match(/[\p{Script=Han}\p{Script=Katakana}ー]/gu) ?? []).length;
  // A leftover without two such characters has no such word: it is not segmented (the segmenter is made on first use).
  const words =
    kanjiOrKatakana(leftover) < 2 ? [] : [...wordSegments(leftover)].map((s) => s.segment).filter((w) => kanjiOrKatakana(w) >= 2);
  // Numbered things (第III期, 第5期) split into pieces the segmenter cannot judge: checked whole.
  words.push(...(leftover.replace(/\s/g, "").match(/第[0-9a-z一二三四五六七八九十]+期/g) ?? []));
  // A synonym of a word the documents use (経産省 for 経済産業省) is known.
  // So is a piece of an aspect's cue the question uses (分担 of 役割分担): it says what is asked, not of whom.
  // (So is a piece of one the question writes whole, 具合 of 進み具合 for 進捗.)
  const whole = leftover.replace(/\s/g, "");
  const known = (w: string) =>
    inCorpus(corpus, w) ||
    aspectCues.some((c) => c.includes(w)) ||
    Object.entries(synonyms).some(
      ([term, ws]) => ws.some((s) => s === w || (s.includes(w) && whole.includes(s))) && inCorpus(corpus, term),
    );
  return [...new Set(words.filter((w) => !known(w)))];
}

/**
 * A question of names and years only, nothing else in it but particles and punctuation (知クラ第II期 2008年度).
 */
function telegraphic(match: string, mentions: Mention[], years: YearQuery): boolean {
  let rest = match;
  for (const m of mentions) rest = rest.slice(0, m.start) + " ".repeat(m.end - m.start) + rest.slice(m.end);
  for (const y of years.years) rest = rest.split(y.text.toLowerCase().replace(/\s/g, "")).join(" ");
  return /^[\sのはでと?？!！、。・/／\p{Extended_Pictographic}]*$/u.test(rest);
}

/**
 * A program's name typed with an の between two of its words (大学知財本部の整備事業 for 大学知財本部整備事業): when
 * the name before the の and the word after it make a program's exact name, that program is named, over both.
 * @example joinedAcrossNo(matcher, "大学知財本部の整備事業って", found)[0].entity.id // "chizai-honbu-seibi"
 */
function joinedAcrossNo(matcher: EntityMatcher, match: string, found: Mention[]): Mention[] {
  const out = [...found];
  for (const m of found) {
    if (m.how !== "alias" || match[m.end] !== "の") continue;
    const run = /^[\p{Script=Han}\p{Script=Katakana}ー]{2,}/u.exec(match.slice(m.end + 1))?.[0] ?? "";
    for (let n = run.length; n >= 2; n--) {
      const joined = m.text + run.slice(0, n);
      const whole = matcher.find(joined).find((x) => x.how === "alias" && x.start === 0 && x.end === joined.length);
      // Only a program's name (…整備事業): an indicator named so (…プログラムの実施地域数) is the program's count,
      // which the counted-child reading resolves.
      if (!whole || whole.entity === m.entity || whole.entity.type !== "program") continue;
      const end = m.end + 1 + n;
      // A name that holds the の itself (…プログラムの実施地域数) was found as typed: it stands.
      if (found.some((o) => o.how === "alias" && o.start <= m.start && o.end >= end)) break;
      const mention = { ...whole, start: m.start, end, text: match.slice(m.start, end) };
      // It replaces the name before the の and any name inside the word after it.
      return [...out.filter((o) => o.end <= m.start || o.start >= end), mention].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/** A number that orders a name (第4期, 第二次): its number may be written in figures, kanji or roman numerals. */
const ORDINAL = /第[0-9一二三四五六七八九十ivx]+[期次]/gu;

/**
 * A numbered name typed with an の after its number (第4期の科学技術基本計画 for 第4期科学技術基本計画): when the
 * number and the name make a name of their own, that is what is named, over the name alone.
 * @example numberedAcrossNo(matcher, "第4期の科学技術基本計画っていつ", found)[0].entity.id // "kihon-keikaku-4"
 */
function numberedAcrossNo(matcher: EntityMatcher, match: string, found: Mention[]): Mention[] {
  let out = found;
  for (const token of match.matchAll(ORDINAL)) {
    const from = token.index!;
    const after = from + token[0].length;
    if (match[after] !== "の") continue;
    const run = /^[\p{Script=Han}\p{Script=Katakana}ーa-z]{2,}/u.exec(match.slice(after + 1))?.[0] ?? "";
    for (let n = run.length; n >= 2; n--) {
      const joined = token[0] + run.slice(0, n);
      const whole = matcher.find(joined).find((x) => x.how === "alias" && x.start === 0 && x.end === joined.length);
      if (!whole) continue;
      const end = after + 1 + n;
      // It stands for the number (第2期 may name a phase of its own) and any name in the words after the の.
      const mention = { ...whole, start: from, end, text: match.slice(from, end) };
      out = [...out.filter((o) => o.end <= from || o.start >= end), mention].sort((a, b) => a.start - b.start);
      break;
    }
  }
  return out;
}

/**
 * A name with a number before it that the documents never write so (第5期科学技術基本計画 where they have the 2nd to
 * 4th): a thing of its own, not the name.
 * @example numberedUnknown("第5期科学技術基本計画での…", mentions, corpus) // ["第5期科学技術基本計画"]
 */
function numberedUnknown(match: string, mentions: Mention[], corpus: string): string[] {
  const out: string[] = [];
  for (const token of match.matchAll(ORDINAL)) {
    const from = token.index!;
    // (An の may stand between: 第5期の科学技術基本計画.)
    const to = from + token[0].length + (match[from + token[0].length] === "の" ? 1 : 0);
    // The name right after the number, or one that took the number's last character (期基本計画 of 第5期基本計画).
    const m = mentions.find((x) => x.start >= to - 1 && x.start <= to && x.end > to);
    // A number that names something itself (第I期 of a phase) is that thing, not a number of this name.
    if (!m || mentions.some((o) => o.start === from && o.end >= from + token[0].length && o.end <= to)) continue;
    const name = match.slice(to, m.end);
    if (name.length < 2 || !inCorpus(corpus, name)) continue;
    // The documents' own numbered name may hold words between (第2期科学技術基本計画 for 第2期基本計画).
    const near = new RegExp(`${escapeRegExp(token[0])}[^\\s。]{0,8}${escapeRegExp(name)}`, "u");
    if (!near.test(corpus)) out.push(token[0] + name);
  }
  return out;
}

/** The aspect cues of two or more characters the question uses (役割分担, との連携). */
function aspectCuesIn(match: string, lexicon: Lexicon): string[] {
  let cues = aspectCues.get(lexicon);
  if (!cues) aspectCues.set(lexicon, (cues = Object.values(lexicon.aspects).flatMap((a) => a.cues)));
  return cues.filter((c) => c.length >= 2 && match.includes(c));
}
/** Every aspect's cue words, listed once per lexicon. */
const aspectCues = new WeakMap<Lexicon, string[]>();

/**
 * In English, a capitalized word inside the sentence that the documents, the lexicon and the English dictionary
 * never use (Germany, NEDO) names something of its own: a figure for it is not in the documents.
 * @example capitalizedUnknown("How many spin-offs in Germany?", "germany", corpus, known) // ["germany"]
 */
function capitalizedUnknown(text: string, leftover: string, corpus: string, known: Set<string>): string[] {
  const left = new Set(leftover.split(/\s+/));
  // (Not in brackets right after a word that gloss it, the super … honbu (super IAG HQ): the asker's own name for
  // it; brackets that begin with a preposition, (in Germany), say more than a gloss.)
  text = text.replace(GLOSS, " ");
  // Three letters or more: two (HQ) are an abbreviation of a word as often as a name.
  // (After a title, Mr. Nakagawa, a capital starts a name even where a sentence could start.)
  const words = [...text.matchAll(/(?<=(?:[a-z,;:]|\b(?:Mr|Mrs|Ms|Dr|Prof)\.)\s+)[A-Z][A-Za-z]{2,}/g)].map((m) => m[0].toLowerCase());
  // (A whole word of the documents: ipo is inside other words of theirs, as in multipolar.)
  const inText = (w: string) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(corpus);
  return [...new Set(words)].filter((w) => left.has(w) && !known.has(w) && !inText(w) && !isEnglishWord(w));
}

/** Brackets right after a word, not beginning with a word that relates them to something else: a gloss. */
const GLOSS =
  /(?<=\S\s?)\((?!\s*(?:in|at|from|for|of|on|by|vs|versus|e\.g|i\.e|like|such|including|excluding|except|not|and|or|compared|outside|abroad)\b)[^)]*\)/giu;

/**
 * A Latin word typed in capitals in a Japanese question that no document, name or known word has (IPO of
 * IPO件数): a thing the documents do not hold, as a kanji word they never use is. (Lower-case words there are as
 * often romaji, onegai, as English.)
 * @example latinUnknown("IPO件数", "ipo", corpus, known) // ["ipo"]
 */
function latinUnknown(text: string, leftover: string, corpus: string, known: Set<string>): string[] {
  // (Not in brackets, 産学官連携本部（IAG collaboration HQ）: an English gloss of the name before it.)
  const outside = text.replace(/[(（][^)）]*[)）]/gu, " ");
  const capitals = new Set([...outside.matchAll(/(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])/g)].map((m) => m[0].toLowerCase()));
  const words = leftover.split(/\s+/).filter((w) => capitals.has(w));
  // (A whole word of the documents: ipo is inside other English words of the names.)
  const inText = (w: string) => new RegExp(`(?<![a-z])${w}(?![a-z])`).test(corpus);
  return words.filter((w) => !known.has(w) && !isEnglishWord(w) && !inText(w));
}

/**
 * A word the documents lack in what the asker needs the answer for (国会答弁用に, 説明資料用の): the asker's use, not
 * what is asked. (Only such a word: 活用に or 費用で are words of the documents ending in 用.)
 * @example forAskersUse("知クラの必要性、国会答弁用にポイントだけ", "国会") // true
 */
function forAskersUse(match: string, word: string): boolean {
  return new RegExp(`${escapeRegExp(word)}[\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}用(?:に|で|として|なので|の)`, "u").test(match);
}

/**
 * Drops leftover words that belong to a named entity's own names (大学等, 民間企業 of the 共同研究 indicator), in
 * English too: the glossary's words for the pieces of its names (HQ of the super industry-academia HQ).
 */
function withoutNameWords(leftover: string, mentions: Mention[], kb: KnowledgeBase): string {
  if (mentions.length === 0) return leftover;
  if (!leftover.trim()) return ""; // as segmenting it would give
  const own = mentions.flatMap((m) => [m.entity.name, ...m.entity.aliases]);
  const glossed = Object.entries(kb.vocabulary.glossary)
    .filter(([piece]) => own.some((n) => n.includes(piece)))
    .flatMap(([, words]) => words);
  // (And the everyday words for a term of the name: 会社 of 民間企業との共同研究.)
  const everyday = Object.entries(kb.vocabulary.synonyms)
    .filter(([term]) => own.some((n) => n.includes(term)))
    .flatMap(([, words]) => words);
  const names = [...own, ...glossed, ...everyday].map((n) => normalizeForMatch(n, kb.vocabulary.variants).toLowerCase()).join("\n");
  return [...wordSegments(leftover)]
    .map((s) => s.segment)
    .filter((w) => w.trim() && !names.includes(w))
    .join(" ")
    .trim();
}

/** A piece of a name this long (創出総合支援) names its own subject beside other names. */
const LONG_PIECE = 6;

/**
 * What says a name is where something is written: に載ってる, に出てくる, で紹介されている (after の中 or のとこ too).
 * (で出てくる is where it is written, 知財戦略で出てくる無償開放; で出てきた is what came up in a program, 整備事業で出てきた
 * 問題点, and of that program.)
 */
const PLACE_OF =
  /^(?:の(?:とこ|ところ|中|部分|ページ))?(?:に(?:載って|載っ|書いて|書かれ|出て|記載され|挙げられ)|で(?:出てく|紹介され|触れられ|書かれ|挙げられ))[\p{Script=Hiragana}]*/u;

/** A remark in brackets after a name (知クラ(H16)), or none. */
const DATING_REMARK = "(?:[(（][^()（）]{1,10}[)）])?";
/** What joins an exact name to a piece after it (と, や, a slash or a dot, a few words of the piece's own). */
const JOINED_AFTER = new RegExp(`^${DATING_REMARK}[とや/・][^とや、,\\p{Script=Hiragana}]{0,8}の?$`, "u");
/** What joins a piece to an exact name after it (a counter may end the piece: 本部数と). */
const JOINED_BEFORE = new RegExp(`^(?:[a-zア-ンー]|数)?${DATING_REMARK}[とや/・]$`, "u");

/**
 * A piece named beside an exact name as a second subject (都市エリアとJSTの地域イノベ創出), or joined right before it
 * (知クラ／都市エリア, 都市エリヤと知的クラスター, 産学官連携本部数と地域イノベ…): と, や, a slash or a dot join names,
 * and, after a name, a comma unless told otherwise.
 * @example coordinatedWith(guess("産学官連携本部"), [exact("地域イノベ…")], "h23の産学官連携本部数と地域イノベ…") // true
 */
function coordinatedWith(m: Mention, exact: Mention[], match: string, comma = true): boolean {
  return exact.some(
    (e) =>
      // (Words between that ask, 、いくつの大学等, are no second name's: a name's own words are no hiragana but の.)
      // (A comma joins names side by side only: 、対象の大学等 asks of the name before it.)
      // (A remark in brackets may follow a name, 知クラ(H16)と…: it dates the name, joins nothing.)
      (e.end <= m.start && JOINED_AFTER.test(match.slice(e.end, m.start))) ||
      (e.end <= m.start && comma && /^[、,]$/u.test(match.slice(e.end, m.start))) ||
      // (A counter may end the piece: 本部数と.)
      (m.end <= e.start && JOINED_BEFORE.test(match.slice(m.end, e.start))),
  );
}

/**
 * Beside an exact name, a partial match of an unrelated entity is more likely an ordinary word of the
 * question (知的クラスター創成事業の「中間評価」は何年目): it is dropped and stays in the leftover.
 */
function preferExact(mentions: Mention[], match: string, isWord: (w: string) => boolean): Mention[] {
  const exact = mentions.filter((m) => m.how === "alias");
  if (exact.length === 0) return mentions;
  const family = (m: Mention) => [m.entity.id, m.entity.parent].filter(Boolean);
  const coordinated = (m: Mention) => coordinatedWith(m, exact, match);
  // A program beside only a field or a place (IT分野の知クラ) is the subject those narrow, not a rival of theirs.
  // (Unless the guess ends inside a word of the question, 知クラ一 of 知クラ一覧.)
  const splitsWord = (m: Mention) => [1, 2].some((k) => [2, 3].some((n) => n > k && isWord(match.slice(m.end - k, m.end - k + n))));
  const narrowed = (m: Mention) =>
    m.entity.type === "program" && !splitsWord(m) && exact.every((e) => e.entity.type === "field" || e.entity.type === "region");
  // An English guess right before an exact name, all its words but one that name's own (universities industry
  // academia + collaboration coordinators): the words that lead into the name, not a second subject.
  const nameWords = (e: Mention) => new Set(englishWords([e.entity.nameEn ?? "", ...e.entity.aliases].join(" ")));
  const leadsInto = (m: Mention) =>
    m.how !== "alias" &&
    /[a-z]/.test(m.text) &&
    exact.some((e) => e.start >= m.end && e.start - m.end <= 2 && englishWords(m.text).filter((w) => !nameWords(e).has(w)).length <= 1);
  // A long piece of a name (創出総合支援 of …創出総合支援事業) names its own subject beside exact names.
  return mentions.filter(
    (m) =>
      !leadsInto(m) &&
      (m.how === "alias" ||
        m.text.length >= LONG_PIECE ||
        coordinated(m) ||
        narrowed(m) ||
        exact.some((e) => family(e).some((id) => family(m).includes(id!)))),
  );
}

/**
 * Whether the mention stands inside a longer phrase the documents write verbatim (大学等における産学連携等実施状況調査
 * around 大学等, 地域科学技術施策推進委員会 around 地域科学技術), at least six characters longer: then it is a word
 * of that phrase, not a subject.
 * @example inLongerDocumentTerm("地域科学技術施策推進委員会は", mention, corpus) // true
 */
function inLongerDocumentTerm(match: string, m: Mention, corpus: string, named: Mention[]): boolean {
  let from = m.start;
  let to = m.end;
  // Grown one character at a time, each side while the phrase is still the documents' own and names nothing
  // itself (札幌クラスターの参加企業数 keeps 参加企業数: the phrase would run into 札幌クラスター).
  const free = (at: number) => !named.some((n) => at >= n.start && at < n.end);
  for (let grown = true; grown;) {
    grown = false;
    if (to < match.length && free(to) && inCorpus(corpus, match.slice(from, to + 1))) (to++, (grown = true));
    if (from > 0 && free(from - 1) && inCorpus(corpus, match.slice(from - 1, to))) (from--, (grown = true));
  }
  // A phrase of the subject's own names (大学と企業の共同研究 of 大学と企業の共同研究件数) is that subject's.
  const phrase = match.slice(from, to);
  const ownName = [m.entity, ...(m.alternatives ?? [])].some((e) =>
    [e.name, ...e.aliases].some((n) => n.normalize("NFKC").toLowerCase().includes(phrase)),
  );
  return (
    !ownName &&
    to - from >= m.end - m.start + 6 &&
    /[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(match.slice(m.end, to) + match.slice(from, m.start))
  );
}

/**
 * In a later part (技術相談件数と、そこから共同研究になった件数), a name that the part before's subject counts
 * as one of its own figures' scopes (大学等と企業の共同研究に至ったもの) is that figure, not another subject.
 */
function inPreviousScope(kb: KnowledgeBase, previous: Topic | undefined): (m: Mention) => boolean {
  const before = previous?.subject ? kb.entities.get(previous.subject) : undefined;
  if (!before) return () => false;
  const family = new Set([before.id, before.parent].filter((x): x is string => Boolean(x)));
  const scopes = kb.facts.filter((f) => family.has(f.subject) && f.scope).map((f) => f.scope!.normalize("NFKC").toLowerCase());
  return (m) => !family.has(m.entity.id) && m.text.length >= 4 && scopes.some((s) => s.includes(m.text.slice(0, 4)));
}

/**
 * A short piece of an unrelated name right after a named program and の (知クラの「中間評価」は何のため) is a word
 * about that program, not a second subject (S-イノベの中間評価… is another program's indicator).
 */
function withoutAttributeWords(mentions: Mention[], match: string): Mention[] {
  const family = (m: Mention) => [m.entity.id, m.entity.parent].filter(Boolean);
  const related = (a: Mention, b: Mention) => family(a).some((id) => family(b).includes(id!));
  const anchors = mentions.filter((m) => m.how === "alias" || (m.entity.type === "program" && m.score >= 0.7));
  return mentions.filter(
    (m) =>
      anchors.includes(m) ||
      m.text.length >= 6 ||
      !anchors.some((a) => a.entity.type === "program" && match.slice(a.end, m.start) === "の" && !related(a, m)),
  );
}

/** The words that ask a region's own attributes (participating, 参加機関), lower case; made once per intent list. */
const regionAskLists = new WeakMap<Intent[], string[]>();
function regionAsks(deps: { intents: Intent[] }): string[] {
  let words = regionAskLists.get(deps.intents);
  if (!words) {
    const asks = deps.intents.filter((i) => i.shape === "attribute" && i.subjectTypes.includes("region"));
    regionAskLists.set(deps.intents, (words = asks.flatMap((i) => i.triggers.map((t) => t.normalize("NFKC").toLowerCase()))));
  }
  return words;
}

/** Every word the lexicon has for a country (Japanese, British), lower case; made once per lexicon. */
const placeWordSets = new WeakMap<Lexicon, Set<string>>();
function placeWords(deps: { lexicon: Lexicon }): Set<string> {
  let words = placeWordSets.get(deps.lexicon);
  if (!words) {
    words = new Set(Object.values(deps.lexicon.places).flatMap((ws) => ws.map((w) => w.toLowerCase())));
    placeWordSets.set(deps.lexicon, words);
  }
  return words;
}

/** A university named in English (Kyoto University, Kyoto Univ, University of Tokyo): capitalized, as names are. */
// (Another ministry than the documents' own, education's, is another organization: the ministry of agriculture.)
const ORGANIZATION_EN =
  /\b[A-Z][a-z]+ (?:[Uu]niversity|[Uu]niv)\b|\b[Uu]niversity of [A-Z][a-z]+|\b[Mm]inistry of (?![Ee]ducation\b)[A-Za-z]+/g;
const ORGANIZATION = /[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:大学|省|庁|県|府|市|町|村|機構|研究所|株式会社)/gu;
const UNIVERSITY_SHORT = /(?<![\p{Script=Han}\p{Script=Katakana}])\p{Script=Han}{1,2}大(?=の|は|が|と|で|って|[\s、,。?？]|$)/gu;

/**
 * Named organizations (…大学, …省, …県) outside every named entity and its names: a figure for one of
 * them is not what the documents' national or program-wide figures are.
 */
function findOrganizations(
  match: string,
  mentions: Mention[],
  stopwords: string[],
  variants: Record<string, string>,
  counted: string[],
  used: (word: string) => boolean,
): string[] {
  const names = mentions
    .flatMap((m) => [m.entity.name, ...m.entity.aliases])
    .map((n) => normalizeForMatch(n, variants).toLowerCase())
    .join("\n");
  // (A name the documents never use before a name that begins with the kind, スタンフォード + 大学発のベンチャー,
  // is that organization's: its figure is not the documents'.)
  const ownPrefix = (m: RegExpMatchArray, x: Mention) =>
    x.start > m.index! && x.start < m.index! + m[0].length && !used(match.slice(m.index!, x.start)) && x.start - m.index! >= 2;
  const found = [...match.matchAll(ORGANIZATION)].filter(
    // A kind followed by 等 (対象大学等, 参画機関等) is a category, not one organization's name; followed by 数
    // (実施大学数, 配置大学の数) it is counted.
    (m) =>
      !mentions.some((x) => m.index < x.end && m.index + m[0].length > x.start && !ownPrefix(m, x)) &&
      !/^(?:等|数|の数)/u.test(match.slice(m.index + m[0].length)) &&
      // (One worked with, 経産省との連携施策, is a partner: no figure of its own is asked.)
      !/^と(?:の|連携|協力|共同|一緒)/u.test(match.slice(m.index + m[0].length)),
  );
  // 何大学 / 各省 / 全大学 ask how many or which: they count organizations, they do not name one; nor do
  // 対象大学 or 参加大学, which say which of them a program counts (the lexicon's countedOrganizations).
  const kind = (org: string) => counted.some((w) => /^(?:大学|機構|研究所)$/u.test(org.slice(w.length)) && org.startsWith(w));
  // A university by its short name (京大の, 東北大は): one or two kanji and 大 standing alone, a word the documents
  // never use (最大, 拡大 are theirs).
  const short = [...match.matchAll(UNIVERSITY_SHORT)].filter(
    (m) => !used(m[0]) && !mentions.some((x) => m.index < x.end && m.index + m[0].length > x.start),
  );
  return (
    [...found, ...short]
      .map((m) => m[0])
      // (何 anywhere, 今何大学くらい, asks how many.)
      .filter((org) => !/何/u.test(org) && !/^[各全本当同他]/.test(org) && !kind(org) && !names.includes(org) && !stopwords.includes(org))
  );
}

/**
 * Leftover words in the place of a subject (NEDOの予算, 理研は何件): a name, in Latin letters or two or more kanji or
 * katakana, followed by a particle (or, for a Latin name, a kind of thing: SBIR制度の) that makes it what is asked.
 * @example namesOfTheirOwn("nedoの2012年度予算は?", "nedo") // ["nedo"]
 */
function namesOfTheirOwn(match: string, leftover: string): string[] {
  // Stop words blanked inside a word (度 of 制度) leave pieces: a Latin name is its letters up to the first kanji.
  const words = leftover
    .split(/\s+/)
    .map((w) => /^[a-z][a-z0-9-]+/.exec(w)?.[0] ?? w)
    .filter((w) => /^[a-z][a-z0-9-]+$/.test(w) || (w.match(/[\p{Script=Han}\p{Script=Katakana}ー]/gu) ?? []).length >= 2);
  const after = (w: string) => (/^[a-z]/.test(w) ? "(?:の|は|が|って|制度|事業|プログラム|施策|計画|法)" : "(?:の|は|が|って)");
  return words.filter((w) => new RegExp(`${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${after(w)}`).test(match));
}

/** Whether an English name has the word as a word of its own, not only as an acronym in capitals (START). */
function wordOfName(name: string, word: string): boolean {
  return [...name.matchAll(new RegExp(`(?<![A-Za-z])${escapeRegExp(word)}(?![A-Za-z])`, "gi"))].some((m) => m[0] !== m[0].toUpperCase());
}

const lastCovered = new WeakMap<KnowledgeBase, number>();

/** The latest fiscal year any figure of the documents is of, their targets aside. */
function lastCoveredYear(kb: KnowledgeBase): number {
  let year = lastCovered.get(kb);
  if (year === undefined) {
    // (Of figures of their time: a target set for 平成34年度 does not make FY21 a year the documents reach.)
    const targets = new Set(kb.vocabulary.qualifiers.filter((q) => q.group === "target").map((q) => q.id));
    year = Math.max(...kb.facts.filter((f) => !targets.has(f.qualifier)).map((f) => f.fiscalYear ?? 0));
    lastCovered.set(kb, year);
  }
  return year;
}
