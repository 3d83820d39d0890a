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

describe("a run that starts with a name cut short", () => {
  it("is the name that starts so, not one that holds it inside (知的クラ of 札幌知的クラスター)", () => {
    expect(subjects("知的クラ 試行地域の3つ")).toEqual(["chiteki-cluster"]);
    expect(subjects("知的クラ 15年度予算 15地域でいくらだった？")).toEqual(["chiteki-cluster"]);
  });
});

describe("a name's start typed whole and then a later word of it", () => {
  it("is the one name that starts so and holds that word (地域イノベ強化 for 地域イノベーション・システムの強化)", () => {
    expect(subjects("地域イノベ強化の予算")).toEqual(["chiiki-innovation-system"]);
    expect(subjects("H20のちいきイノベ強化 どんな事業が入ってる？")).toEqual(["chiiki-innovation-system"]);
  });
});
