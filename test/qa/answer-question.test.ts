/**
 * The question-answering core on the real knowledge base, as a user meets it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/qa/index.js";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from "../../src/knowledge/load-knowledge.js";

const kb = loadKnowledge();

const qa = createAnswerer();
const squash = (t: string) =>
  t
    .normalize("NFKC")
    .replace(/产/g, "産")
    .replace(/[\s,，]/g, "");

describe("answerQuestion", () => {
  it("reads a request in formal Japanese (恐れ入りますが…ご教示いただけますでしょうか) as politeness around the question", () => {
    const answer = qa.answer("恐れ入りますが、TLO法が制定された年をご教示いただけますでしょうか。");
    expect(answer.status).toBe("answered");
    expect(answer.intent).toBe("law-year");
  });

  it("answers a calendar year as the fiscal year, says so, and cites the indicator table", () => {
    const answer = qa.answer("2011年の共同研究件数");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toMatchInlineSnapshot(
      `"国公私立大学等における民間企業との共同研究の実施件数の平成23年度（2011年度）の実績は 16,302件 です。 [1]"`,
    );
    expect(answer.lines[0]).toMatchInlineSnapshot(`"※「2011年」は平成23年度（2011年度）として答えています（年度は4月〜翌年3月）。"`);
    expect(answer.citations[0]).toMatchObject({ document: "h24-jigo-hyoka.txt", section: expect.stringContaining("成果指標①") });
  });

  it("lists every budget figure of a program newest first, with its kind", () => {
    const answer = qa.answer("都市エリアの予算は?");
    const text = squash(answer.text);
    const order = ["46億円", "45億円", "31億円", "25億円"].map((figure) => text.indexOf(figure));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(answer.text).toContain("予算案");
  });

  it("says a year has no figure without giving another year's figure, and names the years it has", () => {
    const answer = qa.answer("2015年度の都市エリアの予算");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toMatch(/億円/);
    expect(answer.text).toContain("平成20年度（2008年度）");
    expect(answer.options.map((o) => qa.answer(o.question).status)).toEqual(answer.options.map(() => "answered"));
  });

  it("never lets a passage stand in for a year the documents have no figure for", () => {
    for (const question of ["新技術説明会の聴講者の割合 平成19年度", "先端融合の拠点支援数、平成26年度は？"]) {
      const answer = qa.answer(question);
      expect(answer.status).toBe("not_found");
      expect(answer.text).not.toMatch(/\d+(?:\.\d+)?\s?(?:%|％|拠点)/);
    }
  });

  it("says an actual figure is missing rather than giving the year's target in its place", () => {
    const answer = qa.answer("共同研究の実施件数、平成24年度の実績は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toMatch(/17,000|16,302/);
    expect(answer.text).toContain("年度ごとの目標値");
  });

  it("answers for every region or law a question names", () => {
    const regions = qa.answer("鹿児島市エリアと松山エリアの分野");
    expect(regions.text).toContain("ライフサイエンス");
    expect(regions.text).toContain("製造技術");
    const laws = qa.answer("産業技術力強化法と産業活力再生特別措置法、制定はどっちが先？");
    expect(laws.text.indexOf("1999")).toBeLessThan(laws.text.indexOf("2000"));
  });

  it("does not give a program-wide figure for a region's question", () => {
    const answer = qa.answer("名古屋クラスターの特許出願件数は何件？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toMatch(/160/);
  });

  it("finds the owner of a value (レビューシート番号 → program) and the regions sharing a region's field", () => {
    expect(qa.answer("レビューシート0188ってどの事業のだっけ？").text).toContain("大学発新産業創出拠点プロジェクト");
    const same = qa.answer("松山エリアと同じ分野の都市エリアを全部あげて");
    expect(same.text).toContain("岡山西部エリア");
    expect(same.text).toContain("播磨エリア");
  });

  it("asks back with options that are themselves answerable", () => {
    const answer = qa.answer("予算は？");
    expect(answer.status).toBe("clarify");
    expect(answer.options.length).toBeGreaterThan(1);
    for (const option of answer.options) expect(qa.answer(option.question).status).toBe("answered");
  });

  it("says plainly when a question is outside the documents and shows what can be asked", () => {
    const answer = qa.answer("今日の天気は？");
    expect(answer.status).toBe("not_found");
    expect(answer.options.length).toBeGreaterThan(0);
    expect(qa.answer("東京大学の特許出願件数は？").status).toBe("not_found");
    expect(qa.answer("知的クラスター創成事業第III期の予算").status).toBe("not_found");
  });

  it("does not give a national figure for one organization's question", () => {
    const answer = qa.answer("京都大学の共同研究件数は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toMatch(/16,302/);
    expect(qa.answer(answer.options[0]!.question).status).toBe("answered");
    expect(qa.answer("産学官連携コーディネーターは何大学に配置されている？").status).toBe("answered");
  });

  it("has no budget for a program the documents only mention", () => {
    expect(qa.answer("経済産業省の産業クラスター計画の予算は？").status).toBe("not_found");
  });

  it("shows both figures when the documents disagree", () => {
    const text = squash(qa.answer("知財活用支援事業の平成25年度当初予算額").text);
    expect(text).toContain("2660000千円");
    expect(text).toContain("2800000千円");
    expect(text).toContain("⚠");
  });

  it("answers English questions in English from the same facts", () => {
    const answer = qa.answer("How many joint research projects were there in FY2011?");
    expect(answer).toMatchObject({ status: "answered", lang: "en" });
    expect(answer.text).toContain("16,302");
    expect(answer.text).toContain("FY2011 (Heisei 23)");
  });

  it("reads a small typo and says how it read it", () => {
    const answer = qa.answer("都市エリヤの予算");
    expect(answer.status).toBe("answered");
    expect(answer.lines.join("\n")).toContain("と解釈しました");
  });

  it("continues a thread: a year alone reuses the subject and intent of the previous answer", () => {
    const first = qa.answer("2011年の共同研究件数");
    const next = qa.answer("じゃあ2010年は？", { previous: first.topic });
    expect(next.status).toBe("answered");
    expect(squash(next.text)).toContain("15544件");
    // (A subject alone reuses the reading: the cluster initiative's budget, which is given by phase, so asked back.)
    const other = qa.answer("知的クラスターは？", { previous: qa.answer("都市エリアの予算は?").topic });
    expect(other.options.map((o) => o.question)).toContain("知的クラスター創成事業（第I期）の予算は？");
    const year = qa.answer("知的クラスターのH15は？", { previous: qa.answer("都市エリアの予算は?").topic });
    expect(squash(year.text)).toContain("6900百万円");
  });

  it("computes a difference from two cited figures and says it is computed", () => {
    const answer = qa.answer("平成20年度から23年度で共同研究件数は何件増えた？");
    expect(squash(answer.text)).toContain("1328件");
    // The two ends, and the years between them that a range (から) shows as well.
    expect(answer.facts[0]).toContain("fy2008");
    expect(answer.facts[answer.facts.length - 1]).toContain("fy2011");
    expect(answer.text).toContain("計算");
  });

  it.each(["", "   ", "？！。", "🎉🙏", "<@U123> <!channel>", "x".repeat(10_000), "予算".repeat(5_000), "<https://example.com|リンク>"])(
    "gives a valid answer, never an exception, for %j",
    (input) => {
      const answer = qa.answer(input);
      expect(["answered", "clarify", "not_found"]).toContain(answer.status);
      expect(answer.text.length).toBeGreaterThan(0);
    },
  );
});

describe("answers over the whole gold set", () => {
  const gold = readFileSync(join(import.meta.dirname, "../../eval/gold.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { q: string });
  const answers = gold.map((g) => qa.answer(g.q));
  const sources = new Map<string, string>();
  const source = (file: string) =>
    sources.get(file) ?? sources.set(file, squash(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, "sources", file), "utf8"))).get(file)!;

  it("quote only what the cited document really says", () => {
    const bad = answers.flatMap((a) =>
      a.citations.filter((c) => !source(c.document).includes(squash(c.quote))).map((c) => `${a.question}: ${c.quote}`),
    );
    expect(bad).toEqual([]);
  });

  it("cite something whenever they answer", () => {
    expect(answers.filter((a) => a.status === "answered" && a.citations.length === 0).map((a) => a.question)).toEqual([]);
  });

  it("state every fact they list, and cite that fact's own quote", () => {
    const bad = answers.flatMap((a) =>
      a.facts
        .map((id) => kb.factsById.get(id)!)
        .filter((f) => !a.text.includes(f.display) || !a.citations.some((c) => c.quote === f.evidence.quote))
        .map((f) => `${a.question}: ${f.id}`),
    );
    expect(bad).toEqual([]);
  });
});

describe("comparisons with the year before", () => {
  const qa = createAnswerer();
  it("compare the asked year with the prior year's figure the documents give beside it, naming both kinds", () => {
    const answer = qa.answer("知的クラスター創成事業の平成16年度概算要求、前年度と比べてどのくらい増えてる？");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toMatch(/平成15年度（2003年度） 予算 の 6900百万円.*平成16年度（2004年度） 概算要求額 の 9000百万円/);
  });
  it("compare the latest year with the one before when no year is named", () => {
    expect(qa.answer("共同研究件数は前年度と比べてどれくらい増えた？").summary).toMatch(/平成22年度.*15,544件.*平成23年度.*16,302件/);
  });
});

describe("questions that generalize across sets", () => {
  const qa = createAnswerer();
  it("answers how two ministries collaborate from the section titled with the collaboration, every item", () => {
    for (const q of ["知的クラスターで経産省とはどう連携してる？", "経産省との連携って具体的に何やるの？"]) {
      const text = squash(qa.answer(q).text);
      expect(text).toContain("地域クラスター推進協議会");
      expect(text).toContain("合同成果発表会");
    }
  });

  it("shows the whole list of a section the question names, not the item that repeats its title", () => {
    const answer = qa.answer("関係府省との連携の内容は？");
    expect(answer.lines.length).toBeGreaterThanOrEqual(3);
  });

  it("describes a plan asked about a one-kanji noun (柱) instead of giving the plan's year", () => {
    for (const q of ["構造改革プランの柱は？", "大学を起点とする日本経済活性化のための構造改革プランの3つの柱"]) {
      const answer = qa.answer(q);
      expect(answer.intent).toBe("describe");
      expect(squash(answer.text)).toContain("人材大国の創造");
    }
  });

  it("gives a target set for another year, saying its year, when the asked year has none", () => {
    const answer = qa.answer("共同研究件数の目標値（25年度）は何件に設定されてる？");
    expect(answer.status).toBe("answered");
    expect(answer.summary).toMatch(/平成24年度（2012年度）の 17,000件 \[1\].*平成25年度（2013年度）の.*ありません/);
  });

  it("never gives another year's actual figure for a year without one", () => {
    expect(qa.answer("共同研究件数の平成30年度の実績").status).toBe("not_found");
  });

  it("compares two phases named with their program, one figure each", () => {
    const text = squash(qa.answer("2008年度予算案の知的クラスター、第I期と第II期でどっちが多い？").text);
    expect(text).toContain("16億円");
    expect(text).toContain("75億円");
  });

  it("answers a parent named beside its child as another noun (承認TLOの数と…特許出願数) with both", () => {
    const text = squash(qa.answer("承認TLOの数と大学の特許出願数、両方ください").text);
    expect(text).toContain("32機関");
    expect(text).toContain("2361件");
  });

  it("reads three years and a change word as the series over them", () => {
    expect(qa.answer("施策全体の当初予算、23年度→24年度→25年度でどう変わった？").intent).toBe("series");
  });

  it("answers an English question that quotes the Japanese name in brackets, in English", () => {
    const answer = qa.answer("What was the FY2004 budget request for the Knowledge Cluster Initiative (知的クラスター創成事業)?");
    expect(answer.lang).toBe("en");
    expect(squash(answer.text)).toContain("9000百万円");
  });

  it("reads mistyped question words as the lexicon's words and says so", () => {
    const ja = qa.answer("コーディネーダーがH15年度にこなした技術相談って何件くらい？");
    expect(squash(ja.text)).toContain("5000件以上");
    expect(ja.lines[0]).toBe("※「コーディネーダー」を「コーディネーター」と読みました。");
    // A question answered as typed is not read again (ITの知的クラスター全部 is no typo of クラスター数).
    expect(qa.answer("ITの知的クラスター全部挙げて").text).not.toContain("と読みました");
    const en = qa.answer("FY2008 buget for JST's regional innovation support program?");
    expect(en.status).toBe("answered");
    expect(en.lines[0]).toBe('Note: read "buget" as "budget".');
  });

  it("answers the plans a program rests on from its section on them, though リスト reads as a list of regions", () => {
    const answer = qa.answer("総合的産学官連携推進事業の根拠になってる法律・計画類をリストで");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0]!.section).toContain("関係する計画・決定");
  });

  it("defines a term asked which-is with the words that place it (成果グラフでいう…4事業ってどれ)", () => {
    const text = squash(qa.answer("成果グラフでいう文科省の4事業ってどれのこと？").text);
    expect(text).toContain("産学官連携活動高度化促進事業");
    expect(text).toContain("技術移転支援センター事業");
  });

  it("answers from the subsection the rest of the question names within a named section", () => {
    const answer = qa.answer("達成目標1の主な達成手段になってる事業を全部");
    expect(answer.citations[0]!.section).toMatch(/達成目標１ › これまでに実施している主な達成手段/);
  });

  it("reads a short piece of another program's indicator right after a named program (知クラの中間評価) as a word about it", () => {
    const answer = qa.answer("知クラの中間評価は何のためにやってるんでしょうか");
    expect(answer.intent).toBe("describe");
    expect(squash(answer.text)).toContain("事業の見直しを行う契機");
  });

  it("reads a ministry typed alone (経産省, 経済産業省) as the ministry, not the plan it owns in brackets", () => {
    for (const q of ["経産省との連携って具体的に何やるの？", "経済産業省との具体的な連携施策を挙げてください"]) {
      const answer = qa.answer(q);
      expect(answer.text).not.toContain("と解釈しました");
      expect(squash(answer.text)).toContain("合同成果発表会");
    }
  });

  it("describes the phase when a program is named with its phase (知クラ第I期)", () => {
    const answer = qa.answer("知クラ第I期って、経産省以外の府省とはどうやって連携することになってるの？");
    expect(answer.summary).toContain("知的クラスター創成事業（第I期）");
    expect(squash(answer.text)).toContain("関係府省連携プロジェクト");
  });

  it("names two indicators of one program by their short names in one line", () => {
    const answer = qa.answer("大学発新産業創出拠点プロジェクトのs評価の割合とa以上の割合、24年度実績は？");
    expect(answer.summary).toMatch(/s評価の割合 7% \[1\]、a以上の割合 57% \[2\]/);
  });

  it("asks which program when a measure is asked of none and several programs have it (実施地域数おしえて)", () => {
    const answer = qa.answer("実施地域数おしえて");
    expect(answer.status).toBe("clarify");
    expect(answer.options.length).toBeGreaterThanOrEqual(2);
  });

  it("asks which indicator when a program is asked a generic measure several of its indicators answer", () => {
    const answer = qa.answer("大学発新産業創出拠点プロジェクトの割合は？");
    expect(answer.status).toBe("clarify");
    expect(answer.options.map((o) => o.question)).toContain("大学発新産業創出拠点プロジェクトのs評価の割合は？");
    // Words beyond the measure say which one: answered.
    expect(qa.answer("大学発新産業創出拠点プロジェクトでsの評価を受けた割合、実績と目標は？").text).toMatch(/7%[\s\S]*10%/);
  });

  it("says an English question about a name the documents never use (Germany) is not in them, as typed", () => {
    const answer = qa.answer("How many university spin-offs are created in Germany each year?");
    expect(answer.status).toBe("not_found");
    expect(answer.summary).toContain("Germany");
    // Ordinary words and month names of an English paraphrase are no names.
    expect(qa.answer("What was the FY2008 proposed budget for the Urban Area industry-academia-government program?").status).toBe(
      "answered",
    );
    expect(qa.answer("How many approved TLOs were there as of April 2003?").status).toBe("answered");
  });

  it("answers an aspect asked of a word many names share (クラスター形成に向けた課題) from the passage holding the rest", () => {
    const answer = qa.answer("クラスター形成に向けた課題って何が指摘されてる？");
    expect(answer.status).toBe("answered");
    expect(squash(answer.text)).toContain("地域ビジョンの共有");
  });

  it("reads a later part's guessed name as the part before's subject's (…のH15予算と、初年度の特許出願件数)", () => {
    const text = squash(qa.answer("知的クラスター創成事業のH15予算と、初年度の特許出願件数は？").text);
    expect(text).toContain("約160件");
    expect(text).not.toContain("2361件");
  });

  it("answers why a figure is what it is from the passage, not with the figures (s評価の割合が低めなのはなぜ)", () => {
    const answer = qa.answer("大学発新産業創出拠点のs評価の割合が低めなのはなぜ？");
    expect(answer.intent).toBe("describe");
    expect(squash(answer.text)).toContain("リスクが高く");
  });

  it("counts English unit words (how many regions) as the program's indicator in that unit", () => {
    const answer = qa.answer("How many regions were implementing the Regional Innovation Strategy Support Program nationwide in FY2012?");
    expect(squash(answer.text)).toContain("23地域");
  });

  it("lists the laws of a range of years, not a program guessed from a word many names share (産学官連携関係の法律)", () => {
    const answer = qa.answer("H7〜H14に制定された産学官連携関係の法律を並べて");
    expect(answer.intent).toBe("laws-in-year");
    expect(squash(answer.text)).toContain("産業技術力強化法");
  });

  it("reads a verb's て-form after one kanji (入ってる) as no noun asked", () => {
    expect(qa.answer("ITが入ってる知的クラスターを全部挙げて").intent).toBe("regions");
  });

  it("defines a term asked what it is in more words, read in the documents' words (文科省が実施する4事業って具体的に何)", () => {
    expect(squash(qa.answer("文科省が実施する4事業って具体的に何？").text)).toContain("独創的シーズ展開事業");
  });

  it("lists the programs of JST's 研究成果展開事業, each cited where the sheet names it before the program", () => {
    const answer = qa.answer("JSTの研究成果展開事業に入ってるプログラムを列挙して");
    expect(answer.intent).toBe("components");
    expect(answer.citations).toHaveLength(3);
    // What a program is stays a description, not a list of programs.
    expect(qa.answer("S-イノベってどんなプログラム？").intent).toBe("describe");
  });

  it("reads a later part's figure named by a scope of the part before's subject's parent (そこから共同研究に至った件数)", () => {
    const text = squash(qa.answer("産学官連携コーディネーターによる平成15年度の技術相談件数と、共同研究に至った件数は？").text);
    expect(text).toContain("5000件以上");
    expect(text).toContain("900件以上");
    expect(text).not.toContain("7248件");
  });

  it("says a named person's former post is personal, out of scope", () => {
    expect(qa.answer("中川室長の前職って何でしたっけ").intent).toBe("out-of-scope");
  });

  it("says a phase's regions are not listed, offering the program's list, never giving it as the phase's", () => {
    const answer = qa.answer("知的クラスター第II期の採択地域一覧ちょうだい");
    expect(answer.status).toBe("not_found");
    expect(answer.options[0]!.question).toBe("知的クラスター創成事業の実施地域は？");
    // Words of the documents beside the list's word ask a passage: where the subsidy goes.
    expect(squash(qa.answer("知クラ第1期の補助金ってどこに交付される？").text)).toContain("中核機関");
  });

  it("answers the support per region and its duration, said without a year the documents do not give", () => {
    const answer = qa.answer("知的クラスター第I期の1地域あたり予算と期間は？");
    expect(answer.intent).toBe("support");
    expect(answer.summary).toMatch(/^知的クラスター創成事業（第I期） 1地域あたり年額（原則5年間）の計画は 約5億円 です。/);
  });

  it("reads the asker's own hedges around a figure question (分かる範囲で, 資料で確認できる範囲で) as phrasing", () => {
    expect(qa.answer("都市エリア事業の予算、H14からH20まで分かる範囲で推移を").intent).toBe("series");
    // A name of its own in a name's place still stops it (SBIR制度の).
    expect(qa.answer("都市エリアのSBIR制度の予算は？").status).toBe("not_found");
  });

  it("keeps a second subject guessed from a piece when it is named beside an exact one (都市エリアとJSTの地域イノベ創出)", () => {
    const answer = qa.answer("H20の都市エリアとJSTの地域イノベ創出の予算案、両方おしえて");
    expect(answer.summary).toMatch(
      /^平成20年度（2008年度）の予算案は 都市エリア産学官連携促進事業 46億円 \[1\]、地域イノベーション創出総合支援事業/,
    );
  });

  it("reads a phase written without 第 (知クラ1期) as the phase, and 第III期 as no phase of the documents", () => {
    expect(qa.answer("知クラ1期の20年度予算案").summary).toContain("1,566百万円");
    expect(qa.answer("知的クラスター第III期の予算っていくら？").status).toBe("not_found");
  });

  it("reads a guessed piece of a longer phrase the documents write (地域科学技術施策推進委員会) as a word of it", () => {
    const answer = qa.answer("地域科学技術施策推進委員会は試行3地域についてどう評価してた？");
    expect(answer.text).not.toContain("と解釈しました");
    expect(answer.citations[0]!.document).toBe("h16-chiteki-cluster.txt");
  });

  it("answers what something the documents name at length holds, or when it happened, from its passage", () => {
    const listed = qa.answer("知的創造による地域産学官連携強化プログラムにはどの事業が含まれる？");
    expect(listed.lines.join("\n")).toContain("(2) 都市エリア産学官連携促進事業");
    expect(squash(qa.answer("大学等における産学連携等実施状況調査、公表はいつ？").text)).toContain("平成24年11月");
    // A short generic question is still asked back.
    expect(qa.answer("達成目標って何？").status).toBe("clarify");
  });

  it("takes a do-you-think question as an opinion, out of scope", () => {
    expect(qa.answer("ぶっちゃけ都市エリア事業ってやる意味あったと思います？").intent).toBe("out-of-scope");
  });
});

describe("words the documents use under another name", () => {
  const qa = createAnswerer();
  it("reads a synonym (経産省) and a piece of an aspect's cue (分担 of 役割分担) as known, and answers from the passages", () => {
    const answer = qa.answer("文科省と経産省の連携で、それぞれどういう役割分担になってる？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("経済産業省");
  });
});

describe("things of a series the documents do not have", () => {
  const qa = createAnswerer();
  it("says a numbered name they never write (第5期科学技術基本計画) is not in them", () => {
    const answer = qa.answer("第5期科学技術基本計画での地域イノベーションの位置づけ");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("第5期科学技術基本計画");
  });
  it("keeps a phase named by its number before an abbreviation (第I期知クラ)", () => {
    expect(qa.answer("第I期知クラの予算、H19とH20で比べるとどう？").status).toBe("answered");
  });
  it("says a multiple no passage states (応募倍率) is not in the documents", () => {
    expect(qa.answer("都市エリア事業の応募倍率ってどのくらいだった？").status).toBe("not_found");
  });
  it("reads the English long form of a collaboration name (industry-academia-government collaboration headquarters)", () => {
    expect(qa.answer("What is the target number of industry-academia-government collaboration headquarters?").text).toContain("250");
  });
  it("reads が対象の as phrasing (ITが対象の知的クラスター)", () => {
    expect(qa.answer("ITが対象の知的クラスターってどこ？").intent).toBe("regions");
  });
});

describe("English phrasing", () => {
  it("reads 'supposed to be' as chatter around a what-is question", () => {
    expect(createAnswerer().answer("What is the 'Super Industry-Academia-Government Collaboration HQ' supposed to be?").status).toBe(
      "answered",
    );
  });
});

describe("a program's name typed with an の inside it", () => {
  const qa = createAnswerer();
  it("is read as the program (大学知財本部の整備事業 → 大学知的財産本部整備事業), and a count of it is no breakdown", () => {
    const answer = qa.answer("大学知財本部の整備事業って何大学くらいが対象？");
    expect(answer.text).toContain("大学知的財産本部整備事業");
    expect(answer.text).toMatch(/４３|43/);
  });
});

describe("a part that only adds a year to the one before", () => {
  it("belongs to it (予算額は？2004年度の): one question, not a second answer about the year", () => {
    const answer = createAnswerer().answer("経産省の産業クラスター計画の予算額は？2004年度の");
    expect(answer.status).toBe("not_found");
    expect(answer.intent).not.toContain("+");
  });
  it("reads なんでしょう as politeness, not なんで (why)", () => {
    expect(createAnswerer().answer("地域イノベーション戦略支援プログラムって、どんな支援をしてくれる制度なんでしょう").text).toContain(
      "地域主導",
    );
  });
});

describe("a part that only names again the part before's subject", () => {
  it("belongs to it (…in 2003? the toshi eria one): the year's figure, not a second answer of every year", () => {
    const answer = createAnswerer().answer("whats the budget for the 'urban area' industry-academia program in 2003? the toshi eria one");
    expect(answer.intent).not.toContain("+");
    expect(answer.text).toContain("31億円");
    expect(answer.text).not.toContain("46億円");
  });
  it("is no part when it is a remark in brackets after the question ((chiiki inobe no shiryou))", () => {
    const answer = createAnswerer().answer("MEXT ga jisshi suru 4 jigyou tte dore no koto? (chiiki inobe no shiryou)");
    expect(answer.text).toContain("技術移転支援センター事業");
  });
});

describe("numbered names and names joined by a slash", () => {
  const qa = createAnswerer();
  it("says a numbered name the documents never write is not there, even when a match took its 期 (第5期基本計画)", () => {
    expect(qa.answer("第5期基本計画いつ?").status).toBe("not_found");
  });
  it("keeps a numbered name the documents write with words between (第2期基本計画 → 第2期科学技術基本計画)", () => {
    expect(qa.answer("第2期基本計画いつ？").text).toContain("平成13年");
  });
  it("reads two names joined by a slash as two subjects (知クラ／都市エリア)", () => {
    const answer = qa.answer("知クラ／都市エリア H15予算");
    expect(answer.text).toContain("31億円");
    expect(answer.text).toContain("69億円");
  });
});

describe("a question of several parts that names a document in one", () => {
  it("answers every part from that document (H17資料の時点で…、大学発ベンチャー数は？)", () => {
    const a = qa.answer("H17資料の時点で全国の大学と民間の共同研究数と、大学発ベンチャー数は？");
    expect(a.facts).toEqual(["h17-zenkoku-kyodo-kenkyu", "h17-zenkoku-daigakuhatsu-venture"]);
  });
});

describe("a question no document answers by the lexicon's word", () => {
  it("is not read again as a typo of a figure's word (機関名 is not 機関数)", () => {
    const a = qa.answer("承認TLOの機関名の一覧ほしいです");
    expect(a.status).toBe("not_found");
    expect(a.facts).toEqual([]);
  });
});

describe("an English word mistyped in a question answered by a passage only", () => {
  it("is read again as the word it stands for, and the figure answers", () => {
    const answer = createAnswerer().answer("都市エリア産学官連携促進事業 budgte for FY2003");
    expect(answer.text).toContain("31億円");
    expect(answer.text).toContain("budgte");
  });
});

describe("an amount asked with a year and no subject (h16の額)", () => {
  it("asks which program's budget, not 'not in the documents'", () => {
    const answer = createAnswerer().answer("h16の額ってどれくらい？");
    expect(answer.status).toBe("clarify");
  });
});

describe("two figures asked together, the second by a shortened name (…と本部の整備状況)", () => {
  it("answers both", () => {
    const answer = createAnswerer().answer("23年度の共同研究件数と本部の整備状況を教えて");
    expect(answer.text).toContain("16,302件");
    expect(answer.text).toContain("245機関");
  });
});

describe("two kinds of budget of an acronym's program joined by と", () => {
  it("answers both halves, the acronym read in each (A-STEP)", () => {
    const answer = createAnswerer().answer("A-STEPの予算、24年度補正後と25年度当初を両方");
    expect(answer.text).toContain("15,659,209千円");
    expect(answer.text).toContain("14,538,900千円");
  });
});

describe("a budget document's year as the place of a list (20年度予算案で…の事業って何と何)", () => {
  it("lists the policy's programs, not its budget", () => {
    const answer = createAnswerer().answer("20年度予算案で地域イノベーション関係の文科省の事業って何と何？");
    expect(answer.text).toContain("都市エリア産学官連携促進事業");
  });
});

describe("a sentence about the asker before the question", () => {
  it("asks nothing when the question names what it names (新任のコーディネーターです。)", () => {
    const answer = createAnswerer().answer("新任のコーディネーターです。産学官連携コーディネーターって何大学くらいに置かれてますか？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("82大学等");
  });
});

describe("a university's name", () => {
  it("is never read as a mistyped how-many word (東京大学 is not 東何大学)", () => {
    expect(createAnswerer().answer("東京大学の共同研究件数は何件？").status).toBe("not_found");
  });
});

describe("when asked of a program in English", () => {
  it("is answered by the passage that dates what it did, not by laws (when were the 19 city areas selected)", () => {
    const answer = createAnswerer().answer("when did they pick the 19 city areas?");
    expect(answer.intent).not.toBe("law-year");
  });
});

describe("an English how-many answered only by a passage without a count", () => {
  it("is not in the documents (how many researchers work at …)", () => {
    expect(createAnswerer().answer("How many staff work at the Kobe cluster?").status).toBe("not_found");
  });
});

describe("one year said for both parts of a question (both for 2011, それぞれH23)", () => {
  it("dates the first part too, which names no year", () => {
    const answer = qa.answer("joint research count and no. of uni liaison offices, both for 2011?");
    expect(answer.text).toContain("16,302");
    expect(answer.text).toContain("245");
  });
  it("leaves the first part's figures undated when no word says the year is both parts'", () => {
    expect(qa.answer("共同研究件数と、H23の産学官連携本部の数").text).toContain("7,248");
  });
});

describe("a sentence saying what the answer is for", () => {
  it("asks nothing of its own beside the question (…？比較に使いたいです)", () => {
    const a = qa.answer("スタンフォード大学のライセンス収入ってどのくらい？比較に使いたいです");
    expect(a.status).toBe("not_found");
    expect(a.intent).not.toContain("+");
    expect(qa.answer("知的クラスターの予算は？比較に使いたいです").intent).toBe(qa.answer("知的クラスターの予算は？").intent);
  });
  it("leaves a later part that asks something more (推移も知りたいです)", () => {
    expect(qa.answer("知的クラスターの予算は？推移も知りたいです").intent).toContain("+");
  });
});

describe("words for the order of an answer", () => {
  it("ask a list in order, no word of their own (順番に, 制定順に)", () => {
    expect(qa.answer("産学官連携の法律を順番に").intent).toBe("laws-in-year");
    expect(qa.answer("科学技術基本法からの産学官連携関連の法律、順番に並べてもらえます？").text).toContain("知的財産基本法");
  });
  it("ask a series of a subject's figures (古い順に, 年度順に)", () => {
    expect(qa.answer("知的クラスターの予算を古い順に").intent).toBe("series");
    expect(qa.answer("共同研究件数を年度順に").intent).toBe("series");
  });
});

describe("programs ranked", () => {
  it("by a ranking word, Japanese or English (予算ランキング, rank the programs by budget)", () => {
    expect(qa.answer("H20の事業の予算ランキング").text).toContain("110億円");
    expect(qa.answer("rank the programs by budget in FY2013").intent).toBe("max");
  });
  it("by which program with words between (which regional program got the biggest budget)", () => {
    expect(qa.answer("which regional program got the biggest budget?").status).toBe("answered");
  });
});

describe("a shortfall against a target", () => {
  it("is the figure against the target (目標までどのくらい足りない)", () => {
    const a = qa.answer("産学官連携本部 H23時点で目標までどのくらい足りない？");
    expect(a.intent).toBe("versus-target");
    expect(a.text).toContain("245機関");
    expect(a.text).toContain("250機関");
  });
});
