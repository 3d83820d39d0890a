/**
 * The rules after an answer is drafted: an answer that answers a neighbouring question is replaced.
 * In order; the first that applies decides.
 */
import { hasCue, say, type Deps, type Draft } from "../answer-kit.js";
import { namesPerson, personByOffice, personNotNamed } from "./person-asked.js";
import { countAsked } from "../query/count-asked.js";
import type { Query } from "../understand-question.js";
import { asksBeyondEvidence, notForOrganization, otherSubjectsFigures, passageInstead, regionsNamed } from "../guard-answer.js";
import { FIGURE_SHAPES, type Shape } from "./answerability.js";
import { answerDescribe, notInDocuments } from "../answer-shapes/describe.js";
import { noPassageForYear } from "../answer-shapes/passages.js";
import { annotateEraYears } from "../../search/tokenize.js";
import { detectAspect } from "../query/aspect.js";
import { inCorpus } from "../query/in-corpus.js";
import { findTriggers } from "../detect-intent.js";
import { countedNotInDocuments, countsOtherThing } from "./counted-thing.js";
import { abroadNotInDocuments, saysNothingAbroad } from "./abroad-asked.js";
import { countsForMoney, moneyNotInDocuments } from "./money-asked.js";
import { countsForShare, passageForShare, shareNotInDocuments } from "./share-asked.js";
import { quotesHeading } from "../describe/heading-only.js";

type Check = {
  name: string;
  applies: (q: Query, d: Draft, shape: Shape, deps: Deps) => boolean;
  replace: (q: Query, deps: Deps, d: Draft) => Draft;
};

/**
 * @example CHECKS_AFTER_ANSWER.map((c) => c.name) // ["empty-answer", "another-subjects-figures", "count-without-figure", …]
 */
export const CHECKS_AFTER_ANSWER: Check[] = [
  {
    // A heading with nothing under it (…の概要:) and no source is no answer, however it was reached.
    name: "empty-answer",
    applies: (q, d) =>
      d.status === "answered" && !(d.citations ?? []).length && !(d.facts ?? []).length && !(d.lines ?? []).some((l) => l.trim()),
    replace: (q, deps) => notInDocuments(q, deps),
  },
  {
    // …でどれだけ雇用が生まれた？ answered by a quote that is only a heading (# 知的クラスター創成事業（第I期）):
    // a title says nothing; the documents do not answer it.
    name: "heading-only",
    applies: (q, d) => headingOnly(d),
    replace: (q, deps) => notInDocuments(q, deps),
  },
  {
    // 名古屋クラスターの特許出願件数 answered with the all-region figure: that region's figure is not there.
    name: "another-subjects-figures",
    applies: (q, d, shape, deps) => d.status === "answered" && FIGURE_SHAPES.includes(shape) && otherSubjectsFigures(q, d, deps),
    replace: (q) => notForOrganization({ ...q, organizations: regionsNamed(q) }),
  },
  {
    // 共同研究費の総額 answered with the count of joint research: money asked, no figure in a currency.
    name: "count-for-money",
    applies: (q, d, _shape, deps) => countsForMoney(q, d, deps),
    replace: (q, deps, d) => moneyNotInDocuments(q, d, deps),
  },
  {
    // 大学発ベンチャーって何割くらい潰れてるの？ answered with the count of ventures: a share asked, none given.
    name: "count-for-share",
    applies: (q, d, _shape, deps) => countsForShare(q, d, deps),
    replace: (q, deps, d) => shareNotInDocuments(q, d, deps),
  },
  {
    // 都市エリア事業の採択率は？ answered with the program's overview: a share asked, no passage states one.
    name: "passage-for-share",
    applies: (q, d, _shape, deps) => passageForShare(q, d, deps),
    replace: (q, deps, d) => shareNotInDocuments(q, d, deps),
  },
  {
    // 海外企業との共同研究件数 answered with the count of all joint research: nothing in the answer is about abroad.
    name: "abroad-not-given",
    applies: (q, d, _shape, deps) => saysNothingAbroad(q, d, deps),
    replace: (q, deps) => abroadNotInDocuments(q, deps),
  },
  {
    // how many jobs did the city area program create? answered with its 19 areas: figures that count another
    // thing answer another question; what is counted is not in the documents.
    name: "counts-another-thing",
    applies: (q, d, shape, deps) => d.status === "answered" && FIGURE_SHAPES.includes(shape) && countsOtherThing(q, d, deps),
    replace: (q, deps) => countedNotInDocuments(q, deps),
  },
  {
    // 本部長って誰がやってる？ answered by a passage: the documents name no one there; only the owning divisions'
    // heads are named (主管課).
    name: "person-not-named",
    applies: (q, d, _shape, deps) =>
      d.status === "answered" && !d.facts?.length && hasCue(deps, q, "who") && hasCue(deps, q, "posts") && !namesPerson(d, deps),
    replace: (q, deps) => personByOffice(q, deps) ?? personNotNamed(q, deps),
  },
  {
    // 宇部地域は本格実施に移行できたの？ answered by the map that lists it among the others: a list of regions says
    // nothing of one of them beyond its place there (its field, whether it is a trial region).
    name: "region-in-a-list",
    applies: (q, d, _shape, deps) => d.status === "answered" && !d.facts?.length && onlyListsTheRegion(q, d, deps),
    replace: (q, deps) => regionNotDescribed(q, deps),
  },
  {
    // 何社が参加？ (how many staff…) answered by a passage or a field with no count: the count is not in the documents.
    name: "count-without-figure",
    applies: (q, d, shape, deps) =>
      d.status === "answered" &&
      (shape === "describe" || shape === "attribute" || shape === "region-field") &&
      !d.facts?.length &&
      countAsked(q, deps) !== undefined &&
      !quotesCount(d, countAsked(q, deps)!),
    replace: (q, deps) => countNotInDocuments(q, deps),
  },
  {
    // H15資料で… answered from another document: the named document's own passage, else not there.
    name: "another-document",
    applies: (q, d) =>
      d.status === "answered" &&
      q.documents.length > 0 &&
      (d.citations ?? []).length > 0 &&
      !(d.citations ?? []).some((c) => q.documents.includes(c.document)),
    replace: (q, deps) => {
      const passage = answerDescribe({ ...q, mentions: [], leftover: "" }, deps);
      return passage.status === "answered" ? passage : notInDocuments(q, deps);
    },
  },
  {
    // …の根拠になってる計画をリストで read as regions (リスト) of a program that has none, or 経済産業省との連携施策を
    // 列挙して read as a series of a subject with no figures: the aspect the question names (根拠, 連携) is what it
    // asks, and a passage stating it answers. So do words of its own beside a list's word (補助金はどこに交付:
    // no regions, but a passage that says where).
    name: "aspect-instead",
    applies: (q, d, shape, deps) =>
      d.status === "not_found" &&
      shape !== "describe" &&
      (!FIGURE_SHAPES.includes(shape) || withoutFigures(q, deps)) &&
      (asksAspect(q, deps) || (!FIGURE_SHAPES.includes(shape) && asksDocumentWords(q, deps)) || asksOtherReading(q, deps)),
    replace: (q, deps, d) => {
      const passage = answerDescribe(q, deps);
      return passage.status === "answered" ? passage : d;
    },
  },
  {
    // A-STEPの2015年度の評価 answered with a passage of no year: no document reaches 2015 at all.
    name: "year-beyond-documents",
    applies: (q, d, shape, deps) => d.status === "answered" && !FIGURE_SHAPES.includes(shape) && yearsBeyondDocuments(q, d, shape, deps),
    replace: (q) => noPassageForYear(q, q.mentions[0]?.entity.name),
  },
  {
    // The question asks about something (中間評価) that none of the evidence found contains.
    name: "asks-beyond-evidence",
    applies: (q, d, _shape, deps) => d.status === "answered" && asksBeyondEvidence(q, d, deps),
    replace: (q, deps, d) => passageInstead(q, deps, d),
  },
];

/**
 * The draft, or its replacement by the first check that applies (with the check's name).
 * @example checkAnswer(query, deps, draft, "facts").check // undefined when the draft stands
 */
export function checkAnswer(query: Query, deps: Deps, draft: Draft, shape: Shape): { draft: Draft; check?: string } {
  const check = CHECKS_AFTER_ANSWER.find((c) => c.applies(query, draft, shape, deps));
  if (!check) return { draft };
  const replaced = check.replace(query, deps, draft);
  // (A replacement that quotes only a heading is no answer either.)
  return headingOnly(replaced) ? { draft: notInDocuments(query, deps), check: "heading-only" } : { draft: replaced, check: check.name };
}

/** An answer of no figure whose every quote is a heading. */
function headingOnly(d: Draft): boolean {
  return d.status === "answered" && !d.facts?.length && (d.citations ?? []).length > 0 && d.citations!.every(quotesHeading);
}

/** Whether a question about one region is answered only by passages that list other regions beside it. */
function onlyListsTheRegion(query: Query, draft: Draft, deps: Deps): boolean {
  const region = query.mentions[0]?.entity;
  if (!region || region.type !== "region" || !draft.citations?.length) return false;
  const others = [...deps.kb.entities.values()].filter((e) => e.type === "region" && e.id !== region.id).map((e) => e.name);
  const squeeze = (t: string) => t.normalize("NFKC").replace(/\s/g, "");
  // (Two other names, or one in a quote too short to say more: 徳島クラスター[ライフ] ＜宇部地域[ライフ]＞.)
  const listed = (quote: string) => others.filter((n) => squeeze(quote).includes(squeeze(n))).length;
  return draft.citations.every((c) => listed(c.quote) >= 2 || (listed(c.quote) >= 1 && squeeze(c.quote).length < 50));
}

/**
 * The documents say of a region only where it is and what it does: said so, with the questions they answer.
 * @example regionNotDescribed(understand("浜松クラスターの中核機関ってどこ？"), deps).status // "not_found"
 */
export function regionNotDescribed(query: Query, deps: Deps): Draft {
  const region = query.mentions[0]!.entity;
  const { lang } = query;
  const name = lang === "en" ? (region.nameEn ?? region.name) : region.name;
  const options = deps.intents
    .filter((i) => i.fallbackFor.includes("region") && i.option)
    .map((i) => i.option![lang].replace("{name}", name))
    .map((question) => ({ label: question, question }));
  return {
    status: "not_found",
    summary: say(
      lang,
      `資料には${name}について、お尋ねのことは書かれていません（地域の一覧に名前と分野が載っているだけです）。`,
      `The documents do not say that about ${name}; they list it with its field among the regions.`,
    ),
    lines: options.length ? [say(lang, "資料から答えられるのは:", "What the documents do answer:")] : [],
    options,
    topic: { subject: region.id },
  };
}

/** Whether the draft's quotes hold a number counted in that unit. */
function quotesCount(draft: Draft, unit: string): boolean {
  const text = (draft.citations ?? [])
    .map((c) => c.quote)
    .join(" ")
    .normalize("NFKC")
    .replace(/[,\s]/g, "");
  return new RegExp(`[0-9０-９一二三四五六七八九十百千]+${unit}`).test(text);
}

/** The count is not in the documents: said of the subject asked about, with what can be asked about it instead. */
function countNotInDocuments(query: Query, deps: Deps): Draft {
  const subject = query.mentions[0]?.entity;
  if (!subject) return notInDocuments(query, deps);
  const { lang } = query;
  const ask = say(lang, `${subject.name}とは？`, `What is ${subject.nameEn ?? subject.name}?`);
  return {
    status: "not_found",
    summary: say(
      lang,
      `${subject.name}について、お尋ねの数は資料に書かれていません。`,
      `The documents do not give that number for ${subject.nameEn ?? subject.name}.`,
    ),
    lines: [say(lang, "資料にある記述は次の質問で確かめられます:", "What the documents do say about it:")],
    options: [{ label: ask, question: ask }],
    topic: { subject: subject.id },
  };
}

/** Years asked that neither the cited text states nor any fact of the documents has (laws keep their dates). */
function yearsBeyondDocuments(query: Query, draft: Draft, shape: Shape, deps: Deps): boolean {
  if (!query.years.years.length || query.years.span || shape === "law-year" || shape === "laws-in-year") return false;
  const asked = query.years.years.map((y) => y.fiscalYear);
  if (deps.kb.facts.some((f) => f.fiscalYear !== null && asked.includes(f.fiscalYear))) return false;
  const cited = annotateEraYears((draft.citations ?? []).map((c) => `${c.section} ${c.quote}`).join(" ")).normalize("NFKC");
  return !asked.some((y) => cited.includes(String(y)));
}

/** The question names a strong aspect (根拠, 課題, 連携), not only what-is. */
function asksAspect(query: Query, deps: Deps): boolean {
  const id = detectAspect(query.match, deps.lexicon);
  return id !== undefined && !deps.lexicon.aspects[id]!.weak;
}

/**
 * A question word of another reading than the one answered (達成年度 of a goal, asked of a topic no goal reading
 * takes): what it asks is in the passages, not the figures read.
 */
function asksOtherReading(query: Query, deps: Deps): boolean {
  const others = deps.intents.filter((i) => i.name !== query.intent?.name && i.shape !== "help").flatMap((i) => i.triggers);
  return query.intent !== undefined && query.triggers.length === 0 && findTriggers(others, query.match, query.mentions).length > 0;
}

/** The subjects named have no figures at all in the documents: a figure reading has no evidence (経済産業省の施策を列挙). */
function withoutFigures(query: Query, deps: Deps): boolean {
  const named = new Set(query.mentions.map((m) => m.entity.id));
  return named.size > 0 && !deps.kb.facts.some((f) => named.has(f.subject));
}

/** Words of the question's own beyond its intent that the documents use (補助金, 交付), not ones they never do (採択). */
function asksDocumentWords(query: Query, deps: Deps): boolean {
  return query.leftover.split(/\s+/).some((w) => /[\p{Script=Han}\p{Script=Katakana}]{2}/u.test(w) && inCorpus(deps.corpus, w));
}
