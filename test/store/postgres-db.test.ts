import { describe, expect, it } from "vitest";
import { numberPlaceholders } from "../../src/store/postgres-db.js";

describe("numberPlaceholders", () => {
  it("numbers each ? in order, as PostgreSQL expects", () => {
    expect(numberPlaceholders("UPDATE feedback SET reason = ? WHERE id = ?")).toBe("UPDATE feedback SET reason = $1 WHERE id = $2");
  });
});
