/**
 * `npm run eval`: accuracy on the gold set (eval/gold.jsonl), per category, per intent and overall.
 * `--gate` exits non-zero when any set scores below its own floor in eval/floor.json (floors only go up).
 * `--verbose` lists every failing question with the reason.
 * `--knowledge=DIR` answers from another knowledge folder (a copy with a newly ingested document, see docs/ingest.md).
 */
import { readFileSync, existsSync } from "node:fs";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createAnswerer } from "../qa/index.js";
import { GoldCase, scoreCase } from "../eval/score-case.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const floors = JSON.parse(readFileSync(`${root}eval/floor.json`, "utf8")) as Record<string, number>;
// Every set with a floor, in the order eval/floor.json lists them (the shared dev set only where it is present).
const all = files.length
  ? files
  : Object.keys(floors)
      .filter((k) => !k.startsWith("_"))
      .map((k) => `${root}${k}`)
      .filter((f) => existsSync(f));
// The gate over every set runs in two processes, one a core (--shard=2/2 is the second half, run by a child).
const gate = process.argv.includes("--gate");
const shard = process.argv.find((a) => a.startsWith("--shard="))?.slice("--shard=".length);
const half = Math.ceil(all.length / 2);
const sets = shard === "2/2" ? all.slice(half) : gate && !files.length ? all.slice(0, half) : all;
const second =
  gate && !files.length && !shard
    ? new Promise<number>((resolve) =>
        spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1), "--shard=2/2"], { stdio: "inherit" }).on("exit", (code) =>
          resolve(code ?? 1),
        ),
      )
    : Promise.resolve(0);
const knowledge = process.argv.find((a) => a.startsWith("--knowledge="))?.slice("--knowledge=".length);
const qa = createAnswerer(knowledge ? { knowledge } : {});
let failedGate = false;

for (const file of sets) {
  const cases = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = GoldCase.safeParse(JSON.parse(l));
      if (!parsed.success)
        throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`);
      return parsed.data;
    });
  const byCat = new Map<string, [number, number]>();
  const byIntent = new Map<string, [number, number]>();
  const fails: string[] = [];
  let pass = 0;
  for (const c of cases) {
    const answer = qa.answer(c.q);
    const why = scoreCase(c, answer);
    const ok = why.length === 0;
    if (ok) pass++;
    else fails.push(`${c.id} [${c.cat}/${answer.intent}] ${c.q} -> ${why.join("; ")}`);
    for (const [map, key] of [
      [byCat, c.cat],
      [byIntent, answer.intent],
    ] as const) {
      const [p, n] = map.get(key) ?? [0, 0];
      map.set(key, [p + (ok ? 1 : 0), n + 1]);
    }
  }
  const fmt = (m: Map<string, [number, number]>) =>
    [...m]
      .sort()
      .map(([k, [p, n]]) => `${k} ${p}/${n}`)
      .join("  ");
  const rate = pass / cases.length;
  if (process.argv.includes("--verbose")) console.log(fails.join("\n"));
  console.log(`${file.replace(root, "")}`);
  console.log(`  by category: ${fmt(byCat)}`);
  console.log(`  by intent:   ${fmt(byIntent)}`);
  console.log(`  overall ${pass}/${cases.length} = ${(100 * rate).toFixed(1)}%`);
  const floor = floors[file.replace(root, "")];
  if (floor !== undefined && rate < floor) {
    failedGate = true;
    console.log(`  below the floor ${(100 * floor).toFixed(1)}% (eval/floor.json)`);
  }
}
const secondCode = await second;
if (gate && (failedGate || secondCode !== 0)) process.exit(1);
