/**
 * `npm run bench:slack`: sangaku side by side with a bare Bolt app (same HTTP receiver, no work) under the
 * same load generator, in one run: answers/s, ack p50/p99, acks ≥ 3 s, lost and duplicated events.
 * Everything runs on 127.0.0.1 (the Web API is a local fake), bounded in count and time. Reports, asserts
 * nothing. Options: --threads N (ANSWER_THREADS for sangaku), --no-cache (ANSWER_CACHE_MAX=0: every question goes
 * to the core, as if none repeated), --only bare|sangaku.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startFakeWebApi } from "./bench-slack/fake-web-api.js";
import { runApp } from "./bench-slack/run-app.js";
import { sendLoad, type LoadPlan } from "./bench-slack/send-load.js";
import { summarizeRun, type RunFigures } from "./bench-slack/summarize-run.js";

const SECRET = "benchsigningsecret0123456789abcd";
const SCENARIOS = [
  { name: "600 mentions, concurrency 50", events: 600, concurrency: 50, retries: 0 },
  { name: "1,000 mentions, concurrency 100, + 200 retries", events: 1000, concurrency: 100, retries: 200 },
];
const APPS = [{ name: "bare Bolt", entry: "src/cli/bench-slack/bare-app.ts" }, { name: "sangaku", entry: "src/main.ts" }];
// Answers still being computed when the last ack came back: wait for them, but not for ever.
const DRAIN_QUIET_MS = 3000;
const DRAIN_MAX_MS = 120_000;

const { values: args } = parseArgs({ options: { threads: { type: "string" }, "no-cache": { type: "boolean" }, only: { type: "string" } } });
const questions = readFileSync("eval/gold.jsonl", "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);
// The 1-minute load average after each run: on a shared machine it says how much the figures can be trusted.
const rows: Array<{ scenario: string; app: string; figures: RunFigures & { load: number } }> = [];
let port = 3900;

for (const scenario of SCENARIOS) {
  for (const app of APPS.filter((a) => !args.only || a.name.includes(args.only))) {
    const figures = await runOnce(app.entry, { ...scenario, questions });
    rows.push({ scenario: scenario.name, app: app.name, figures: { ...figures, load: loadavg()[0]! } });
    process.stderr.write(`${scenario.name} · ${app.name}: ${JSON.stringify(figures)}\n`);
  }
}
process.stdout.write(renderTable(rows));

async function runOnce(entry: string, plan: LoadPlan): Promise<RunFigures> {
  const api = await startFakeWebApi();
  const vars = { SLACK_BOT_TOKEN: "xoxb-bench-1", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.url, LOG_LEVEL: "info", ...(args.threads ? { ANSWER_THREADS: args.threads } : {}), ...(args["no-cache"] ? { ANSWER_CACHE_MAX: "0" } : {}) };
  const app = await runApp(entry, vars, (port += 1));
  try {
    const load = await sendLoad(app.url, SECRET, plan);
    const drainStart = performance.now();
    let seen = -1;
    while (api.answers.size < plan.events && performance.now() - drainStart < DRAIN_MAX_MS && (api.answers.size !== seen || performance.now() - api.lastAnswerAt < DRAIN_QUIET_MS)) {
      seen = api.answers.size;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return summarizeRun(load, api.answers, api.lastAnswerAt);
  } finally {
    await app.stop();
    await api.close();
  }
}

function renderTable(results: typeof rows): string {
  const ms = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;
  const lines = ["| load | app | answers/s | ack p50 / p99 | acks ≥ 3 s | lost | duplicated | non-200 | machine load |", "|---|---|---|---|---|---|---|---|---|"];
  for (const { scenario, app, figures: f } of results) {
    lines.push(`| ${scenario} | ${app} | ${f.answersPerSecond.toFixed(0)} | ${ms(f.ackP50)} / ${ms(f.ackP99)} | ${f.slowAcks} of ${f.sends} | ${f.lost} | ${f.duplicated} | ${f.failed} | ${f.load.toFixed(1)} |`);
  }
  for (const scenario of SCENARIOS) {
    const [bare, ours] = [results.find((r) => r.scenario === scenario.name && r.app === "bare Bolt"), results.find((r) => r.scenario === scenario.name && r.app === "sangaku")];
    if (bare && ours) lines.push(`\n${scenario.name}: answers/s ${(ours.figures.answersPerSecond / bare.figures.answersPerSecond).toFixed(2)}× the bare app's, ack p99 ${(ours.figures.ackP99 / bare.figures.ackP99).toFixed(2)}×`);
  }
  return lines.join("\n") + "\n";
}
