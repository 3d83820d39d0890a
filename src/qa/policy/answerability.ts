/**
 * The one place that decides between answering, asking back and saying "not in the documents".
 * Rules are tried in order; the first that applies decides. Each rule is small and named, and the name
 * is the answer's `intent` when the rule, not the question's intent, decided (out-of-scope, not-mentioned…).
 */
import { optionLabel } from "../option-label.js";
import { answerCountedTerm } from "../describe/counted-term.js";
import { answerMissingPhase, missingPhase } from "./phase-asked.js";
import type { Deps, Draft } from "../answer-kit.js";
import { asksMoney, hasCue } from "../answer-kit.js";
import type { Query } from "../understand-question.js";
import { notForOrganization, notMentioned, withoutScopeWords } from "../guard-answer.js";
import { answerOutOfScope, outOfScopeKind } from "../answer-shapes/out-of-scope.js";
import { answerSources } from "../answer-shapes/sources.js";
import { askWhichSubject, openSubjects } from "./ambiguous-subject.js";
import { answerYearsWithoutFigures, asksYearsWithoutFigures } from "./years-without-figures.js";
import type { ANSWER_SHAPES } from "../intent-schema.js";
import type { Entity } from "../../knowledge/load-knowledge.js";
import { findTriggers } from "../detect-intent.js";
import { say, shortEntityName } from "../answer-kit.js";
import { answeringPassage, answerTopic } from "../describe/topic-passage.js";
import { answerTitled, titledSections } from "../describe/titled-section.js";
import { answerDefinition } from "../describe/answer-aspect.js";
import { detectAspect } from "../query/aspect.js";
import { blankMentions, escapeRegExp } from "../match/mention.js";
import { comparedSubjects } from "../answer-shapes/compare-subjects.js";
import { answerBreakdown, scopedSubject } from "../answer-shapes/breakdown.js";
import { askedUnit } from "../answer-shapes/select-facts.js";
import { askWhichFigure, askWhichOfYear, generalFigureSubject, yearFigureQuestions } from "./which-figure.js";
import { askWhichPhase, phasedProgram } from "./which-phase.js";
import { answerPlaces, placesAsked } from "../answer-shapes/compare-places.js";
import { answerQuotedFigures, quotedFigures } from "./figure-named.js";
import { sectionNamed } from "../answer-shapes/passages.js";
import { answerCompoundTerm, compoundTerm } from "../describe/compound-term.js";
import { personByOffice, personNotNamed } from "./person-asked.js";
import { answerRegionSupport, regionSupport } from "../answer-shapes/region-support.js";
import { countAsked } from "../query/count-asked.js";
import { answerMembersAsked, membersAsked } from "./members-asked.js";
import { answerFigureChecked, figureChecked } from "./figure-checked.js";
import { answerYearBeyond, yearsBeyond } from "./year-beyond.js";
import { answerMinistryTotal, asksMinistryTotal } from "./ministry-total.js";
import { answerOneRegion, oneRegionAsked } from "./one-region.js";

export type Shape = (typeof ANSWER_SHAPES)[number];

/** What the rules look at: the read question, the shape its intent asks for, and the loaded knowledge. */
export type Case = { query: Query; deps: Deps; shape: Shape };

export type Rule = { name: string; applies: (c: Case) => boolean; answer: (c: Case) => Draft };

/** Shapes that answer with figures: words they cannot explain or an organization make them not_found. */
export const FIGURE_SHAPES: readonly Shape[] = ["facts", "series", "extreme", "difference"];

/** Shapes that answer with a list of names. */
const LIST_SHAPES: readonly Shape[] = ["regions", "region-field"];

/**
 * A finding a rule both tests and answers with, made once per question: a rule's `applies` and its `answer` read
 * the same query, and several of these scan the knowledge.
 */
function once<T>(find: (query: Query, deps: Deps) => T): (c: Case) => T {
  const found = new WeakMap<Query, { value: T }>();
  return (c) => {
    let hit = found.get(c.query);
    if (!hit) found.set(c.query, (hit = { value: find(c.query, c.deps) }));
    return hit.value;
  };
}
const headOfOffice = once(personByOffice);
const quoted = once(quotedFigures);
const places = once(placesAsked);
const generalSubject = once(generalFigureSubject);
const yearQuestions = once(yearFigureQuestions);
const phased = once(phasedProgram);
const scoped = once(scopedSubject);
const supportOfRegion = once(regionSupport);
const topicPassage = once(answeringPassage);
const titled = once(titledSections);
const countedTerm = once(answerCountedTerm);
const phaseMissing = once(missingPhase);
const members = once(membersAsked);
const checkedFigure = once(figureChecked);
const defined = once((query: Query, deps: Deps) => {
  const found = answerDefinition(query, deps, undefined);
  return found?.status === "answered" ? found : undefined;
});

/** The question's reading asks money (a budget, the support per region): the schema's categories of measure. */
const moneyAsked = (c: Case) => asksMoney(c.query.intent);
/** An indicator or a program named exactly: what has figures of its own. */
const namesFigureSubject = (c: Case) =>
  c.query.mentions.some((m) => m.how === "alias" && (m.entity.type === "indicator" || m.entity.type === "program"));
/** The question is answered with figures. */
const figures = (c: Case) => FIGURE_SHAPES.includes(c.shape);
/** The question asks for figures, even when the passages answer it (an organization's figure is never there). */
const asksFigures = (c: Case) => figures(c) || FIGURE_SHAPES.includes(c.query.intent?.shape ?? "describe");
const namedExactly = (c: Case) => c.query.mentions.some((m) => m.how === "alias");
/** Named exactly by more than a short common word (クラスター, 施策 name a kind as often as one subject). */
const namedByName = (c: Case) => c.query.mentions.some((m) => m.how === "alias" && m.text.length > 5);
/**
 * Words the documents never use, in a figure question or one that names nothing known. In a figure question that
 * names its subject exactly and asks with its own words (分かる範囲で推移を, 資料で確認できる範囲で), only such a word in
 * a name's place (NEDOの, SBIRは) stops it: elsewhere it is the asker's own phrasing.
 */
const unexplained = (c: Case) =>
  c.shape !== "help" &&
  // A numbered name the documents never write (第5期…) stops any question: the series is theirs, that one is not.
  (c.query.ownNames.some(isNumberedName) ||
    // So does a word they never use written onto an aspect's word (経済波及効果): the asked thing is not theirs.
    c.query.unknownWords.some((w) => gluedToAspect(c, w)) ||
    // And one asked of a name in a when-question (TLO法の改正って何年): that event, not the one the documents date.
    (asksWhen(c) && c.query.unknownWords.some((w) => eventOfName(c, w))) ||
    ((asksFigures(c) || !namedExactly(c)) &&
      ((asksFigures(c) && c.query.ownNames.length > 0) ||
        c.query.unknownWords.some(
          (w) =>
            c.query.lang === "en" ||
            !(namedExactly(c) && c.query.triggers.length > 0) ||
            inNamePlace(c.query.match, w) ||
            (asksFigures(c) && (gluedToTrigger(c.query, w) || picksCounted(c.query, w))),
        ))));
/** The question dates an event of a subject: a law's enactment, or an attribute the documents give with a year (its start). */
const asksWhen = (c: Case) => c.shape === "law-year" || (c.query.intent?.keys ?? []).some((k) => datedKeys(c.deps).has(k));

const datedKeyCache = new WeakMap<object, Set<string>>();
/** The attribute keys whose values carry a year (start-year), found once per knowledge base. */
function datedKeys(deps: Deps): Set<string> {
  let keys = datedKeyCache.get(deps.kb);
  if (!keys) {
    keys = new Set([...deps.kb.entities.values()].flatMap((e) => e.attributes.filter((a) => a.year !== undefined).map((a) => a.key)));
    datedKeyCache.set(deps.kb, keys);
  }
  return keys;
}
/** A word written after a name and の (改正 of TLO法の改正): an event of that subject. */
const eventOfName = (c: Case, word: string) => c.query.mentions.some((m) => c.query.match.includes(`${m.text}の${word}`));
/** A word written right before an aspect's Japanese word (波及 of 経済波及効果, before 効果). */
const gluedToAspect = (c: Case, word: string) =>
  Object.values(c.deps.lexicon.aspects).some((a) =>
    a.cues.some((cue) => /^[\p{Script=Han}\p{Script=Katakana}]/u.test(cue) && c.query.match.includes(`${word}${cue}`)),
  );
/** A numbered name (第5期科学技術基本計画): one of a series the documents have, but not this one. */
const isNumberedName = (w: string) => /^第[0-9一二三四五六七八九十ivx]+[期次]/u.test(w);
/**
 * A word the documents never use written onto the figure word (応募件数, 採択倍率) or right after a how-many word
 * as what is counted (何社倒産した): a figure they do not give.
 */
// (Onto a noun of a figure, not a question word: 採択何件 asks how many were adopted.)
const gluedToTrigger = (query: Query, word: string) =>
  query.triggers.some(
    (t) =>
      (/^[\p{Script=Han}\p{Script=Katakana}]/u.test(t) && !/^何/u.test(t) && query.match.includes(word + t)) ||
      (/^何/u.test(t) && query.match.includes(t + word)),
  );
/**
 * A word the documents never use as the verb of a clause before what is counted (上場した会社は何社, 倒産した企業の
 * 数): those it picks out are no count of theirs, whatever the total they give.
 * @example picksCounted(understand("大学発ベンチャーのうち上場(IPO)した会社は何社"), "上場") // true
 */
const picksCounted = (query: Query, word: string) =>
  new RegExp(
    // (A gloss in brackets may follow the word: 上場(IPO)した.)
    `${escapeRegExp(word)}(?:[(（][^()（）]{1,20}[)）])?(?:まで)?(?:した|された|している|してる|できた|いった)[^、。?？]{0,12}(?:いくつ|何|どれだけ|どのくらい|どれくらい|の?数)`,
    "u",
  ).test(query.match);
const inNamePlace = (match: string, word: string) => new RegExp(`${escapeRegExp(word)}(?:の|は|が|と|や|って)`, "u").test(match);

/**
 * The rules before any answer is built, in order.
 * @example RULES_BEFORE_ANSWER.map((r) => r.name) // ["out-of-scope", "about-the-documents", …]
 */
export const RULES_BEFORE_ANSWER: Rule[] = [
  {
    // Opinions, predictions, people, the weather: no passage answers them, however many words it shares.
    name: "out-of-scope",
    applies: (c) => c.shape !== "help" && outOfScopeKind(c.deps, c.query) !== undefined,
    answer: (c) => answerOutOfScope(c.query, c.deps),
  },
  {
    // 2030年までにどれくらい成果が出る？: a year after everything the documents reach, their targets included.
    // (A figure asked of such a year is said missing by its own answer, with the years there are.)
    name: "year-beyond-documents",
    applies: (c) => c.shape !== "help" && !asksFigures(c) && yearsBeyond(c.query, c.deps).length > 0,
    answer: (c) => answerYearBeyond(c.query, c.deps),
  },
  {
    // 知クラ第III期の予算: a phase of a program given in phases that none of its phases is.
    name: "phase-not-given",
    applies: (c) => c.shape !== "help" && phaseMissing(c) !== undefined,
    answer: (c) => answerMissingPhase(c.query, c.deps, phaseMissing(c)!),
  },
  {
    // 都市エリアの各エリアの事業化件数, 一番成果が出たのはどこのエリア: a figure of each region, or the first of them,
    // where no region has a figure of its own. (A region's money is its program's support per region: answered.)
    name: "members-not-given",
    applies: (c) => c.shape !== "help" && members(c) !== undefined && (members(c)!.how !== "each" || (asksFigures(c) && !moneyAsked(c))),
    answer: (c) => answerMembersAsked(c.query, c.deps, members(c)!),
  },
  {
    // 浜松クラスターってどこ, 浜松クラスターの中核機関ってどこ: of one region, not its program's list.
    name: "one-region",
    applies: (c) => c.shape === "regions" && oneRegionAsked(c.query, c.deps),
    answer: (c) => answerOneRegion(c.query, c.deps),
  },
  {
    // 文科省の予算総額, MEXT's total budget: the ministry's whole budget is in no document; a program's would mislead.
    name: "ministry-total",
    applies: (c) => c.shape !== "help" && asksMinistryTotal(c.query, c.deps),
    answer: (c) => answerMinistryTotal(c.query, c.deps),
  },
  {
    name: "about-the-documents",
    applies: (c) => c.query.mentions.length === 0 && hasCue(c.deps, c.query, "sources"),
    answer: (c) => answerSources(c.query, c.deps),
  },
  {
    // 地域科学技術振興室の室長って誰？: the head the documents name with that office.
    name: "person-by-office",
    applies: (c) => hasCue(c.deps, c.query, "who") && hasCue(c.deps, c.query, "posts") && headOfOffice(c) !== undefined,
    answer: (c) => headOfOffice(c)!,
  },
  {
    // 82大学等に1～2名っていう規模、いつ時点の数字？: the quoted figure's own year, cited.
    name: "figure-named",
    applies: (c) => c.shape !== "help" && quoted(c).length > 0,
    answer: (c) => answerQuotedFigures(c.query, c.deps, quoted(c)),
  },
  {
    // 都市エリアのH15予算は31億円で正しい？: the documents' figure of that subject in the quoted unit, said with
    // whether it is the one quoted (or of which year it is), cited.
    name: "figure-checked",
    applies: (c) => c.shape !== "help" && !c.query.samePart && checkedFigure(c) !== undefined,
    answer: (c) => answerFigureChecked(c.query, c.deps, checkedFigure(c)!),
  },
  {
    // 日本の大学発ベンチャー数を米英と比べて, ドイツの大学発ベンチャーは: a figure the documents give per country,
    // asked for two or more countries or for one they do not give. Each country's own figure, or "not there".
    name: "places",
    applies: (c) => c.shape !== "help" && comparesPlaces(c),
    answer: (c) => answerPlaces(c.query, c.deps, places(c)!),
  },
  {
    // 都市エリアの数字ください: figures of several kinds, none named; which is the user's to say.
    name: "which-figure",
    applies: (c) => c.shape !== "help" && generalSubject(c) !== undefined,
    answer: (c) => askWhichFigure(c.query, c.deps, generalSubject(c)!),
  },
  {
    // 知的クラスターの予算は？: a program given in phases, its money asked with no year, phase or kind; its budgets
    // are the phases' year by year and its own from before them: which is the user's to say.
    name: "which-phase",
    applies: (c) => c.shape === "facts" && phased(c) !== undefined,
    answer: (c) => askWhichPhase(c.query, c.deps, phased(c)!),
  },
  {
    // H23の数字ください: a year's figures, no subject named; which one is the user's to say.
    name: "which-figure-of-year",
    applies: (c) => c.shape !== "help" && yearQuestions(c) !== undefined,
    answer: (c) => askWhichOfYear(c.query, yearQuestions(c)!),
  },
  {
    // 富山・高岡クラスターは年間いくらの支援？: no region has a budget of its own; its program's support per region
    // (for a trial region, the trial regions') is what it gets.
    name: "region-support",
    applies: (c) => c.shape !== "help" && supportOfRegion(c) !== undefined,
    answer: (c) => answerRegionSupport(c.query, c.deps, supportOfRegion(c)!),
  },
  {
    // アンケートの対象になってる取組は？ of a figure given for several groups: the groups, each cited.
    name: "breakdown",
    // (何大学が対象, いくつが対象 ask a count: the figure, not its groups.)
    applies: (c) => c.shape !== "help" && hasCue(c.deps, c.query, "breakdown") && !asksCount(c) && scoped(c) !== undefined,
    answer: (c) => answerBreakdown(c.query, c.deps, scoped(c)!),
  },
  {
    // which 4 MEXT programmes are counted in the graphs?, グラフの4事業を全部: a term the documents define with a
    // count in it (…4事業とは、…), named by its count and counted noun, is answered by its definition.
    name: "counted-term",
    // (Not a figure asked of them, 4つの事業の予算 or 4事業の共同研究件数の割合: the definition gives neither.)
    applies: (c) => c.shape !== "help" && !moneyAsked(c) && !namesFigureSubject(c) && countedTerm(c) !== undefined,
    answer: (c) => countedTerm(c)!,
  },
  {
    // 成果グラフで言ってる文科省の4事業ってなに: a term the documents define (…4事業とは、…), asked what it is, is
    // answered by that definition, whatever words place it (成果 is no aspect asked here).
    name: "defined-term",
    // (Or asked as a list of programs, …4事業って何と何: with no subject named exactly, a term's definition lists them.)
    applies: (c) =>
      ((c.shape === "describe" && c.query.mentions.length === 0) ||
        ((c.query.intent?.keys.includes("component") ?? false) && c.query.mentions.every((m) => m.how !== "alias"))) &&
      /(?:とは|って)/u.test(c.query.text) &&
      defined(c) !== undefined,
    answer: (c) => defined(c)!,
  },
  {
    // 地域科学技術施策の課題は？: a section whose headings name what is asked, in the question's own words.
    name: "titled-section",
    // (A subject named exactly is described from its own sections; a word the documents never use is not there.)
    applies: (c) =>
      c.shape === "describe" &&
      !namedByName(c) &&
      c.query.ownNames.length === 0 &&
      c.query.unknownWords.length === 0 &&
      titled(c).length > 0,
    answer: (c) => answerTitled(c.query, c.deps, titled(c)),
  },
  {
    // A description asked in the asker's own words (どの範囲を対象に活動する？), where one passage holds the
    // rest of the question: that passage, not "not in the documents".
    name: "topic-passage",
    applies: (c) => c.shape === "describe" && unexplained(c) && c.query.ownNames.length === 0 && topicPassage(c) !== undefined,
    answer: (c) => answerTopic(c.query, c.deps, topicPassage(c)!),
  },
  {
    // 知的クラスター本部はどういう位置づけ？: a name with a noun the documents write as one term is about that term.
    name: "compound-term",
    applies: (c) => c.shape === "describe" && compoundTerm(c.query, c.deps) !== undefined && termPassage(c) !== undefined,
    // Who holds a post of it (本部長って誰) is not what the sentence says.
    answer: (c) => (hasCue(c.deps, c.query, "who") && hasCue(c.deps, c.query, "posts") ? personNotNamed(c.query, c.deps) : termPassage(c)!),
  },
  {
    // A word the documents never use stops a figure question, or one that names nothing known; a question
    // about a known subject in words of its own (知的財産本部は誰がトップ？) still goes to the passages.
    name: "not-mentioned",
    applies: unexplained,
    answer: (c) => notMentioned(c.query, c.deps),
  },
  {
    // あの事業の評価は？ with nothing asked before: the question points at a subject it does not name, and
    // any program's passage would be a guess. Asked back, with the programs the documents describe most.
    name: "refers-back-without-subject",
    applies: (c) => c.shape !== "help" && !c.query.previous && namesOnlyByPointing(c),
    answer: (c) => askWhichReferred(c.query, c.deps),
  },
  {
    // H26年度の執行額 when no document gives any 執行額 for H26: not which program, but not there.
    // (A named subject's own years are said by its answer, with options to ask them.)
    name: "years-without-figures",
    // (A later part of one question asks of the part before's subject: that subject's years decide.)
    applies: (c) =>
      figures(c) &&
      !c.query.followUp &&
      !(c.query.samePart && c.query.previous?.subject) &&
      c.query.mentions.length === 0 &&
      asksYearsWithoutFigures(c.query, c.deps),
    answer: (c) => answerYearsWithoutFigures(c.query, c.deps),
  },
  {
    // Two subjects fit the typed name equally: which one is asked is the user's to say, not ours to guess.
    name: "ambiguous-subject",
    applies: (c) => c.shape !== "help" && c.shape !== "describe" && openSubjects(c.query).length > 1,
    answer: (c) => askWhichSubject(c.query, c.deps, openSubjects(c.query)),
  },
  {
    // 京都大学の共同研究件数: the documents' figures are national or program-wide, never one organization's.
    name: "one-organization",
    // (A figure's word beside another reading asks a figure too: 農水省の…予算ってどこかに載ってる.)
    applies: (c) => (asksFigures(c) || c.query.measureIntent !== undefined) && c.query.organizations.length > 0,
    answer: (c) => notForOrganization(c.query),
  },
];

/**
 * The shape a question is answered with: its intent's, or the passages when the intent was chosen only
 * because the question names an entity of its type and asks more than the intent explains.
 * @example shapeOf(understand("神戸クラスターの参加機関"), deps) // "describe"
 */
export function shapeOf(query: Query, deps: Deps): Shape {
  if (!query.intent) return "describe";
  if (askedHowTheyDiffer(query, deps)) return "describe";
  // A list of regions never says when or why (19エリアはいつ選定された, なぜ19エリアなの): the passages do.
  if (LIST_SHAPES.includes(query.intent.shape) && asksBeyond(query, deps, "beyondLists")) return "describe";
  // A list asked of no subject but of a section the question names (達成目標1の達成手段の事業名をリストアップ): that section's.
  if (LIST_SHAPES.includes(query.intent.shape) && query.mentions.length === 0 && sectionNamed(query, deps)) return "describe";
  // A word of two kanji or katakana is asked beyond the intent; so is a kanji that is the noun asked about
  // (構造改革プランの柱は), not a prefix or a verb's stem (全地域, 挙げて).
  // (って is left out: after one kanji it is as often a verb's て-form, 入ってる.)
  // (Politeness after it, 3本柱おしえて, still leaves it the last word asked.)
  const ending = withoutPoliteEnding(query.match, deps);
  // (After の, つ or 本 a kanji with って is the noun asked: 3本柱ってなんでした.)
  const asked = (w: string) => new RegExp(`${w}(?:は|とは|について|を)|(?:の|つ|本)${w}(?:[?？]?$|って)`, "u").test(ending);
  const beyond = withoutScopeWords(query, deps)
    .split(/\s+/)
    // (In English, a word of its own asked of a law or plan with no when-word: the three pillars of a plan asks its
    // contents, not when it was adopted.)
    .some(
      (w) =>
        /[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(w) ||
        (/^\p{Script=Han}$/u.test(w) && asked(w)) ||
        (query.lang === "en" && query.intent!.shape === "law-year" && /^[a-z]{4,}$/.test(w)),
    );
  // Or an aspect no figure answers (なぜ, 目的) asked of a subject the intent was only guessed from (…の割合が低めなのはなぜ).
  // An aspect no figure answers (…目標割合が低めなのはなぜ) goes to the passages even when a figure's word was read.
  if (FIGURE_SHAPES.includes(query.intent.shape) && !query.followUp && asksBeyondFigures(query, deps)) return "describe";
  const onlyFallback = query.triggers.length === 0 && !query.followUp && beyond;
  return onlyFallback && !figuresForAskedYears(query, deps) ? "describe" : query.intent.shape;
}

/**
 * The question without the polite words and marks it ends with (…の3本柱おしえて → …の3本柱).
 * @example withoutPoliteEnding("構造改革プランの3本柱おしえて", deps) // "構造改革プランの3本柱"
 */
function withoutPoliteEnding(match: string, deps: Deps): string {
  let polite = politeWords.get(deps.lexicon);
  if (!polite) {
    polite = [...deps.lexicon.fillers, ...deps.lexicon.stopwords]
      .map((w) => w.normalize("NFKC").toLowerCase())
      .filter((w) => w.length >= 2);
    politeWords.set(deps.lexicon, polite);
  }
  let text = match.replace(/[\s?？!！。.]+$/u, "");
  for (let cut = true; cut;) {
    const word = polite.find((w) => text.endsWith(w) && text.length > w.length);
    cut = word !== undefined;
    if (word) text = text.slice(0, -word.length).replace(/[\s、,]+$/u, "");
  }
  return text;
}

/** The fillers and stop words of two characters or more, normalized once per lexicon. */
const politeWords = new WeakMap<Deps["lexicon"], string[]>();

/** How two programs differ, no figure, kind or year named (都市エリア事業と知的クラスターってどう違うの): what each is. */
function askedHowTheyDiffer(query: Query, deps: Deps): boolean {
  const plain = !query.measureIntent && query.years.years.length === 0 && query.qualifiers.length === 0;
  return query.intent?.shape === "difference" && plain && comparedSubjects(query, deps).length > 0;
}

/** A subject named exactly with figures in the year asked (ハブ拠点参画大学の…件数は, 2024年度): its figure is asked. */
function figuresForAskedYears(query: Query, deps: Deps): boolean {
  const years = query.years.years.map((y) => y.fiscalYear);
  const named = new Set(query.mentions.filter((m) => m.how === "alias").map((m) => m.entity.id));
  return years.length > 0 && deps.kb.facts.some((f) => named.has(f.subject) && f.fiscalYear !== null && years.includes(f.fiscalYear));
}

/**
 * The first rule that applies, or undefined when the question is to be answered by its shape.
 * @example decideBeforeAnswer({ query, deps, shape: "facts" })?.rule // "one-organization"
 */
export function decideBeforeAnswer(c: Case): { rule: string; draft: Draft } | undefined {
  const rule = RULES_BEFORE_ANSWER.find((r) => r.applies(c));
  return rule ? { rule: rule.name, draft: rule.answer(c) } : undefined;
}

/** The passage of the compound term the question asks about, if the documents hold one. */
const termPassage = once((query, deps) => {
  const term = compoundTerm(query, deps);
  return term ? answerCompoundTerm(query, deps, term) : undefined;
});

/** A count asked (何大学が対象): a unit's word, or a counter the check after answering reads too. */
function asksCount(c: Case): boolean {
  return askedUnit(c.deps, c.query.match) !== undefined || countAsked(c.query, c.deps) !== undefined;
}

/**
 * Two or more countries asked, or one the documents give no figure for, of a subject given per country; or one
 * foreign country alone (UK university spinouts per year): its own figure, not the home country's.
 */
function comparesPlaces(c: Case): boolean {
  const asked = places(c);
  if (!asked) return false;
  const [place] = asked.places;
  return asked.places.length >= 2 || !asked.byPlace.has(place!) || place !== c.deps.lexicon.homePlace;
}

/** A pointing word (あのエリア) and no name but the one inside it (エリア of あのエリア is no subject). */
function namesOnlyByPointing(c: Case): boolean {
  const [word] = findTriggers(c.deps.lexicon.cues.referBack, c.query.match, []);
  if (!word) return false;
  const at = c.query.match.indexOf(word);
  return c.query.mentions.every((m) => m.start >= at && m.end <= at + word.length);
}

/**
 * Which program "あの事業" means, asked back: each option is the user's own question with the program put where
 * the pointing word was (あの事業の評価結果は → 知的クラスター創成事業の評価結果は).
 */
function askWhichReferred(query: Query, deps: Deps): Draft {
  const [word] = findTriggers(deps.lexicon.cues.referBack, query.match, []);
  const asked = query.text.normalize("NFKC");
  const at = word ? asked.toLowerCase().indexOf(word) : -1;
  // The kind pointed at (あのエリア: areas, あの事業: programs) gives the options.
  const [type, noun] = pointedKind(deps, word ?? "");
  const options = subjectsByFacts(deps, type, noun)
    .slice(0, 6)
    .map((subject) => {
      const name = shortEntityName(subject, query.lang);
      return { label: optionLabel(name), question: at >= 0 ? asked.slice(0, at) + name + asked.slice(at + word!.length) : name };
    });
  return { status: "clarify", summary: say(query.lang, `どの${noun}のことですか？`, "Which one do you mean?"), options };
}

/** The kind of subject a pointing word names by its category noun (エリア → region), programs by default. */
function pointedKind(deps: Deps, word: string): [string, string] {
  for (const [type, nouns] of Object.entries(deps.lexicon.categories)) {
    const noun = (nouns ?? []).find((n) => word.includes(n));
    if (noun) return [type, noun];
  }
  return ["program", "事業"];
}

/** Subjects of that kind (those named with the noun first: エリア → the areas), those with most facts first. */
function subjectsByFacts(deps: Deps, type: string, noun: string): Entity[] {
  const count = (id: string) => deps.kb.facts.filter((f) => f.subject === id).length;
  const named = (e: Entity) => (e.name.includes(noun) ? 1 : 0);
  return [...deps.kb.entities.values()].filter((e) => e.type === type).sort((a, b) => named(b) - named(a) || count(b.id) - count(a.id));
}

/** The question asks an aspect figures never answer (なぜ, 目的), read outside the names it uses. */
function asksBeyondFigures(query: Query, deps: Deps): boolean {
  return asksBeyond(query, deps, "beyondFigures");
}

/** The aspect the question asks, outside its names, is one the flag says figures or lists never answer. */
function asksBeyond(query: Query, deps: Deps, flag: "beyondFigures" | "beyondLists"): boolean {
  const unnamed = blankMentions(query.match, query.mentions);
  const id = detectAspect(unnamed, deps.lexicon);
  return id !== undefined && deps.lexicon.aspects[id]![flag];
}
