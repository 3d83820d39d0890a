/**
 * `npm start` as an operator runs it: a start-up mistake ends the process with exit code 1 and one
 * paragraph naming the variable, no stack trace. Runs the real entry point under tsx in a child process.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startFakeSlack } from "./slack/support/fake-slack.js";
import { SIGNING_SECRET } from "./slack/support/slack-request.js";
import { useTempDirs } from "./store/support/temp-dirs.js";

// The question log goes to a temp folder, not to data/ in the working tree.
const tempDir = useTempDirs("main");

function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { PATH: process.env.PATH ?? "", DATA_DIR: tempDir(), ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("main", () => {
  it("stops with a message naming PORT, without a stack, when the port is in use", async () => {
    const slack = await startFakeSlack();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const { code, stderr } = await runMain({
        SLACK_BOT_TOKEN: "xoxb-1-2",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        ANSWER_THREADS: "1",
      });
      expect(code).toBe(1);
      expect(stderr).toBe(
        `sangaku cannot start: configuration is invalid (1 problem):\n  PORT: port ${port} is already in use by another process; stop that process or set PORT to a free port\n`,
      );
    } finally {
      taken.close();
      await slack.close();
    }
  }, 30_000);

  it("stops with a message naming the variable when a token has a trailing space", async () => {
    const { code, stderr } = await runMain({ SLACK_BOT_TOKEN: "xoxb-1-2 ", SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^sangaku cannot start: configuration is invalid \(1 problem\):\n {2}SLACK_BOT_TOKEN: has spaces or a line break around the value/,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("stops with a message naming DATA_DIR when the question log cannot be kept there", async () => {
    const file = join(tempDir(), "a-file");
    writeFileSync(file, "");
    const { code, stderr } = await runMain({
      SLACK_BOT_TOKEN: "xoxb-1-2",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      DATA_DIR: join(file, "data"),
      ANSWER_THREADS: "1",
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^sangaku cannot start: configuration is invalid \(1 problem\):\n {2}DATA_DIR: cannot keep the question log in .*a-file\/data \(ENOTDIR.*set DATA_DIR to a writable folder\n$/,
    );
  }, 30_000);
});
