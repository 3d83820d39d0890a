/**
 * The answerability policy on the real knowledge base: which named rule decides, and what the user is told.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/qa/index.js";
import { RULES_BEFORE_ANSWER } from "../../../src/qa/policy/answerability.js";

const qa = createAnswerer();

describe("the answerability policy", () => {
  it("keeps its rules in one ordered list, out of scope first", () => {
    expect(RULES_BEFORE_ANSWER.map((r) => r.name)).toEqual([
      "out-of-scope",
      "year-beyond-documents",
      "phase-not-given",
      "members-not-given",
      "one-region",
      "ministry-total",
      "about-the-documents",
      "person-by-office",
      "figure-named",
      "figure-checked",
      "places",
      "which-figure",
      "which-phase",
      "which-figure-of-year",
      "region-support",
      "breakdown",
      "counted-term",
      "defined-term",
      "titled-section",
      "topic-passage",
      "compound-term",
      "not-mentioned",
      "refers-back-without-subject",
      "years-without-figures",
      "ambiguous-subject",
      "one-organization",
    ]);
  });

  it.each([
    ["産学連携ってうまくいってるの？", "意見"],
    ["知的クラスターは成功だったと思いますか", "意見"],
    ["正直、都市エリア事業って失敗だったと思う？", "意見"],
    ["都市エリア事業は今後どうなると思う？", "予測"],
    ["来年度の共同研究件数、どのくらいまで伸びると思う？", "予測"],
    // A change the asker expects (復活しそう, 今後また): a prediction, whatever the event.
    ["知クラって今後また復活しそうですかね？", "予測"],
    ["共同研究件数は増加しそう？", "予測"],
    ["ちてきくらすたー 次の期は予算ふえそう？", "予測"],
    ["来年の大学発ベンチャー数の見込みざっくり", "予測"],
    ["知クラと都市エリア、どっちに予算寄せるべき？意見ほしい", "意見"],
    ["都市エリアの次の公募はいつ頃？", "予測"],
    ["都市エリアの中で一番成果が出たエリアはどこだと思う？", "意見"],
    ["文科省の職員の給料は？", "個人"],
    ["木村直人課長の経歴を教えて", "個人"],
    ["今日の天気は？", "範囲外"],
    ["知的クラスターに応募したいんですが、申請の手順ってどうなってます？", "手続き"],
    ["都市エリアに参加した企業の社名リストってある？", "名称"],
    // A prediction asked in one part of two makes the whole question one: no figures beside it.
    ["知的クラスターの予算って今後増えると思います？予想でいいので", "予測"],
  ])("answers %s as out of scope with the reason (%s), never with a passage or a figure", (question, reason) => {
    const answer = qa.answer(question);
    expect(answer.status).toBe("not_found");
    expect(answer.intent).toBe("out-of-scope");
    expect(answer.summary).toContain(reason);
    expect(answer.citations).toEqual([]);
  });

  it("answers a question about the documents themselves with the list of documents", () => {
    const answer = qa.answer("元のPDFはどこで見られる？");
    expect(answer.intent).toBe("about-the-documents");
    expect(answer.lines.filter((l) => l.includes(".txt"))).toHaveLength(5);
  });

  it("says a figure for one university is not in the documents", () => {
    const answer = qa.answer("京都大学の共同研究件数は？");
    expect(answer.intent).toBe("one-organization");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toMatch(/16,302/);
  });
});

describe("a subject pointed at but not named", () => {
  it("is asked back, each option the user's question with a program in the pointing word's place", () => {
    const answer = qa.answer("その事業の課題って何でしたっけ");
    expect(answer.status).toBe("clarify");
    expect(answer.options.length).toBeGreaterThan(1);
    for (const option of answer.options) expect(option.question).toMatch(/^.+の課題って何でしたっけ$/);
    expect(answer.options.map((o) => o.question)).not.toContain("その事業の課題って何でしたっけ");
  });
  it("is asked back with subjects of the kind pointed at (あのエリア: the areas)", () => {
    const answer = qa.answer("あのエリアの分野ってなんでしたっけ");
    expect(answer.status).toBe("clarify");
    for (const option of answer.options) expect(option.question).toMatch(/エリアの分野ってなんでしたっけ$/);
  });
  it("is the earlier subject in a conversation, not asked back", () => {
    const first = qa.answer("都市エリアの予算は?");
    const answer = qa.answer("その事業の開始年度は？", { previous: first.topic });
    expect(answer.status).toBe("answered");
  });
});

describe("a Latin name the documents lack, written with its kind (SBIR制度の)", () => {
  it("is not in the documents, named as typed", () => {
    const answer = qa.answer("JSPS制度の予算はいくら？");
    expect(answer.status).toBe("not_found");
    expect(answer.summary).toContain("JSPS");
  });
});

describe("a word the documents never use written onto a figure's noun (応募件数)", () => {
  it("is a figure they do not give, said as such", () => {
    const answer = qa.answer("都市エリアの応募件数は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("応募");
  });
  it("is the asker's own verb before a question word (採択何件: how many were selected)", () => {
    expect(qa.answer("知財本部整備事業のモデル構想、採択何件？").text).toContain("34件");
  });
});

describe("one university named in English", () => {
  it("is not a figure the documents give, named as typed", () => {
    const answer = qa.answer("How many joint research projects did the University of Tokyo have in FY2011?");
    expect(answer.intent).toBe("one-organization");
    expect(answer.summary).toContain("University of Tokyo");
  });
});

describe("pay asked in English", () => {
  it("is personal, out of the documents (how much do coordinators get paid)", () => {
    expect(qa.answer("how much do the coordinators get paid per year?").intent).toBe("out-of-scope");
  });
});

describe("a person's present post or whereabouts", () => {
  it("is out of the documents, even for a person they name", () => {
    expect(qa.answer("地域科学技術振興室の室長は今どこで働いてる？").intent).toBe("out-of-scope");
  });
  it("leaves 今どこの (which one now) to the question it asks", () => {
    expect(qa.answer("今どこの事業が予算多い？").intent).not.toBe("out-of-scope");
  });
});

describe("the checks after an answer is drafted", () => {
  it("says a count is not in the documents rather than quote a passage without it (何社が参加)", () => {
    const answer = qa.answer("経産省の産業クラスター計画には何社が参加していますか");
    expect(answer.status).toBe("not_found");
    expect(answer.citations).toEqual([]);
  });
  it("says a count asked without its counter (企業の数は) is not given for the subject, offering what is", () => {
    const answer = qa.answer("札幌クラスターに参加した企業の数は？");
    expect(answer.status).toBe("not_found");
    expect(answer.summary).toContain("札幌");
    expect(answer.options.map((o) => o.question)).toEqual([expect.stringMatching(/^札幌.*分野は？$/)]);
  });
  it("leaves a why-question about a count to the passage that explains it", () => {
    const answer = qa.answer("大学発ベンチャーの設立数が急に減ってるのはなぜ");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("急激に減少");
  });
  it("answers what a region works on and who takes part from its cited attributes", () => {
    expect(qa.answer("神戸クラスターではどんな研究をしてる？").text).toContain("再生医療");
    const members = qa.answer("神戸クラスターの参加機関はどこ？");
    expect(members.text).toContain("理化学研究所");
    expect(members.citations[0]?.document).toBe("h16-chiteki-cluster.txt");
    expect(qa.answer("神戸クラスターに参加してる機関は？").text).toContain("理化学研究所");
  });
});

describe("when a list of names is asked when or why", () => {
  it("answers from the passage that dates it, not with the list", () => {
    const answer = qa.answer("第I期知的クラスターの4地域が事業を終了したのはいつ？");
    expect(answer.intent).toBe("describe");
    expect(answer.text).toContain("平成19年度末");
  });
  it("never quotes another program's section for words the question shares with it", () => {
    expect(qa.answer("都市エリアの実施地域はいつ決まった？").citations[0]?.section).not.toContain("知的クラスター");
  });
  it("reads いつ only as a word: どれくらいついてる asks an amount", () => {
    expect(qa.answer("経産省の産業クラスター計画って予算どれくらいついてる？").text).not.toContain("時期");
  });
});

describe("names of participants", () => {
  it("are not in the documents, said as such (企業名一覧)", () => {
    const answer = qa.answer("金沢地域の知的クラスターに参加してる企業名一覧");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("名称");
  });
});

describe("a count of an event the documents never record", () => {
  it("is not in the documents when the unknown word follows the how-many word (何社倒産した)", () => {
    const a = qa.answer("大学発ベンチャーって何社倒産した？");
    expect(a.status).toBe("not_found");
    expect(a.summary).toContain("倒産");
  });
});

describe("a figure of another ministry", () => {
  it("is in no document, said without offering an overall figure (厚労省, the health ministry)", () => {
    for (const q of [
      "厚労省の地域イノベーションの予算は？",
      "How much did the health ministry (MHLW) spend on regional innovation in 2008?",
    ]) {
      const a = qa.answer(q);
      expect(a.status).toBe("not_found");
      expect(a.options).toEqual([]);
    }
  });
  it("is not found for METI's own program, rather than a passage that holds MEXT's figures (何億)", () => {
    const a = qa.answer("経産省の産業クラスター計画の予算って何億？");
    expect(a.status).toBe("not_found");
    expect(a.text).not.toContain("16億円");
  });
});

describe("a term the documents define, asked with words that place it", () => {
  it("is answered by its definition (成果グラフで言ってる文科省の4事業ってなに → …4事業とは、…)", () => {
    const a = qa.answer("成果グラフで言ってる文科省の4事業ってなに？");
    expect(a.text).toContain("産学官連携活動高度化促進事業");
  });
});

describe("the asker's own place (うちのエリア)", () => {
  it("is asked back when the asker has not said where they are from", () => {
    const answer = qa.answer("うちのエリアの分野なんだっけ");
    expect(answer.status).toBe("clarify");
  });
});

describe("a word the documents never use written onto an aspect's word (経済波及効果)", () => {
  it("is not in the documents, not the aspect's passage (効果)", () => {
    const answer = qa.answer("知的クラスター創成事業の経済波及効果は？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("波及");
  });
});

describe("an opinion asked with words between (do you personally think)", () => {
  it("is out of scope, never the subject's budget", () => {
    const answer = qa.answer("honestly, do you personally think the knowledge cluster program was worth the money?");
    expect(answer.intent).toBe("out-of-scope");
  });
});

describe("an acronym in a Japanese question the documents never use (IPO件数)", () => {
  it("is not in the documents, never the subject's other count", () => {
    const answer = qa.answer("大学発ベンチャーのIPO件数ってわかる？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("IPO");
  });
  it("leaves lower-case romaji alone (…no suii onegai)", () => {
    expect(qa.answer("sangakukan renkei honbu seibi jokyo no suii (2003-2011) onegai").status).toBe("answered");
  });
});

describe("an event of a subject the documents do not date (TLO法の改正)", () => {
  it("is not in the documents, not the enactment they do date", () => {
    const answer = qa.answer("TLO法の改正って何年にあった？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).not.toContain("平成10年");
  });
});

describe("a prediction asked with a likelihood (続きそう, 廃止される見込み, 始まる予定)", () => {
  it("is out of scope", () => {
    for (const q of [
      "都市エリア事業って今後も続きそう？",
      "知的クラスター創成事業は今後廃止される見込み？",
      "知的クラスター第III期はいつから始まる予定？",
    ])
      expect(qa.answer(q).intent).toBe("out-of-scope");
  });
});

describe("a plan named with a year and words of its own in English, no when-word", () => {
  it("is described (the three pillars of the 2001 structural reform plan), not dated", () => {
    const answer = qa.answer("What were the three pillars of the June 2001 structural reform plan for universities?");
    expect(answer.intent).toBe("describe");
    expect(answer.text).toContain("人材大国");
  });
});

describe("an acronym in brackets after a name (産学官連携本部（IAG collaboration HQ）)", () => {
  it("is a gloss of the name, not a word that stops the question", () => {
    expect(qa.answer("産学官連携本部（IAG collaboration HQ）を整備済みの大学等、23年度で何機関？").text).toContain("245");
  });
});

describe("an opinion word beside an aspect the documents state (課題は？うまくいってないとこ)", () => {
  it("asks that aspect: the issues they state", () => {
    const answer = qa.answer("知財本部整備事業の課題は？うまくいってないとこ");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("課題");
  });
  it("asks the issues when the opinion's words name the points that went wrong (うまくいっていない点)", () => {
    const answer = qa.answer("知財本部整備事業のうまくいっていない点は？");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("大学知的財産本部整備事業の課題");
  });
  it("is still an opinion asked alone (産学連携ってうまくいってるの？)", () => {
    expect(qa.answer("産学連携ってうまくいってるの？").intent).toBe("out-of-scope");
  });
});

describe("an adjective's そう beside a question (難しそうですが)", () => {
  it("is the asker's remark, no prediction asked", () => {
    const answer = createAnswerer().answer("知クラの効果ってどうやって検証するんですか？定量的な指標だけだと難しそうですが");
    expect(answer.intent).not.toBe("out-of-scope");
  });
});

describe("when a past call was made (公募・選定されたのはいつ頃)", () => {
  it("is answered from the documents, no prediction", () => {
    expect(createAnswerer().answer("都市エリアの19エリアが公募・選定されたのはいつ頃でしょうか").text).toContain("平成１４年７月");
  });
});

describe("issues asked with a verb that also asks lists (what issues did MEXT list)", () => {
  it("are the issues the documents state, not a list of regions", () => {
    expect(createAnswerer().answer("what issues did MEXT list for regional S&T policy in the 2008 paper?").intent).not.toBe("regions");
  });
});

describe("another ministry's money asked (農水省の…予算, 厚労省 … 予算 H20)", () => {
  const qa = createAnswerer();
  it("is not in the documents, whatever else the question's words read as", () => {
    expect(qa.answer("農水省の産学連携関係の予算ってどこかに載ってる？").status).toBe("not_found");
    expect(qa.answer("厚労省 ライフサイエンス 予算 H20").status).toBe("not_found");
  });
});

describe("an organization the documents never name before a name that begins with its kind", () => {
  it("is that organization's figure, not in the documents (スタンフォード大学発のベンチャー)", () => {
    const answer = createAnswerer().answer("スタンフォード大学発のベンチャーって何社？");
    expect(answer.status).toBe("not_found");
    expect(answer.text).toContain("スタンフォード大学");
  });
});

describe("what a person does now, asked in kana (今なにしてる)", () => {
  it("is about a person, which the documents do not cover", () => {
    expect(createAnswerer().answer("中川室長って今なにしてる人？ｗ").status).toBe("not_found");
  });
});

describe("an organization worked with (経産省との連携施策)", () => {
  it("is a partner, not one whose figures are asked", () => {
    const answer = createAnswerer().answer("経産省との具体的な連携施策、全部並べて");
    expect(answer.intent).not.toBe("one-organization");
  });
});

describe("a prediction asked as この後どうなる", () => {
  it("is out of scope", () => {
    expect(qa.answer("都市エリアってこの先どうなるの").intent).toBe("out-of-scope");
  });
});

describe("a count of those a word the documents never use picks out", () => {
  it.each(["大学発ベンチャーで上場した会社って何社？", "大学発ベンチャーのうち倒産した会社の数ってわかる？"])(
    "is not in the documents, never their total (%s)",
    (question) => {
      const answer = qa.answer(question);
      expect(answer.status).toBe("not_found");
      expect(answer.facts).toEqual([]);
    },
  );
});

describe("a year after everything the documents reach", () => {
  it("is not in them, never answered with a passage that shares words (2030年までにどれくらい成果が出る)", () => {
    const answer = qa.answer("知的クラスター事業は2030年までにどれくらい成果が出ると見込まれる？");
    expect(answer.intent).toBe("year-beyond-documents");
    expect(answer.citations).toEqual([]);
  });
  it("leaves a year of their targets to its figures (平成34年度の目標)", () => {
    expect(qa.answer("平成34年度の目標は？").intent).not.toBe("year-beyond-documents");
  });
});

describe("the ministry's whole budget", () => {
  it("is not in the documents (MEXT's total budget, 文科省の予算総額): no policy's total stands for it", () => {
    for (const q of ["What was MEXT's total budget in FY2012?", "MEXTの2012年度の予算総額は？"]) {
      const a = qa.answer(q);
      expect(a.status).toBe("not_found");
      expect(a.intent).toBe("ministry-total");
    }
  });
  it("is not asked with a program named, nor with programs ranked (文科省の事業で一番予算が多いのは)", () => {
    expect(qa.answer("文科省の2013年度の地域イノベーション戦略支援プログラムの予算").status).toBe("answered");
    expect(qa.answer("文科省の事業で一番予算が多いのは？").intent).toBe("max");
  });
});

describe("one region named and asked where", () => {
  it("is said by its program and field, not its program's whole list (浜松クラスターってどこ)", () => {
    const a = qa.answer("浜松クラスターってどこ？");
    expect(a.intent).toBe("one-region");
    expect(a.summary).toBe("浜松クラスターは知的クラスター創成事業の実施地域です。");
    expect(a.text).not.toContain("札幌クラスター");
  });
  it("is not in the documents when a thing of it is asked (浜松クラスターの中核機関ってどこ)", () => {
    expect(qa.answer("浜松クラスターの中核機関ってどこ？").status).toBe("not_found");
    expect(qa.answer("札幌クラスターの参加大学はどこ？").status).toBe("not_found");
  });
  it("leaves a list of regions with the same field as it", () => {
    expect(qa.answer("浜松クラスターと同じ分野のクラスターは？").intent).toBe("regions");
  });
});

describe("a word the documents never use as the verb before what is counted", () => {
  it("stops the count with a gloss in brackets after it (上場（IPO）した会社は何社)", () => {
    expect(qa.answer("大学発ベンチャーのうち上場（IPO）した会社は何社ありますか").status).toBe("not_found");
  });
});
