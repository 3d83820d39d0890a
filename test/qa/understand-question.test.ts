import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../src/qa/index.js";
import { understandQuestion } from "../../src/qa/understand-question.js";

const deps = createDeps();
const read = (q: string) => understandQuestion(deps, q);

describe("a subject asked with no question word", () => {
  it("is described when an aspect no figure answers is asked in other words (具体的に何する人)", () => {
    expect(read("産学官連携コーディネーターって具体的には何する人なの").intent?.shape).toBe("describe");
  });
  it("keeps its figure reading when the aspect word is also a figure's (領域, 分野)", () => {
    expect(read("先端融合領域のイノベ拠点、H22の支援数は？").intent?.shape).toBe("facts");
  });
  it("reads no reason into politeness (いくらなんでしょう)", () => {
    expect(read("産学官連携コーディネーターの月額報酬っていくらなんでしょう？").intent?.shape).not.toBe("describe");
  });
});

describe("a guessed name grown into a longer phrase", () => {
  it("stays the subject when the phrase is one of its own names (大学と企業の共同研究 of …共同研究件数)", () => {
    const ids = read("2011年度の大学と企業の共同研究って何件？").mentions.map((m) => m.entity.id);
    expect(ids).toEqual(["ind-joint-research"]);
  });
});

describe("a program named by a guessed name beside a field", () => {
  it("is the subject the field narrows (IT分野の知クラ), not dropped for the exact field name", () => {
    expect(read("IT分野の知クラ全部あげてもらえます？").mentions.map((m) => m.entity.id)).toEqual(["field-it", "chiteki-cluster"]);
  });
});

describe("a policy's programs asked as a list", () => {
  it("reads the programs it is made of when 事業 or プログラム is asked with a list word", () => {
    expect(read("JSTの研究成果展開事業のプログラムって何があります？").intent?.name).toBe("components");
  });
  it("keeps the regions when regions are the kind asked (実施地域一覧)", () => {
    expect(read("都市エリアの実施地域一覧").intent?.name).toBe("regions");
  });
});

describe("a count asked in a unit the reading's figures never have", () => {
  it("is the figure reading (いくつの大学等で is universities, not regions)", () => {
    expect(read("大学知的財産本部整備事業、いくつの大学等で実施してるの？").intent?.name).toBe("indicator-value");
  });
});

describe("a kind of figure the reading's own figures never have", () => {
  it("takes the reading whose figures have it (how many clusters by when: the target)", () => {
    expect(read("What is the Knowledge Cluster target, how many clusters by when?").intent?.name).toBe("target");
  });
});

describe("a program typed without its 事業", () => {
  it("is named by the rest of its name (知財本部整備), but not by an everyday word (スタート of スタート事業)", () => {
    expect(read("知財本部整備ってなん大学でやってるんだっけ？").mentions.map((m) => m.entity.id)).toEqual(["chizai-honbu-seibi"]);
    expect(read("知的クラスター創成事業はいつスタートしたんだっけ").mentions.map((m) => m.entity.id)).toEqual(["chiteki-cluster"]);
  });
});

describe("a later part asking a kind of the part before's subject", () => {
  it("reads the kind's group (目標値 finds 年度ごとの目標値), not a count of regions (いくつ)", () => {
    const a = createAnswerer().answer("共研件数の23年度実績と、目標値はそれぞれいくつ？");
    expect(a.text).toContain("17,000件");
  });
});

describe("a generic name beside a program named exactly", () => {
  it("is the kind asked of it, not a second subject (…の強化で文科省がやってる施策を挙げて)", () => {
    const q = read("地域イノベーション・システムの強化で文科省がやってる施策を挙げて");
    expect(q.mentions.map((m) => m.entity.id)).toEqual(["chiiki-innovation-system"]);
    expect(q.intent?.name).toBe("components");
  });
});

describe("a figure asked of a policy's programs with a list word", () => {
  it("stays the figure's reading (…の施策の予算を教えて asks the budget, not the programs)", () => {
    expect(read("地域イノベーション・システムの強化の施策の予算を教えて").intent?.name).toBe("budget");
  });
});

describe("an English how-many question", () => {
  it("asks a figure, never a list of names, when what it counts is not what the list lists (…across all regions)", () => {
    expect(read("how many patent applications were filed in the knowledge cluster across all regions?").intent?.shape).toBe("facts");
  });
  it("keeps the list reading when it counts what the list lists (how many regions…, and which were trial regions)", () => {
    expect(read("How many regions did the Knowledge Cluster Initiative run in 2003, and which were trial regions?").intent?.shape).toBe(
      "regions",
    );
  });
});

describe("a policy's programs asked with a generic name (…関係の施策、何があるか並べて)", () => {
  it("lists its components, not its budget series", () => {
    expect(read("H20の地域イノベーション関係の施策って何があるか並べて").intent?.keys).toContain("component");
  });
});

describe("English words that only point at the subject", () => {
  it("leave nothing unexplained: this … thing, and the glossary's words of its name (HQ of 本部)", () => {
    const query = read("what is this 'super' industry-academia HQ thing?");
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["super-renkei-honbu"]);
    expect(query.leftover).toBe("");
  });
});

describe("a capitalized name after a title (Mr. Nakagawa)", () => {
  it("is a word the documents do not use, though a sentence could start there", () => {
    const query = read("What is Mr. Nakagawa, the former head of the regional S&T promotion office, doing now?");
    expect(query.unknownWords).toContain("nakagawa");
  });
});

describe("brackets right after a name (the super … honbu (super IAG HQ))", () => {
  it("gloss the name: a capital acronym in them is the asker's own, no word the documents lack", () => {
    expect(read("what is the super sangakukan renkei honbu (super IAG HQ)?").unknownWords).toEqual([]);
  });
  it("say more than a gloss when they begin with a preposition (in Germany)", () => {
    expect(read("How many spin-offs were there (in Germany)?").unknownWords).toContain("germany");
  });
});

describe("an English question in chat shorthand", () => {
  it("reads what's a as a definition asked", () => {
    expect(read("what's a 'super' industry-academia-government liaison HQ?").intent?.shape).toBe("describe");
  });
  it("reads no. of as number of: the count of the program's regions, not its list", () => {
    const query = read("whats the FY2013 target for no. of regions in the regional innovation strategy support programme?");
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["ind-chiiki-senryaku-regions"]);
  });
  it("reads a year before an evaluation as the document's, not the figure's (the FY2012 evaluation)", () => {
    expect(read("which JST research-result deployment programmes are listed in the FY2012 evaluation?").years.years).toEqual([]);
  });
});

describe("a guessed indicator beside a program named exactly", () => {
  it("is a second subject when と joins it to the name (産学官連携本部数と地域イノベ戦略支援プロ…)", () => {
    const ids = read("H23の産学官連携本部数と地域イノベ戦略支援プロ参加機関数").mentions.map((m) => m.entity.id);
    expect(ids).toContain("ind-renkei-honbu-seibi");
  });
  it("is a word asked of the program when a comma only sets it (知的クラスター、中間評価って)", () => {
    const ids = read("知的クラスター、中間評価って事業開始何年目にやるの？").mentions.map((m) => m.entity.id);
    expect(ids).toEqual(["chiteki-cluster"]);
  });
});

describe("what the asker needs the answer for (国会答弁用に)", () => {
  it("is no word the question asks, even one the documents lack", () => {
    expect(read("知クラの必要性、国会答弁用にポイントだけ").unknownWords).toEqual([]);
  });
  it("leaves a word of the documents that ends in 用 alone (知財活用)", () => {
    expect(read("知財活用に宇宙開発の話はある？").unknownWords).toContain("宇宙");
  });
});

describe("when a program began, asked with 何年度から", () => {
  it("is its start year", () => {
    expect(read("大学知的財産本部整備事業は何年度から？").intent?.name).toBe("start-year");
  });
});

describe("an English word for the documents", () => {
  it("after the or a year names where to look, not a subject (the 2008 materials)", () => {
    const query = read("what issues did MEXT flag for regional clusters in the 2008 materials?");
    expect(query.mentions).toEqual([]);
    expect(query.intent?.shape).toBe("describe");
  });
  it("stays the field it names elsewhere (which regions work on materials?)", () => {
    expect(read("which regions work on materials?").mentions.map((m) => m.entity.id)).toEqual(["field-nano"]);
  });
});

describe("a word the documents write otherwise, typed whole (進み具合 for 進捗)", () => {
  it("is known, its pieces too (具合)", () => {
    expect(read("知クラの初年度の進み具合、どう評価されてた？").unknownWords).toEqual([]);
  });
});

describe("a guess followed by a name in brackets", () => {
  it("is what the bracketed name glosses: that name is the subject (…sangakukan collaboration program (総合的産学官連携推進事業))", () => {
    const query = read(
      "what was the FY2005 budget request for the comprehensive sangakukan collaboration program (総合的産学官連携推進事業)?",
    );
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["sogoteki-renkei"]);
  });
  it("is the bracketed name's also when that name is a near-sure guess (joint research numbers (共同研究実施件数))", () => {
    const query = read("whats the 25年度 target for joint research numbers (共同研究実施件数)?");
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["ind-joint-research"]);
  });
});

describe("a university named with a country's word (Japanese university spinouts)", () => {
  it("is the country's universities, no one university", () => {
    expect(read("What was the cumulative count of Japanese university spinouts up to Aug 2002?").organizations).toEqual([]);
    expect(read("How many joint research projects did Kyoto University have?").organizations).toEqual(["Kyoto University"]);
  });
});

describe("a capital acronym in an English question", () => {
  it("is a word the documents lack unless they write it as a word of its own (IPO, inside multipolar)", () => {
    expect(read("which Japanese univ spinoff had the biggest IPO?").unknownWords).toContain("ipo");
  });
});

describe("the word for trial regions with money asked (試行地域って年間いくら)", () => {
  it("asks the trial regions' support, not their list", () => {
    expect(read("知クラの試行地域って年間いくらの支援でした？期間も").intent?.keys).toContain("support");
    expect(read("試行地域ってどこ？").intent?.shape).toBe("regions");
  });
});

describe("the word that sets a topic (について)", () => {
  it("yields to what is asked of the topic after it (…件数について、25年度の目標値を伺います)", () => {
    expect(read("民間企業との共同研究件数について、25年度の目標値を伺います").intent?.name).toBe("target");
  });
  it("yields to a question word that is the topic itself (…の主管課について伺います)", () => {
    expect(read("総合的産学官連携推進事業の主管課について伺います").intent?.name).toBe("owner");
  });
  it("keeps a description asked of a subject named before it (第4期基本計画だとTLOについてどう書かれてる？)", () => {
    expect(read("第4期基本計画だとTLOについてどう書かれてる？").intent?.shape).toBe("describe");
  });
});

describe("a change said as a share of the figure before (半分以下になった？)", () => {
  it("compares the two years' figures", () => {
    expect(read("知的クラスター（第Ⅰ期）の予算、19年度から20年度案で半分以下になった？").intent?.shape).toBe("difference");
  });
});

describe("an English guess made only of nouns for places (the trial cluster areas)", () => {
  it("names a kind of subject, not one region", () => {
    expect(read("How long are the trial cluster areas funded for, and at what level?").mentions).toEqual([]);
  });
  it("leaves a guess with a noun for programs a name (the cluster program)", () => {
    expect(read("why did MEXT say the cluster program was needed?").mentions.map((m) => m.entity.id)).toContain("chiteki-cluster");
  });
});

describe("a name typed with a long vowel left out (知的クラスタ創成事業)", () => {
  it("is one name: the rest after the exact piece is no second subject", () => {
    const ids = read("知的クラスタ創成事業の14年度の進み具合はどう評価されてますか").mentions.map((m) => m.entity.id);
    expect(ids).toEqual(["chiteki-cluster"]);
  });
});

describe("a drop between two years (H20とH21で落ち込み)", () => {
  it("asks the change between them", () => {
    expect(read("外国特許出願支援の特許になった割合、H20とH21で落ち込みがあったようですが数字は").intent?.shape).toBe("difference");
  });
});

describe("English brackets that describe the name before them by its parts", () => {
  it("name no subjects of their own (the … programme (the IP HQ + coordinator one))", () => {
    const query = read(
      "what was the FY2004 budget for the comprehensive industry-academia-govt collab programme (the IP HQ + coordinator one)?",
    );
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["sogoteki-renkei"]);
  });
  it("keep a name that is the whole of them: it translates the guess before (…hubs program (先端融合領域…))", () => {
    const query = read(
      "advanced interdisciplinary innovation hubs program (先端融合領域イノベーション創出拠点形成プログラム) - FY2012 budget?",
    );
    expect(query.mentions.some((m) => m.how === "alias")).toBe(true);
  });
});

describe("a subject named loosely in English beside one named exactly", () => {
  it("is a second subject (JST regional innovation support and city area program)", () => {
    const ids = read("JST regional innovation support and city area program - FY2008 budgets for each?").mentions.map((m) => m.entity.id);
    expect(ids).toEqual(["jst-chiiki-innovation", "toshi-area"]);
  });
  it("is never words scattered over the question (areas … program beside the knowledge cluster)", () => {
    const ids = read("Which areas are the trial regions of the knowledge cluster program?").mentions.map((m) => m.entity.id);
    expect(ids).toEqual(["chiteki-cluster"]);
  });
});

describe("an English guess made only of question words and nouns for kinds (…development project start?)", () => {
  it("names nothing: START is a name only as its acronym is typed", () => {
    const ids = read("when did the university IP HQ development project start?").mentions.map((m) => m.entity.id);
    expect(ids).not.toContain("ind-start-portfolios");
  });
  it("leaves a guess whose question word is a word of the name (the cluster plan)", () => {
    const ids = read("Which ministry's cluster plan is the Knowledge Cluster Initiative linked with?").mentions.map((m) => m.entity.id);
    expect(ids.length).toBeGreaterThan(1);
  });
});

describe("a program named right before one of its phases in English", () => {
  it("names the phase alone, spanning both names (knowledge cluster phase I)", () => {
    const query = read("basic concept of knowledge cluster phase I?");
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["chiteki-cluster-1"]);
    expect(query.mentions[0]!.text).toBe("knowledge cluster phase i");
  });
  it("keeps a Japanese phase name beside its program: the shapes read both (知クラ第II期 2008年度)", () => {
    expect(read("知クラ第II期 2008年度").mentions.map((m) => m.entity.id)).toEqual(["chiteki-cluster", "chiteki-cluster-2"]);
  });
});

describe("another program's indicator beside a region (participating institutions in the Kobe cluster)", () => {
  it("asks what the region has, when its words are what a region is asked", () => {
    expect(read("who are the participating institutions in the Kobe cluster?").intent?.name).toBe("participants");
  });
  it("stays the indicator when its words ask a figure the region lacks (京都クラスターの事業化件数)", () => {
    expect(createAnswerer().answer("京都クラスターの事業化件数の実績を教えて").status).toBe("not_found");
  });
});

describe("an English guess that leads into an exact name (universities industry-academia + collaboration coordinators)", () => {
  it("is that name's words, not a second subject", () => {
    const query = read("How many universities have industry-academia collaboration coordinators?");
    expect(query.mentions.map((m) => m.entity.id)).toEqual(["sangakukan-coordinator"]);
  });
});

describe("a kind of organization followed by 数", () => {
  it("counts them (実施大学数, 参加大学の数), naming no one organization", () => {
    expect(read("知財本部整備事業の実施大学数は？").organizations).toEqual([]);
    expect(read("都市エリアの参加大学の数は？").organizations).toEqual([]);
  });
  it("still names one organization asked of (京都大学の共同研究件数)", () => {
    expect(read("京都大学の共同研究件数は？").organizations).toEqual(["京都大学"]);
  });
});

describe("a two-digit FY in English", () => {
  it("is the Heisei year when the documents' figures end before its western year (FY21 → 2009)", () => {
    expect(read("how many collaboration HQs in FY21?").years.years.map((y) => y.fiscalYear)).toEqual([2009]);
  });
});

describe("a numbered name typed with an の after its number (第4期の科学技術基本計画)", () => {
  it("is the numbered name, not the first of the series", () => {
    expect(read("第4期の科学技術基本計画っていつ閣議決定された？").mentions.map((m) => m.entity.id)).toEqual(["kihon-keikaku-4"]);
  });
  it("is the numbered name when the number alone names something else (第2期 of a phase)", () => {
    expect(read("第2期の基本計画はいつ策定？").mentions.map((m) => m.entity.id)).toEqual(["kihon-keikaku-2"]);
  });
  it("is a name of its own when the documents number none so (第5期の…)", () => {
    expect(read("第5期の科学技術基本計画はいつ？").ownNames).toEqual(["第5期科学技術基本計画"]);
  });
});

describe("an everyday word for a term of the subject's name (会社 for 企業)", () => {
  it("is explained by the name, leaving nothing unknown", () => {
    const query = read("会社との共同研究の件数は？");
    expect(query.leftover).toBe("");
    expect(query.intent?.shape).toBe("facts");
  });
});

describe("a name said as where something is written (事後評価書に載ってる…)", () => {
  it("is the place to look, not the subject, when what is asked follows in words of its own", () => {
    const query = read("事後評価書に載ってるEBM法の取組例ってどんな内容ですか");
    expect(query.mentions).toEqual([]);
    expect(query.places).toEqual(["事後評価書"]);
  });
  it("stays the subject when only a question word follows (事後評価書に載ってる内容は？)", () => {
    expect(read("事後評価書に載ってる内容は？").mentions.map((m) => m.entity.id)).toEqual(["h24-policy"]);
  });
  it("is where it is written with で出てくる, the subject with で出てきた (what came up in it)", () => {
    expect(read("第4期計画の知財戦略で出てくる特許の無償開放ってどういう話？").places).toEqual(["知財戦略"]);
    expect(read("大学知的財産本部整備事業で出てきた問題点は？").mentions.map((m) => m.entity.id)).toEqual(["chizai-honbu-seibi"]);
  });
  it("stays beside another name after it, which it narrows (TLO法のとこに載ってる特許出願数)", () => {
    expect(read("TLO法のとこに載ってる特許出願数っていくつ？").places).toEqual([]);
  });
});

describe("words typed in hiragana on a phone", () => {
  it("read how many of a counter after なん (なんきかん → 何機関, not 何期間)", () => {
    expect(read("さんがくかん連携本部 せいび状況 H22はなんきかん").match).toContain("何機関");
  });
  it("write out a shorthand typed in hiragana (地域いのべ → 地域イノベーション)", () => {
    expect(read("JSTの地域いのべ支援と 都市エリアの H20予算案").match).toContain("地域イノベーション支援");
  });
});

describe("a university by its short name (京大, 東北大)", () => {
  it("is an organization the documents' national figures are not of", () => {
    expect(read("京大の共同研究件数は？").organizations).toEqual(["京大"]);
  });
  it("is not read from a word of the documents or a question word (最大の予算, 拡大の)", () => {
    expect(read("最大の予算はどの事業？").organizations).toEqual([]);
    expect(read("拡大の理由は？").organizations).toEqual([]);
  });
});

describe("the words of a year", () => {
  it("are no piece of a name (年度末 of H19年度末で)", () => {
    expect(read("H19年度末で終了した地域数").mentions).toEqual([]);
  });
  it("leave a name that starts with the year or has a word of its own after it (FY2012 post-evaluation)", () => {
    expect(read("which division is in charge of the FY2012 post-evaluation?").mentions.map((m) => m.entity.id)).toEqual(["h24-policy"]);
    expect(read("2012年度評価の達成目標2でのJST系プログラムを挙げて").mentions).not.toEqual([]);
  });
});

describe("an English word typed in lower case into Japanese", () => {
  it("is the asker's jargon, not a name the documents lack (H14→H15のchangeは, gap)", () => {
    expect(read("都市エリアの予算 H14→H15 のchangeは？").ownNames).toEqual([]);
    expect(createAnswerer().answer("共同研究件数 H23実績と目標17000件のgapは？").text).toContain("17,000");
  });
  it("leaves a name the dictionary does not hold (nedoの予算)", () => {
    expect(read("nedoの予算は？").ownNames).toEqual(["nedo"]);
  });
});
