/**
 * The start-up snapshot of `npm run ask`: Node runs this once with --build-snapshot (scripts/ask.sh, after a
 * run that found no current snapshot), which loads the knowledge, the intents and every matcher built from
 * them, answers every intent's examples once (compiling the code answers run), and saves the whole heap as
 * dist/cli/ask.blob. A run started from that blob begins with all of it in memory: no script to read and
 * compile, no snapshot to deserialize, no matcher to build, no answer path run cold (docs/speed.md).
 * Why it is safe: the blob answers only while it is of the current files. Its main function first checks
 * that src/ is the build it was made from (scripts/source-hash.mjs, the check scripts/run.mjs makes) and that
 * knowledge/ and intents/ hold what it loaded (their content key); otherwise it exits with STALE before
 * reading any input, and scripts/ask.sh runs the question through scripts/run.mjs and makes a new blob.
 * @example sh scripts/ask.sh --json < questions.txt // answers from dist/cli/ask.blob when it is current
 */
import { join } from "node:path";
import v8 from "node:v8";
import { DIST, hashSources } from "../../scripts/source-hash.mjs";
import { inputKey } from "../knowledge/input-key.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../knowledge/load-knowledge.js";
import { DEFAULT_INTENTS_DIR } from "../qa/load-intents.js";
import { createWarmAnswerer } from "../qa/index.js";
import { askArgs, runAsk } from "./ask/run-ask.js";

/** The content hash of src/ this file was built from (scripts/build.mjs defines it). */
declare const __SANGAKU_SOURCE_HASH__: string | undefined;

/** Exit codes that scripts/ask.sh reads (no exports: a snapshot entry has no module object to put them on). */
const STALE = 75;
const NOT_SERVED = 76;

/**
 * The content key of the files the answerer is loaded from. The code that reads them is in src/, checked by
 * its own hash, and a blob is loaded only by the Node that made it: the data is what is left to check.
 */
const dataKey = () => inputKey([DEFAULT_KNOWLEDGE_DIR, DEFAULT_INTENTS_DIR], "ask snapshot", join(DIST, "cli/ask.blob.key"));

const built = typeof __SANGAKU_SOURCE_HASH__ === "string" ? __SANGAKU_SOURCE_HASH__ : "";
// A blob of code older than src/ would never be current: better none.
if (!built || hashSources() !== built) throw new Error("dist/ is not a build of src/: no start-up snapshot made");
// The key before the load: files changed meanwhile make the blob look older than what it holds, never newer.
const loaded = dataKey();
// Warm: every intent's examples answered once, so that the code answers run is compiled in the blob.
const qa = createWarmAnswerer();
loaded.remember();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // No script path in argv: what follows node's own options are the command's arguments.
  const args = askArgs(process.argv.slice(1));
  // A chart loads the native renderer, which a snapshot's start cannot require; a usage error is said by ask.ts.
  if (args.chartFile || args.chartMissing) process.exit(NOT_SERVED);
  const now = dataKey();
  if (hashSources() !== built || now.key !== loaded.key) process.exit(STALE);
  now.remember();
  runAsk(qa, args).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
