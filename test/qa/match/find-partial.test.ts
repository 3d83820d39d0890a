import { describe, expect, it } from "vitest";
import { createDeps } from "../../../src/qa/index.js";
import { understandQuestion } from "../../../src/qa/understand-question.js";

const deps = createDeps();
const subjects = (q: string) => understandQuestion(deps, q).mentions.map((m) => m.entity.id);

describe("a piece of several names, fitted to the question's words", () => {
  it("is not fitted to a second subject named after it (支援 of …と地域イノベ戦略支援プロ参加機関数)", () => {
    expect(subjects("H23の産学官連携本部数と地域イノベ戦略支援プロ参加機関数")).toContain("ind-renkei-honbu-seibi");
  });
  it("is fitted to a name before it that modifies it (大学発特許の取得数と実施件数)", () => {
    expect(subjects("大学発特許の取得数と実施件数、それぞれの達成目標は？")).toContain("daigakuhatsu-tokkyo-jisshi");
  });
});
