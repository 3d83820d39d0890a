/**
 * The shape of intents/*.yaml and intents/lexicon.yaml. An intent is data: triggers, the kinds of
 * subject it takes, and which answer shape (a handler in answer-shapes/) builds its answer.
 */
import { z } from "zod";
import { EntityType } from "../knowledge/schema.js";
import { AspectLexicon } from "./query/aspect.js";

export const ANSWER_SHAPES = [
  "facts",
  "series",
  "extreme",
  "difference",
  "attribute",
  "regions",
  "region-field",
  "law-year",
  "laws-in-year",
  "describe",
  "help",
  "out-of-scope",
  "versus-target",
] as const;
const Localized = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });

export const IntentDecl = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/),
  shape: z.enum(ANSWER_SHAPES),
  priority: z.number().default(0),
  triggers: z.array(z.string().min(1)).default([]),
  subjectTypes: z.array(EntityType).default([]),
  fallbackFor: z.array(EntityType).default([]),
  /** Entity types this intent cannot honour (a region count cannot filter by field): it yields when one is named. */
  notWith: z.array(EntityType).default([]),
  needsYear: z.boolean().default(false),
  measures: z.array(z.enum(["budget", "indicator", "count", "support", "ratio"])).default([]),
  measureIds: z.array(z.string()).default([]),
  qualifierGroups: z.array(z.enum(["budget", "actual", "target", "baseline", "other"])).default([]),
  keys: z.array(z.string()).default([]),
  /** When no recorded property answers, a passage answers only if it holds one of these words (an owner's 課 or
   * 室); else the property is not in the documents, rather than a passage about the subject at large. */
  passageWords: z.array(z.string().min(1)).default([]),
  direction: z.enum(["max", "min"]).optional(),
  clarify: Localized.optional(),
  option: Localized.optional(),
  examples: z.array(z.string().min(1)).min(1),
});
export type Intent = z.infer<typeof IntentDecl>;

const Cue = z.array(z.string().min(1)).min(1);
/** A kind of question the documents cannot answer (an opinion, a prediction, a person's pay…), and why. */
const OutOfScope = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  reason: Localized,
  cues: Cue,
  /** Aspects the documents state that, asked beside a cue (課題は？うまくいってないとこ), make the question theirs. */
  yieldsTo: z.array(z.string()).default([]),
});
export const Lexicon = z.strictObject({
  qualifierCues: z.record(z.string(), z.array(z.string().min(1))),
  /** Words that refine an answer shape: trial regions only, functions of a body, laws without plans, same field as, the summary row of a table. */
  cues: z.strictObject({
    trial: Cue,
    functions: Cue,
    lawsOnly: Cue,
    plans: Cue,
    sameField: Cue,
    /** Several fields asked with 両方 (both): regions that have every one, not any one of them. */
    allOf: Cue,
    /** One year said for every part (…, both for 2011; それぞれH20): each part of the question is of that year. */
    eachPart: Cue,
    /** Words that set the topic (について): a reading chosen only by one yields to a word asked after it. */
    topicMarkers: Cue,
    summaryRow: Cue,
    /** Questions about the documents themselves (元のPDF, 出典): answered with the list of documents. */
    sources: Cue,
    /** The year the part before named (同じ年の…, in the same year): a later part of one question asks it. */
    sameYear: Cue,
    /** The year before the asked or latest one (前年度, 前年比): a comparison with the prior year. */
    previousYear: Cue,
    multiple: Cue,
    referBack: Cue,
    whichSubject: Cue,
    /** Words for a document (資料, PDF): a year right before one names the document (H20資料で), not a fiscal year. */
    documentWords: Cue,
    /** Figures asked for in general (数字ください, データ): which of a subject's figures is the user's to say. */
    anyFigure: Cue,
    /** Abroad as a whole (海外, foreign): a figure or passage that is not about abroad does not answer for it. */
    abroad: Cue,
    /** The asker's own (うちの): the place the asker says they are from (八戸市です。) is what it points at. */
    ours: Cue,
    /** An amount of money asked (総額, 研究費): figures of no currency (件, 機関) answer another question. */
    moneyAsked: Cue,
    /** A figure asked in general (いくつ, どれくらい): of a year alone, which of its figures is the user's to say. */
    howMuch: Cue,
    /** The ministry as the owner of what is asked (文科省の, MEXT's): with money and no program, its whole budget. */
    ownMinistry: Cue,
    /** What the asker will use an answer for (比較に使いたい, 資料に載せたい): a sentence of it asks nothing. */
    purposeOfUse: Cue,
    /** A person asked for (誰): a passage that names nobody does not answer it. */
    who: Cue,
    /** Posts a person holds (室長, 本部長, chair): with a who word, a person is asked for. */
    posts: Cue,
    /** Words for a program's owning office (office, division, 主管課): its head is the one the documents name. */
    offices: Cue,
    /** The figure spoken of as such (いつ時点の数字): a figure the question quotes is what it asks about. */
    figureItself: Cue,
    /** What a figure is broken down by (アンケートの対象, 回答者の区分, 内訳): the scopes its figures are given for. */
    breakdown: Cue,
    /** A program's first year (初年度, 1年目): the year of its start, as a passage dates it. */
    firstYear: Cue,
    /** Things asked as a list (一覧, 何がある, 挙げて): with 事業 or 施策 asked of a policy, its programs. */
    listAsked: Cue,
    /** Ministries other than MEXT and METI (health ministry, MHLW): their figures are in no document. */
    otherMinistries: Cue,
    /** Words before 大学/機構/研究所 that say which of them a program counts (対象大学), not one organization. */
    countedOrganizations: Cue,
    /** A quantity asked in English (how many, how much): a figure, never a list of names (…across all regions). */
    quantityAsked: Cue,
    /** Words after a noun that set it aside (試行地域を除く, 試行以外): the noun names no scope and chooses no reading. */
    exceptAfter: Cue,
    /** Words before the words they set aside (excluding trial regions): those name no scope and choose no reading. */
    exceptBefore: Cue,
    /** The most or the best of something (一番, 最も, best): with a member picked (どのエリア), the members are ranked. */
    superlative: Cue,
    /** A figure asked to be checked (合ってる？, 正しい？, is that right): the documents' figure, said with whether it is it. */
    verify: Cue,
  }),
  /**
   * How a question asks of the members of a kind, `{kind}` standing for each of the kind's words (categories):
   * each member's own figure (各{kind}, {kind}ごと) or one member picked (どの{kind}, {kind}はどこ).
   */
  memberAsks: z.strictObject({ each: Cue, pick: Cue, rank: Cue }),
  stopwords: z.array(z.string().min(1)),
  /** Nouns that name a kind of subject, not one subject (事業, プログラム, クラスター): "which 事業 is largest?" ranks that kind. */
  categories: z.partialRecord(EntityType, z.array(z.string().min(1)).min(1)),
  /** Units of figures (件, 社, %…) and the words that ask for a figure in that unit (何件, 割合): they narrow the figures and the options. */
  units: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  /** Kinds of figure that compare as one series (a budget and the next year's budget proposal); others compare only with themselves. */
  comparableKinds: z.array(z.array(z.string().min(1)).min(2)),
  /** Greetings, politeness and chatter around a question (すみません, でしたっけ): explained, never a subject. */
  fillers: z.array(z.string().min(1)),
  /** Connectives that end a clause about the asker before the question (なんですが、 ので、): its words are chatter. */
  asides: z.array(z.string().min(1)).default([]),
  /** Questions no document answers, by kind: an honest "out of scope" with the reason, never a passage. */
  outOfScope: z.array(OutOfScope),
  /** Countries by the name a figure's scope gives them, with the words people type (米国, US); see query/places.ts. */
  places: z.record(z.string(), z.array(z.string().min(1))).default({}),
  /** The country whose figures name no place (the documents' own, 日本). */
  homePlace: z.string().optional(),
  /** One-character forms of places (米, 英), read only in runs (米英, 日米英). */
  placeInitials: z.record(z.string().length(1), z.string()).default({}),
  /** Aspects of a descriptive question (目的, 必要性, 課題…): cue words, section-title words, sentence words. */
  aspects: AspectLexicon.default({}),
});
export type Lexicon = z.infer<typeof Lexicon>;
