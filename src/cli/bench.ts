/**
 * `npm run bench`: the full pipeline's latency per question over the gold set (p50, p99), beside a bare
 * minisearch query over the same sections; knowledge load and index build time; resident memory.
 * A benchmark, not a test: it reports, it asserts nothing.
 */
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { loadKnowledge } from "../knowledge/load-knowledge.js";
import { loadIntents } from "../qa/load-intents.js";
import { buildSectionIndex } from "../search/section-index.js";
import { buildEntityMatcher } from "../qa/resolve-entities.js";
import { answerQuestion } from "../qa/answer-question.js";
import { buildCorpus } from "../qa/index.js";
import { buildQuestionWords } from "../qa/question-words.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const ROUNDS = 5;
const time = <T>(f: () => T): [T, number] => { const t = performance.now(); const r = f(); return [r, performance.now() - t]; };
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

const rss0 = process.memoryUsage().rss;
const [kb, loadMs] = time(() => loadKnowledge());
const [{ intents, lexicon }, intentsMs] = time(() => loadIntents());
const [index, indexMs] = time(() => buildSectionIndex(kb.documents.values(), kb.vocabulary.variants));
const [matcher, matcherMs] = time(() => buildEntityMatcher(kb));
const [corpus, corpusMs] = time(() => buildCorpus(kb));
const [words, wordsMs] = time(() => buildQuestionWords(kb, intents, lexicon));
const deps = { kb, intents, lexicon, index, matcher, corpus, words };
const rssLoaded = process.memoryUsage().rss;

const goldFile = `${root}eval/gold.jsonl`;
const questions = (existsSync(goldFile) ? readFileSync(goldFile, "utf8") : "").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);
for (const q of questions.slice(0, 20)) answerQuestion(deps, q); // warm up the JIT before measuring
const full: number[] = [];
const bare: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const q of questions) {
    full.push(time(() => answerQuestion(deps, q))[1]);
    bare.push(time(() => index.search(q))[1]);
  }
}
const f50 = pct(full, 50), f99 = pct(full, 99), b50 = pct(bare, 50), b99 = pct(bare, 99);
console.log(`questions: ${questions.length} × ${ROUNDS} rounds`);
console.log(`load: knowledge ${loadMs.toFixed(1)} ms (${kb.facts.length} facts), intents ${intentsMs.toFixed(1)} ms, index build ${indexMs.toFixed(1)} ms (${index.chunks.length} chunks), entity matcher ${matcherMs.toFixed(1)} ms, corpus ${corpusMs.toFixed(1)} ms, question words ${wordsMs.toFixed(1)} ms`);
console.log(`full pipeline: p50 ${f50.toFixed(2)} ms, p99 ${f99.toFixed(2)} ms`);
console.log(`bare minisearch query: p50 ${b50.toFixed(3)} ms, p99 ${b99.toFixed(3)} ms`);
console.log(`ratio full/bare: p50 ${(f50 / b50).toFixed(1)}×, p99 ${(f99 / b99).toFixed(1)}×`);
console.log(`resident memory: ${(rss0 / 2 ** 20).toFixed(0)} MB at start, ${(rssLoaded / 2 ** 20).toFixed(0)} MB loaded, ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB after the run`);
