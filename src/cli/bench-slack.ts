/**
 * `npm run bench:slack`: sangaku side by side with a bare Bolt app (same HTTP receiver, no work) under the
 * same load generator, in one run: answers/s, ack p50/p99, acks ≥ 3 s, lost and duplicated events.
 * Everything runs on 127.0.0.1 (the Web API is a local fake), bounded in count and time. Reports, asserts
 * nothing. Options: --threads N (ANSWER_THREADS for sangaku), --no-cache (ANSWER_CACHE_MAX=0: every question goes
 * to the core, as if none repeated), --only bare|sangaku, --cpu-threads (each thread's CPU during the load, on
 * stderr). The app's CPU per event (all its threads, from /proc, Linux only) is reported beside the timings: it
 * moves much less than they do with the neighbours' load.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startFakeWebApi, type FakeWebApi } from "./bench-slack/fake-web-api.js";
import { cpuSpent, readThreadCpu } from "./bench-slack/app-cpu.js";
import { runApp } from "./bench-slack/run-app.js";
import { sendLoad, type LoadPlan } from "./bench-slack/send-load.js";
import { summarizeRun, type RunFigures } from "./bench-slack/summarize-run.js";

const SECRET = "benchsigningsecret0123456789abcd";
const SCENARIOS = [
  { name: "600 mentions, concurrency 50", events: 600, concurrency: 50, retries: 0 },
  { name: "1,000 mentions, concurrency 100, + 200 retries", events: 1000, concurrency: 100, retries: 200 },
];
const APPS = [
  { name: "bare Bolt", entry: "src/cli/bench-slack/bare-app.ts" },
  { name: "sangaku", entry: "src/main.ts" },
];
// Answers still being computed when the last ack came back: wait for them, but not for ever.
const DRAIN_QUIET_MS = 3000;
const DRAIN_MAX_MS = 120_000;

const { values: args } = parseArgs({
  options: { threads: { type: "string" }, "no-cache": { type: "boolean" }, only: { type: "string" }, "cpu-threads": { type: "boolean" } },
});
const questions = readFileSync("eval/gold.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);
// The 1-minute load average after each run: on a shared machine it says how much the figures can be trusted.
const rows: Array<{ scenario: string; app: string; figures: RunFigures & { cpuMsPerEvent: number; load: number } }> = [];
let port = 3900;

for (const scenario of SCENARIOS) {
  for (const app of APPS.filter((a) => !args.only || a.name.includes(args.only))) {
    const figures = await runOnce(app.entry, { ...scenario, questions });
    rows.push({ scenario: scenario.name, app: app.name, figures: { ...figures, load: loadavg()[0]! } });
    process.stderr.write(`${scenario.name} · ${app.name}: ${JSON.stringify(figures)}\n`);
  }
}
process.stdout.write(renderTable(rows));

async function runOnce(entry: string, plan: LoadPlan): Promise<RunFigures & { cpuMsPerEvent: number }> {
  const api = await startFakeWebApi();
  const vars = {
    SLACK_BOT_TOKEN: "xoxb-bench-1",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: api.url,
    LOG_LEVEL: "info",
    ...(args.threads ? { ANSWER_THREADS: args.threads } : {}),
    ...(args["no-cache"] ? { ANSWER_CACHE_MAX: "0" } : {}),
  };
  const app = await runApp(entry, vars, (port += 1));
  try {
    const cpuBefore = readThreadCpu(app.pid);
    const load = await sendLoad(app.url, SECRET, plan);
    await drainAnswers(api, plan.events);
    const cpu = cpuSpent(cpuBefore, readThreadCpu(app.pid));
    if (args["cpu-threads"])
      for (const t of cpu.threads.filter((t) => t.userMs + t.systemMs > 0))
        process.stderr.write(`  thread ${t.tid} (nice ${t.nice}): user ${t.userMs} ms, system ${t.systemMs} ms\n`);
    // On stderr only: when the last ack came back and when the last answer did (the answers' tail, if any).
    const seconds = (at: number) => Number(((at - load.startedAt) / 1000).toFixed(2));
    process.stderr.write(`  last ack at ${seconds(load.endedAt)} s, last answer at ${seconds(api.lastAnswerAt)} s\n`);
    return { ...summarizeRun(load, api.answers, api.lastAnswerAt), cpuMsPerEvent: cpu.totalMs / plan.events };
  } finally {
    await app.stop();
    await api.close();
  }
}

// Until every event is answered, or answers stopped coming for DRAIN_QUIET_MS, or DRAIN_MAX_MS passed.
async function drainAnswers(api: FakeWebApi, events: number): Promise<void> {
  const started = performance.now();
  const quiet = () => performance.now() - Math.max(api.lastAnswerAt, started) >= DRAIN_QUIET_MS;
  while (api.answers.size < events && performance.now() - started < DRAIN_MAX_MS && !quiet()) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function renderTable(results: typeof rows): string {
  const ms = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;
  const lines = [
    "| load | app | answers/s | ack p50 / p99 | acks ≥ 3 s | lost | duplicated | non-200 | app CPU per event | machine load |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const { scenario, app, figures: f } of results) {
    const cells = [
      scenario,
      app,
      f.answersPerSecond.toFixed(0),
      `${ms(f.ackP50)} / ${ms(f.ackP99)}`,
      `${f.slowAcks} of ${f.sends}`,
      f.lost,
      f.duplicated,
      f.failed,
      `${f.cpuMsPerEvent.toFixed(2)} ms`,
      f.load.toFixed(1),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  for (const scenario of SCENARIOS) {
    const find = (app: string) => results.find((r) => r.scenario === scenario.name && r.app === app)?.figures;
    const [bare, ours] = [find("bare Bolt"), find("sangaku")];
    if (!bare || !ours) continue;
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    lines.push(
      `\n${scenario.name}: answers/s ${ratio(ours.answersPerSecond, bare.answersPerSecond)}× the bare app's, ack p99 ${ratio(ours.ackP99, bare.ackP99)}×`,
    );
  }
  return lines.join("\n") + "\n";
}
