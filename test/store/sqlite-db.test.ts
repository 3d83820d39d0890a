/**
 * The SQLite database's grouped writes: those asked for in one turn are committed together on the next, a bad
 * one fails alone, and closing commits what is still waiting.
 */
import { describe, expect, it } from "vitest";
import { openSqlite } from "../../src/store/sqlite-db.js";
import { useTempDirs } from "./support/temp-dirs.js";

const tempDir = useTempDirs("sqlite-db");

async function openWithTable() {
  const db = openSqlite(tempDir());
  await db.run("CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT NOT NULL)");
  return db;
}

describe("openSqlite runGrouped", () => {
  it("commits the writes of one turn together, after the turn, and resolves each with its changes", async () => {
    const db = await openWithTable();
    const writes = ["a", "b", "c"].map((id) => db.runGrouped!("INSERT INTO t (id, v) VALUES (?, ?)", [id, "x"]));
    // Not yet: the turn that asked has not ended.
    expect(await db.all("SELECT count(*) AS n FROM t")).toEqual([{ n: 0 }]);
    expect(await Promise.all(writes)).toEqual([1, 1, 1]);
    expect(await db.all("SELECT id FROM t ORDER BY id")).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
    await db.close();
  });

  it("fails a bad write alone: the others of its turn are still committed", async () => {
    const db = await openWithTable();
    const settled = await Promise.allSettled([
      db.runGrouped!("INSERT INTO t (id, v) VALUES (?, ?)", ["a", "x"]),
      db.runGrouped!("INSERT INTO t (id, v) VALUES (?, ?)", ["b", null]),
      db.runGrouped!("INSERT INTO t (id, v) VALUES (?, ?)", ["c", "x"]),
    ]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await db.all("SELECT id FROM t ORDER BY id")).toEqual([{ id: "a" }, { id: "c" }]);
    await db.close();
  });

  it("commits waiting writes when closed", async () => {
    const dir = tempDir();
    const db = openSqlite(dir);
    await db.run("CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT NOT NULL)");
    const write = db.runGrouped!("INSERT INTO t (id, v) VALUES (?, ?)", ["a", "x"]);
    await db.close();
    expect(await write).toBe(1);
    const again = openSqlite(dir);
    expect(await again.all("SELECT id FROM t")).toEqual([{ id: "a" }]);
    await again.close();
  });
});
