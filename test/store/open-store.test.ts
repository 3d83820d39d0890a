import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { openStore } from "../../src/store/open-store.js";
import { findFreePort } from "../services/support/free-port.js";
import { useTempDirs } from "./support/temp-dirs.js";

const tempDir = useTempDirs("open");

describe("openStore", () => {
  it("creates DATA_DIR and its file when they are missing", async () => {
    const store = await openStore({ dataDir: join(tempDir(), "a", "b") });
    expect(await store.listQuestions(new Date(0))).toEqual([]);
    await store.close();
  });

  it("names DATA_DIR and the fix when the folder cannot be made", async () => {
    const file = join(tempDir(), "not-a-folder");
    writeFileSync(file, "");
    const failure = await openStore({ dataDir: join(file, "data") }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).problems).toEqual([
      expect.stringMatching(
        /^DATA_DIR: cannot keep the question log in .*not-a-folder\/data \(ENOTDIR.*set DATA_DIR to a writable folder$/,
      ),
    ]);
  });

  it("names DATABASE_URL without its password when the database cannot be reached", async () => {
    // A port that was free a moment ago: nothing listens there, so the connection is refused.
    const failure = await openStore({
      dataDir: "unused",
      databaseUrl: `postgres://bot:hunter2secret@127.0.0.1:${await findFreePort()}/sangaku`,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    const [problem] = (failure as ConfigError).problems;
    expect(problem).toMatch(/^DATABASE_URL: cannot use the database \(.*ECONNREFUSED.*unset DATABASE_URL/);
    expect(problem).not.toContain("hunter2secret");
  });
});
