/**
 * Temp folders for a test file's stores, removed after each test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

/** Registers the clean-up and returns a function making a new folder. @example const tempDir = useTempDirs("migrate") */
export function useTempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `sangaku-${prefix}-`));
    dirs.push(dir);
    return dir;
  };
}
