import { describe, expect, it } from "vitest";
import { migrate } from "../../src/store/migrate.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { openSqlite } from "../../src/store/sqlite-db.js";
import { useTempDirs } from "./support/temp-dirs.js";

const tempDir = useTempDirs("migrate");
const openTempDb = () => openSqlite(tempDir());

describe("migrate", () => {
  it("applies every step on an empty database, then none", async () => {
    const db = openTempDb();
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    await db.close();
  });

  it("applies only a step added since the last start, keeping the rows already there", async () => {
    const db = openTempDb();
    await migrate(db);
    await db.run("INSERT INTO feedback (id, verdict, given_at) VALUES (?, ?, ?)", ["f-1", "up", 1]);
    const next = { version: 2, statements: ["ALTER TABLE feedback ADD COLUMN channel_id TEXT"] };
    expect(await migrate(db, [...MIGRATIONS, next])).toEqual([2]);
    expect(await db.all("SELECT id, channel_id FROM feedback")).toEqual([{ id: "f-1", channel_id: null }]);
    await db.close();
  });

  it("refuses a verdict other than up or down", async () => {
    const db = openTempDb();
    await migrate(db);
    await expect(db.run("INSERT INTO feedback (id, verdict, given_at) VALUES (?, ?, ?)", ["f-1", "meh", 1])).rejects.toThrow(/CHECK/);
    await db.close();
  });
});
