/**
 * Runs one benchmarked app as a child process (under tsx, like `npm start`) pointed at the fake Web API, and
 * waits until its receiver answers. Variables go through a temporary --env-file: the app reads them as an
 * operator would set them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type RunningApp = { url: string; pid: number; stop(): Promise<void> };

/**
 * @example const app = await runApp("src/main.ts", { SLACK_API_URL: api.url, … }, 3101)
 */
export async function runApp(entry: string, vars: Record<string, string>, port: number): Promise<RunningApp> {
  const envFile = join(mkdtempSync(join(tmpdir(), "bench-slack-")), "app.env");
  writeFileSync(
    envFile,
    Object.entries({ ...vars, PORT: String(port) })
      .map(([k, v]) => `${k}=${v}`)
      .join("\n") + "\n",
  );
  // Started as `npm start` starts the bot (scripts/run.mjs: the esbuild build of src/), so that neither app pays
  // for transpiling modules on demand while it is measured.
  // BENCH_APP_NODE_ARGS: Node options for the app only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it
  // under load (NODE_OPTIONS refuses --cpu-prof, and would profile the load generator too).
  const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, `--env-file=${envFile}`, "scripts/run.mjs", entry], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/slack/events`;
  await waitUntilAnswering(url, child);
  return { url, pid: child.pid!, stop: () => stopChild(child) };
}

// Any answer (401 to an unsigned request) means the receiver is up; the sangaku app listens only once its
// answering threads have loaded the core.
async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} before listening`);
    const up = await fetch(url, { method: "POST", body: "{}" }).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the app did not listen at ${url} within 60 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
