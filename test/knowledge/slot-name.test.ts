import { describe, expect, it } from "vitest";
import { slotName } from "../../src/knowledge/slot-name.js";

describe("slotName", () => {
  it("names one text the same way every time, and other texts otherwise", () => {
    expect(slotName("/app/knowledge\n/app/src/knowledge")).toBe(slotName("/app/knowledge\n/app/src/knowledge"));
    expect(slotName("/app/knowledge\n/app/src/knowledge")).not.toBe(slotName("/app/knowledge\n/app/dist"));
    expect(slotName("知的クラスター")).toMatch(/^[0-9a-f]{16}$/);
  });
});
