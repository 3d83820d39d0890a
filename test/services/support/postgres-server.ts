/**
 * A throwaway PostgreSQL server (the Debian package `postgresql`) on a free loopback port: `initdb` into a
 * temp folder, then `postgres` on it, without fsync (the data is thrown away). PostgreSQL refuses to run
 * as root, so as root both run as the `postgres` user the package creates (setpriv, which execs in place:
 * the child is the server itself and stops on our signal).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { findFreePort } from "./free-port.js";

export type PostgresServer = { url: string; stop(): Promise<void> };

const INSTALL_HINT = "install it with apt-get install -y postgresql";

/**
 * Starts a server and resolves once it accepts a connection; its URL names the `postgres` database.
 * @example const server = await startPostgresServer(); … await server.stop()
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = findBinDir();
  const dataDir = mkdtempSync(join(tmpdir(), "sangaku-pg-"));
  const asOwner = ownerCommand(dataDir);
  try {
    execFileSync(
      ...asOwner(join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]),
      { stdio: "pipe" },
    );
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${(error as { stderr?: Buffer }).stderr?.toString() ?? String(error)}`);
  }
  const port = await findFreePort();
  const child = spawn(
    ...asOwner(join(bin, "postgres"), [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-k",
      dataDir,
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
    ]),
    { stdio: "ignore" },
  );
  const exited = new Promise<never>((_, reject) => {
    child.once("error", (error) => reject(new Error(`postgres could not start (${error.message}); ${INSTALL_HINT}`)));
    child.once("exit", (code) => reject(new Error(`postgres exited with code ${code}`)));
  });
  exited.catch(() => {});
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await Promise.race([waitForConnection(url), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

// Debian installs the server outside PATH, one folder per major version; the newest wins.
function findBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new Error(`PostgreSQL's initdb was not found under ${root}; ${INSTALL_HINT}`);
  return join(root, versions[0]!, "bin");
}

type Command = (file: string, args: string[]) => [string, string[]];

function ownerCommand(dataDir: string): Command {
  if (process.getuid?.() !== 0) return (file, args) => [file, args];
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
  chownSync(dataDir, uid, gid);
  return (file, args) => ["setpriv", [`--reuid=${uid}`, `--regid=${gid}`, "--clear-groups", file, ...args]];
}

async function waitForConnection(url: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(`postgres at ${url} did not accept a connection within 10 s`);
}

// SIGINT is PostgreSQL's fast shutdown: open connections are closed instead of waited for.
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}
