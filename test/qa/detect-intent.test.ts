import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../src/qa/index.js";
import { understandQuestion } from "../../src/qa/understand-question.js";
import { findTriggers } from "../../src/qa/detect-intent.js";

const deps = createDeps();
const intentOf = (q: string) => understandQuestion(deps, q).intent?.name;

describe("a word that modifies a later noun of another reading", () => {
  it("yields to the later noun, what Japanese asks last (試行地域への支援額)", () => {
    expect(understandQuestion(deps, "知クラの試行地域への支援額は？").intent?.name).toBe("support");
  });
  it("stands before a question word or a word of how to show it (参加機関ってどこ, 参加機関の一覧)", () => {
    expect(understandQuestion(deps, "神戸クラスターの参加機関の一覧").intent?.name).not.toBe("regions");
  });
});

describe("detecting the intent", () => {
  it("reads a sign between two years as a change, over a list word beside the name (phase II clusters 2007→2008)", () => {
    expect(intentOf("phase II clusters 2007→2008 change?")).toBe("difference");
  });
  it.each([
    ["都市エリアの予算は?", "budget"],
    ["2011年の共同研究件数", "indicator-value"],
    ["共同研究件数の推移", "series"],
    ["共同研究件数の目標値", "target"],
    ["平成20年度から23年度で共同研究件数は何件増えた？", "difference"],
    ["共同研究件数が一番多かった年度は？", "max"],
    ["知的クラスター創成事業の主管課は?", "owner"],
    ["知的クラスター創成事業はいつ始まった?", "start-year"],
    ["知的クラスター創成事業の達成目標は?", "goal"],
    ["都市エリア事業の実施地域はいくつ？", "region-count"],
    ["ナノテクの知的クラスターはどこ？", "regions"],
    ["熊本エリアの分野は?", "region-field"],
    ["TLO法はいつ制定された？", "law-year"],
    ["1999年に制定された法律は?", "laws-in-year"],
    ["スーパー産学官連携本部とは？", "describe"],
    ["ヘルプ", "help"],
    // Overlapping words are compared without their particles: the head word of the question decides.
    ["共同研究って何件でした？", "indicator-value"],
    ["知的クラスター創成事業の達成目標は何ですか", "goal"],
    ["知的クラスターって何ですか", "describe"],
    // どれだけ alone asks an amount; a change needs a change word.
    ["自立化促進プログラムの平成24年度の補正後予算どれだけ付いてた？", "budget"],
    // No question word, but a kind of figure named: the figures of that kind.
    ["先端融合のH25当初、急ぎでお願いします", "budget"],
    // Of two names, a measured thing named last is what is asked.
    ["京都クラスターだけの特許出願件数を知りたい", "indicator-value"],
    ["ナノ分野の知的クラスターは？", "regions"],
    ["そもそも「知的クラスター」って何のこと？", "describe"],
  ])("reads %s as %s", (question, intent) => {
    expect(intentOf(question)).toBe(intent);
  });

  it("matches an English trigger whole or inflected, never as the start of another word", () => {
    expect(findTriggers(["min", "increase"], "who is the minister? it increased", [])).toEqual(["increase"]);
  });

  it("finds a sign typed between words (what was the % in 2012?), the space around it gone", () => {
    expect(findTriggers(["%"], "what was the%in 2012?", [])).toEqual(["%"]);
    expect(intentOf("what was the % in 2012?")).toBe("indicator-value");
  });

  it("reads a hiragana name split by a reading (ちてきくらすたー) as the name", () => {
    const query = understandQuestion(deps, "ちてきくらすたーのよさん へいせい15ねんど");
    expect(query.mentions.map((m) => m.entity.id)).toContain("chiteki-cluster");
  });

  it("lets an operation outweigh the value it operates on (増えた over 件数)", () => {
    expect(intentOf("平成21年度から23年度で共同研究の件数は何件増えた？")).toBe("difference");
  });

  it("takes the previous intent for a follow-up that only gives a year", () => {
    expect(understandQuestion(deps, "じゃあ2010年は？", { intent: "indicator-value", subject: "ind-joint-research" }).intent?.name).toBe(
      "indicator-value",
    );
  });
});

describe("a spread trigger of Latin words", () => {
  it("finds its words with a name between them (each City Area region → support)", () => {
    expect(intentOf("How much does each City Area region get per year?")).toBe("support");
  });
  it("does not join words of two clauses (each program. The region)", () => {
    expect(findTriggers(["each...region"], "each program. the region", [])).toEqual([]);
  });
});

describe("a Latin spread trigger around a Japanese name typed without spaces", () => {
  it("finds what do … do around 大学知的財産本部", () => {
    expect(intentOf("what do 大学知的財産本部 do?")).toBe("describe");
  });
});

describe("概算 alone", () => {
  it("asks the budget request, as people shorten 概算要求 (クラスターの16年度概算)", () => {
    const a = understandQuestion(deps, "知的クラスターの16年度概算は？");
    expect(a.intent?.name).toBe("budget");
    expect(a.qualifiers).toContain("概算要求額");
  });
});

describe("a Latin spread trigger around a longer name", () => {
  it("finds its words with up to six words between (How long is each urban area project supported?)", () => {
    expect(intentOf("How long is each urban area project supported?")).toBe("support");
  });
});

describe("English words for a series and for participants", () => {
  it("read how has … changed since as a series, take part as participants", () => {
    expect(intentOf("how has the number of 先端融合領域 hubs changed since 2008?")).toBe("series");
    expect(intentOf("which institutions take part in the 神戸クラスター?")).toBe("participants");
  });
});

describe("which of two is bigger", () => {
  it("is a comparison (24補正後と25当初でどっちが大きい)", () => {
    expect(intentOf("A-STEPの予算、24補正後と25当初でどっちが大きい？")).toBe("difference");
  });
});

describe("a series word that is only the verb of a noun listed by name", () => {
  it("leaves the noun's reading (H7〜H14の…法律を並べて: laws of the span, not a budget series)", () => {
    expect(intentOf("H7〜H14の産学官連携関係の法律を並べてくれる？")).toBe("laws-in-year");
  });
  it("keeps a series of figures (都市エリアの予算を並べて)", () => {
    expect(intentOf("都市エリアの予算を並べて")).toBe("series");
  });
});

describe("when a program kicked off", () => {
  it("asks its start year", () => {
    expect(intentOf("what year did 知的クラスター創成事業 kick off?")).toBe("start-year");
  });
});

describe("a question word that begins in a name's last word (施策目標 after 事後評価の施策)", () => {
  it("is the question's word, not the name's", () => {
    expect(createAnswerer().answer("24年度事後評価の施策目標なんだっけ").intent).toBe("goal");
  });
});

describe("an English change between two years", () => {
  it("is a difference (change from FY2007 to FY2008)", () => {
    expect(createAnswerer().answer("JST regional innovation support - change from FY2007 to FY2008?").intent).toBe("difference");
  });
});

describe("a trend asked in katakana (トレンド)", () => {
  it("is a series", () => {
    expect(intentOf("外国特許出願支援の特許化率のトレンド教えて")).toBe("series");
  });
});

describe("a reading that needs a year, asked without one", () => {
  it("stands when the only name is a guessed piece many names share (産学官連携の法律は？)", () => {
    expect(intentOf("産学官連携の法律は？")).toBe("laws-in-year");
    expect(intentOf("laws on industry-academia collaboration in chronological order")).toBe("laws-in-year");
  });
  it("still counts little beside a name read exactly (都市エリアの計画は？ is no list of plans)", () => {
    expect(intentOf("都市エリアの計画は？")).not.toBe("laws-in-year");
  });
});

describe("a verb of showing after a noun of things listed by name", () => {
  it("is how to show that list, a few characters of how between them (法律を年表で)", () => {
    expect(intentOf("産学官連携関連の法律を年表で")).toBe("laws-in-year");
  });
  it("still asks a series of figures (知的クラスターの予算を年表で)", () => {
    expect(intentOf("知的クラスターの予算を年表で")).toBe("series");
  });
});
