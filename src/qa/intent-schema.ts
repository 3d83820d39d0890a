/**
 * The shape of intents/*.yaml and intents/lexicon.yaml. An intent is data: triggers, the kinds of
 * subject it takes, and which answer shape (a handler in answer-shapes/) builds its answer.
 */
import { z } from "zod";
import { EntityType } from "../knowledge/schema.js";
import { AspectLexicon } from "./query/aspect.js";

export const ANSWER_SHAPES = ["facts", "series", "extreme", "difference", "attribute", "regions", "region-field", "law-year", "laws-in-year", "describe", "help", "out-of-scope"] as const;
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
  direction: z.enum(["max", "min"]).optional(),
  clarify: Localized.optional(),
  option: Localized.optional(),
  examples: z.array(z.string().min(1)).min(1),
});
export type Intent = z.infer<typeof IntentDecl>;

const Cue = z.array(z.string().min(1)).min(1);
export const Lexicon = z.strictObject({
  qualifierCues: z.record(z.string(), z.array(z.string().min(1))),
  /** Words that refine an answer shape: trial regions only, functions of a body, laws without plans, same field as, the summary row of a table. */
  cues: z.strictObject({ trial: Cue, functions: Cue, lawsOnly: Cue, plans: Cue, sameField: Cue, summaryRow: Cue }),
  stopwords: z.array(z.string().min(1)),
  /** Aspects of a descriptive question (目的, 必要性, 課題…): cue words, section-title words, sentence words. */
  aspects: AspectLexicon.default({}),
});
export type Lexicon = z.infer<typeof Lexicon>;
