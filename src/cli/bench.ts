/**
 * `npm run bench`: speed and memory, measured side by side on this machine, asserting nothing.
 * (a) a bare minisearch script over the same five documents (bench/bare-minisearch.mjs) and (b) sangaku's
 * `ask --json`, both as whole processes on the same questions (all of them, then one from a cold start);
 * (c) per-answer latency inside one process over fuzzed inputs (p50, p99, max).
 * Options: --rounds N (whole-process runs of each command, best kept; 2), --fuzz N (10000), --seed N (1).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { createAnswerer } from "../qa/index.js";
import { loadKnowledge } from "../knowledge/load-knowledge.js";
import { loadKnowledgeWithIndex } from "../knowledge/knowledge-snapshot.js";
import { measureProcess, type ProcessFigures } from "./bench/measure-process.js";
import { fuzzQuestions } from "./bench/fuzz-questions.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const rounds = option("rounds", 2);
const fuzzCount = option("fuzz", 10_000);

const { questions, origin } = benchQuestions();
console.log(`questions: ${questions.length} (${origin}); whole processes: best of ${rounds} runs, commands interleaved`);
const all = questions.join("\n") + "\n";
const one = questions[0] + "\n";
const commands = {
  bare: ["node", "bench/bare-minisearch.mjs"],
  npm: ["npm", "run", "--silent", "ask", "--", "--json"],
  // As package.json's "ask": from the start-up snapshot when it is current, else through scripts/run.mjs.
  node: ["sh", "scripts/ask.sh", "--json"],
};
measureProcess(commands.node, one, root); // builds dist/ and writes the snapshots if they are missing, unmeasured
const runs = [
  { name: "bare minisearch script", command: commands.bare, input: all },
  { name: "sangaku: npm run --silent ask -- --json", command: commands.npm, input: all },
  { name: "sangaku: sh scripts/ask.sh (no npm)", command: commands.node, input: all },
  { name: "bare minisearch script, 1 question", command: commands.bare, input: one },
  { name: "sangaku npm run ask, 1 question (cold start)", command: commands.npm, input: one },
  { name: "sangaku sh scripts/ask.sh, 1 question", command: commands.node, input: one },
];
const best = runs.map((): ProcessFigures | undefined => undefined);
for (let round = 0; round < rounds; round++) {
  runs.forEach((run, i) => {
    const figures = measureProcess(run.command, run.input, root);
    if (!best[i] || figures.wallMs < best[i]!.wallMs) best[i] = figures;
  });
}
const show = (n?: number, unit = "", digits = 0) => (n === undefined ? "n/a" : `${n.toFixed(digits)}${unit}`).padStart(9);
console.log(`${"".padEnd(48)}${"wall".padStart(9)}${"cpu".padStart(9)}${"max RSS".padStart(9)}  × bare: wall, cpu, RSS`);
runs.forEach((run, i) => {
  const f = best[i]!;
  const bare = best[run.input === all ? 0 : 3]!;
  const times = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : "n/a");
  const ratio = `${times(f.wallMs, bare.wallMs)}, ${times(f.cpuMs, bare.cpuMs)}, ${times(f.maxRssMiB, bare.maxRssMiB)}`;
  console.log(`${run.name.padEnd(48)}${show(f.wallMs, " ms")}${show(f.cpuMs, " ms")}${show(f.maxRssMiB, " MiB")}  ${ratio}`);
  // Wall time on a shared machine swings with the neighbours' load; CPU time (npm's own included) much less.
  if (f.outputLines !== (run.input === all ? questions.length : 1)) console.log(`  ! ${f.outputLines} output lines`);
});

// Where start-up time goes, inside this (already warm) process.
const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const validated = time(() => loadKnowledge());
const built = time(() => loadKnowledgeWithIndex(undefined, { cacheDir: false }).index.search("知的クラスター"));
const restored = time(() => loadKnowledgeWithIndex().index.search("知的クラスター"));
console.log(
  `knowledge, in process: validated load from files ${validated.toFixed(0)} ms; with index build ${built.toFixed(0)} ms;` +
    ` from the snapshot with index restore ${restored.toFixed(0)} ms`,
);

// (c) per-answer latency over fuzzed inputs.
const qa = createAnswerer();
const inputs = fuzzQuestions(questions, fuzzCount, option("seed", 1));
for (const q of inputs.slice(0, 50)) qa.answer(q); // warm up the JIT before measuring
const latencies = inputs.map((q) => ({ q, ms: time(() => qa.answer(q)) })).sort((a, b) => a.ms - b.ms);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.ms;
const slow = latencies.filter((l) => l.ms > 50).length;
console.log(
  `per answer over ${inputs.length} fuzzed inputs: p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms,` +
    ` max ${latencies.at(-1)!.ms.toFixed(1)} ms; ${slow} over 50 ms`,
);
for (const { q, ms } of latencies.slice(-3).reverse()) console.log(`  ${ms.toFixed(1)} ms  ${JSON.stringify(q.slice(0, 80))}`);
console.log(`resident memory after the run: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);

/** The shared dev set (when ../shared/eval is there) and the first gold questions: 92 in all, as the issue measures. */
function benchQuestions(): { questions: string[]; origin: string } {
  const read = (file: string) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q);
  const gold = read(`${root}eval/gold.jsonl`);
  const dev = [`${root}../shared/eval/dev.jsonl`, `${root}../../shared/eval/dev.jsonl`].find((f) => existsSync(f));
  if (!dev) return { questions: gold.slice(0, 92), origin: "the first 92 of eval/gold.jsonl; no shared dev set found" };
  const shared = read(dev);
  return {
    questions: [...shared, ...gold.slice(0, 92 - shared.length)],
    origin: `${shared.length} shared dev + ${92 - shared.length} gold`,
  };
}
