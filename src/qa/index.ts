/**
 * The question-answering core's public face. Front ends (CLI, console, Slack) import from here only.
 */
import type { KnowledgeBase } from "../knowledge/load-knowledge.js";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CACHE_DIR, loadKnowledgeWithIndex } from "../knowledge/knowledge-snapshot.js";
import { cachedValue } from "../knowledge/cached-value.js";
import { normalizeForMatch } from "../knowledge/normalize-text.js";
import { DEFAULT_INTENTS_DIR, loadIntents } from "./load-intents.js";
import { buildEntityMatcher } from "./resolve-entities.js";
import { answerQuestion } from "./answer-question.js";
import { suggestQuestions } from "./suggest-questions.js";
import { warmUpQuestions } from "./warm-up-questions.js";
import { buildQuestionWords } from "./question-words.js";
import type { Deps } from "./answer-kit.js";
import type { Answerer, KnowledgeOverview } from "./types.js";
export type * from "./types.js";

/**
 * Loads knowledge/ and intents/ once, builds the search index, and returns an answerer.
 * Throws KnowledgeError at start-up when a knowledge or intent file is malformed.
 * @example const qa = createAnswerer(); qa.answer("都市エリアの予算は?").status // "answered"
 */
export function createAnswerer(dirs: { knowledge?: string; intents?: string } = {}): Answerer {
  return answererOf(createDeps(dirs));
}

/**
 * An answerer that has already answered every intent's examples once and made its overview: the code those
 * answers run is compiled and the tables built on first use (the section units, memo tables) are made.
 * For a start-up snapshot (src/cli/ask-snapshot.ts), which keeps both; every answer is the same as from
 * createAnswerer, as what is kept between answers is only what they would compute again.
 * @example createWarmAnswerer().answer("都市エリアの予算は?").status // "answered"
 */
export function createWarmAnswerer(): Answerer {
  const deps = createDeps();
  const qa = answererOf(deps);
  qa.overview();
  for (const intent of deps.intents) for (const question of intent.examples) qa.answer(question);
  return qa;
}

function answererOf(deps: Deps): Answerer {
  // Made once: the suggestions are asked to check that they are answered.
  let overview: KnowledgeOverview | undefined;
  return {
    answer: (question, options) => answerQuestion(deps, question, options),
    overview: () => (overview ??= describeKnowledge(deps)),
    warmUpQuestions: () => warmUpQuestions(deps),
  };
}

/** The code that reads intents/ (src/qa under tsx, dist/ when built): part of the intents cache's key. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));

/** The loaded dependencies of the pipeline (for tests and benchmarks that look inside). */
export function createDeps(dirs: { knowledge?: string; intents?: string } = {}): Deps {
  // From the validated start-up snapshot when knowledge/ and the loading code are unchanged since the last start.
  const { kb, index } = loadKnowledgeWithIndex(dirs.knowledge);
  // Parsed and validated intents, from the cache when intents/ and the code that reads them are unchanged.
  const intentsDir = dirs.intents ?? DEFAULT_INTENTS_DIR;
  const { intents, lexicon } = cachedValue(DEFAULT_CACHE_DIR, "intents", [intentsDir, CODE_DIR], () => loadIntents(intentsDir));
  return {
    kb,
    intents,
    lexicon,
    index,
    matcher: buildEntityMatcher(kb),
    corpus: buildCorpus(kb),
    words: buildQuestionWords(kb, intents, lexicon),
  };
}

/** Every source and entity name as one normalized text, to tell words the documents use from words they never do. */
export function buildCorpus(kb: KnowledgeBase): string {
  const names = [...kb.entities.values()].flatMap((e) => [e.name, ...e.aliases]).join("\n");
  return ([...kb.documents.values()].map((d) => d.normalized).join("\n") + normalizeForMatch(names, kb.vocabulary.variants)).toLowerCase();
}

function describeKnowledge(deps: Deps): KnowledgeOverview {
  const ask = (question: string) => answerQuestion(deps, question);
  const years = deps.kb.facts.map((f) => f.fiscalYear).filter((y): y is number => y !== null);
  return {
    documents: [...deps.kb.documents.values()].map((d) => ({ file: d.file, title: d.title, titleEn: d.titleEn, fiscalYear: d.fiscalYear })),
    programs: [...deps.kb.entities.values()].filter((e) => e.type === "program" && !e.parent).map((e) => e.name),
    years: { from: Math.min(...years), to: Math.max(...years) },
    factCount: deps.kb.facts.length,
    examples: deps.intents.filter((i) => !["help", "out-of-scope"].includes(i.name)).map((i) => i.examples[0]!),
    suggestions: { ja: suggestQuestions(deps.kb, ask, "ja"), en: suggestQuestions(deps.kb, ask, "en") },
  };
}
