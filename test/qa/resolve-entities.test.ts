import { describe, expect, it } from "vitest";
import { createAnswerer, createDeps } from "../../src/qa/index.js";
import { buildEntityMatcher, toMatchText } from "../../src/qa/resolve-entities.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";

const { matcher } = createDeps();
const find = (q: string) => matcher.find(toMatchText(q), toMatchText(q, true)).map((m) => ({ id: m.entity.id, how: m.how }));

describe("resolving entities", () => {
  it("reads a name followed by its own short form in brackets as one mention (…（START）)", () => {
    const found = matcher.find(
      toMatchText("大学発新産業創出拠点プロジェクト（START）の予算"),
      toMatchText("大学発新産業創出拠点プロジェクト（START）の予算", true),
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.end).toBe("大学発新産業創出拠点プロジェクト（start）".length);
  });
  it("reads an English name and its Japanese name in brackets after a space as one mention", () => {
    const q = "What does Knowledge Cluster Initiative (知的クラスター創成事業) mean?";
    const found = matcher.find(toMatchText(q), toMatchText(q, true));
    expect(found).toHaveLength(1);
    expect(toMatchText(q).slice(found[0]!.start, found[0]!.end)).toBe("knowledge cluster initiative (知的クラスター創成事業)");
  });
  it("takes no particle in the place of a name's last character for a typo (事後評価で is not 事後評価書)", () => {
    expect(find("被災地向けプログラムの事後評価で十分な成果").map((m) => m.id)).not.toContain("h24-policy");
  });
  it("reads a program's name written with particles between its words over the exact name of a piece of it", () => {
    expect(find("大学の知財本部を整備する事業の予算")).toEqual([{ id: "chizai-honbu-seibi", how: "partial" }]);
  });
  it("leaves a program's name before の and a count to the counted-child reading (…プログラムの実施地域数)", () => {
    expect(find("地域イノベーション戦略支援プログラムの実施地域数")[0]).toEqual({ id: "chiiki-innovation-senryaku", how: "alias" });
  });
  it("prefers the longest alias", () => {
    expect(find("第2期科学技術基本計画はいつ？")).toEqual([{ id: "kihon-keikaku-2", how: "alias" }]);
  });

  it("reads an OCR variant of a name through the variant map", () => {
    expect(find("都市エリア产学研官連携促進事業の予算")[0]).toEqual({ id: "toshi-area", how: "alias" });
  });

  it("finds a program from a piece of its name that no other entity has", () => {
    expect(find("自立化促進プログラムの予算")[0]).toEqual({ id: "jiritsuka-sokushin", how: "alias" });
    expect(find("創出拠点形成プログラム")[0]).toMatchObject({ id: "sentan-yugo", how: "partial" });
  });

  it("reads a small typo", () => {
    expect(find("都市エリヤの予算")[0]?.id).toBe("toshi-area");
  });

  it("matches an acronym only in capitals, so an English word stays a word", () => {
    expect(find("When did the Knowledge Cluster Initiative start?").map((m) => m.id)).toEqual(["chiteki-cluster"]);
    expect(find("START事業の予算").map((m) => m.id)).toContain("start-project");
  });

  it("matches Latin names on word boundaries only, however they were written", () => {
    expect(find("What percentage of University Fair exhibitors found it effective?").map((m) => m.id)).not.toContain("field-it");
    expect(find("IT分野のクラスター").map((m) => m.id)).toContain("field-it");
  });

  it("finds an entity from the content words of an English question", () => {
    expect(find("budget request for the comprehensive industry-academia-government collaboration program")[0]?.id).toBe("sogoteki-renkei");
  });

  it("does not read a short or generic name inside a longer word as that entity", () => {
    expect(find("今日の天気は？")).toEqual([]);
    expect(find("京都大学の共同研究件数").map((m) => m.id)).not.toContain("cluster-kyoto");
    expect(find("京都クラスターの分野").map((m) => m.id)).toContain("cluster-kyoto");
    expect(find("産業クラスター計画").map((m) => m.id)).toEqual(["sangyo-cluster"]);
  });
});

describe("a name holding a term people say otherwise (vocabulary synonyms)", () => {
  it("is also matched with the word in the term's place (地方公共団体 → 自治体)", () => {
    const real = loadKnowledge();
    const entity = { ...real.entities.get("h24-policy")!, id: "x", name: "拠点に参画する地方公共団体数", aliases: [], generic: [] };
    const matcher = buildEntityMatcher({ ...real, entities: new Map([["x", entity]]) });
    expect(matcher.find(toMatchText("拠点に参画する自治体数の推移")).map((m) => m.entity.id)).toEqual(["x"]);
  });
});

describe("name forms and synonyms together", () => {
  it("match a name with both a longer form and a synonym in it (industry-academia-government collaboration HQs)", () => {
    const answer = createAnswerer().answer("what is the target number for industry-academia-government collaboration HQs?");
    expect(answer.text).toContain("250");
  });
});

describe("an indicator named in English with its rating quoted", () => {
  it("is found as written in quotes or without them ('s' rating, rated s)", () => {
    expect(find("share of projects with an 's' rating")[0]?.id).toBe("ind-start-s-rate");
    expect(find("share of START projects rated s")[0]?.id).toBe("ind-start-s-rate");
  });
});

describe("English words beside a Japanese name", () => {
  it("may name one of its indicators (patent apps … of 知的クラスター)", () => {
    const found = matcher.find(toMatchText("in the first year of 知的クラスター, how many patent applications were filed?"));
    expect(found.map((m) => m.entity.id)).toContain("chiteki-cluster-patent-applications");
  });
  it("are not read again when the name was found in English", () => {
    const found = matcher.find(toMatchText("How many joint research projects did universities run with private companies in FY2011?"));
    expect(found.map((m) => m.entity.id)).toEqual(["ind-joint-research"]);
  });
});

describe("a generic name", () => {
  it("is matched whole only (施策全体), never by a piece (施策全 of 施策全部)", () => {
    expect(find("施策全体の予算は？").map((m) => m.id)).toEqual(["h24-policy"]);
    expect(find("20年度の地域イノベ関係で文科省がやってる施策 全部").map((m) => m.id)).not.toContain("h24-policy");
  });
});

describe("English names translated loosely", () => {
  it("are read by the glossed pieces of the Japanese name (cluster programme → 知的クラスター創成事業)", () => {
    expect(find("What was the budget of the cluster programme in FY2004?").map((m) => m.id)).toEqual(["chiteki-cluster"]);
  });
  it("read a phase's numeral with its word only: I of 'I heard' names no phase", () => {
    expect(find("How many clusters are in the knowledge cluster program? I heard 13").map((m) => m.id)).toEqual(["chiteki-cluster"]);
    expect(find("knowledge cluster phase I budget").map((m) => m.id)).toContain("chiteki-cluster-1");
  });
});

describe("a shortened name written with の (本部の整備状況)", () => {
  it("names the one entity whose name ends with both words", () => {
    expect(find("本部の整備状況は？").map((m) => m.id)).toEqual(["ind-renkei-honbu-seibi"]);
  });
  it("names nothing when the words stop inside a name (評価のプロジェクト of …評価したプロジェクトの割合)", () => {
    expect(find("s評価のプロジェクトが少ないのはなぜ").map((m) => m.id)).not.toContain("ind-start-commercialization-rate");
  });
});

describe("an English abbreviation the glossary gives for a piece of names (UIC for 産学官連携)", () => {
  it("names the program it translates, and is no unknown name", () => {
    expect(find("Comprehensive UIC promotion project budget FY2004").map((m) => m.id)).toEqual(["sogoteki-renkei"]);
    expect(createAnswerer().answer("How many tech consultations did UIC coordinators do in 2003?").status).toBe("answered");
  });
});
