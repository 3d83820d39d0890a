import { describe, expect, it } from "vitest";
import { findTables } from "../../src/ingest/find-tables.js";
import { readText } from "../../src/ingest/read-text.js";
import { makeLine } from "../../src/ingest/layout.js";

/** Lines as the h24 extraction writes this table (knowledge/sources/h24-jigo-hyoka.txt), flattened, no positions. */
const H24_TABLE = [
  "基準値 実績値 目標値 ",
  "",
  "15 年度 20 年度 21 年度 22 年度 23 年度 24 年度 25 年度 ",
  "①国公私立大学等",
  "における民間企",
  "業との共同研究",
  "の実施件数 ",
  "",
  "7,248 件 14,974 件 14,779 件 15,544 件 16,302 件 ",
  "調査中 ",
  "",
  "（10 月頃",
  "調査結果が",
  "出る予定） ",
  "",
  "－ ",
  "",
  "年度ごとの目標値  － － － － 17,000 件  ",
].join("\n");

const read = (text: string) => findTables(readText(text).lines, "平成", false);

describe("findTables on text without positions", () => {
  it("places a row whose cells, over several lines and around a note, number exactly the year columns", () => {
    const { figures } = read(H24_TABLE);
    expect(figures.slice(0, 5).map((f) => [f.subject, f.fiscalYear, f.kind, f.figure.display])).toEqual([
      ["①国公私立大学等における民間企業との共同研究の実施件数", 2003, "基準値", "7,248件"],
      ["①国公私立大学等における民間企業との共同研究の実施件数", 2008, "実績", "14,974件"],
      ["①国公私立大学等における民間企業との共同研究の実施件数", 2009, "実績", "14,779件"],
      ["①国公私立大学等における民間企業との共同研究の実施件数", 2010, "実績", "15,544件"],
      ["①国公私立大学等における民間企業との共同研究の実施件数", 2011, "実績", "16,302件"],
    ]);
  });

  it("reads a numbered row whose figures stand around notes and cells of words: those before take the first columns, those after the last", () => {
    const text =
      "基準値 実績値 目標値\n－年度 20 年度 21 年度 22 年度 23 年度 24 年度 毎年度\n" +
      "⑦プログラムの事後\n評価の割合\n\n50％\n※事後評価を\n受けた課題が\n対象\n\n21 年度よ\nり取組を実\n施したた\nめ、実績な\nし\n\n" +
      "大学等の研\n究開発成果\nを推進する事業\nを開始した\n\n58％ 65％ 59％ 50％以上\n\n年度ごとの目標値\n－ － 50％以上 50％以上 50％以上\n";
    expect(read(text).figures.map((f) => [f.subject, f.fiscalYear, f.kind, f.figure.display])).toEqual([
      ["⑦プログラムの事後評価の割合", null, "基準値", "50%"],
      ["⑦プログラムの事後評価の割合", 2010, "実績", "58%"],
      ["⑦プログラムの事後評価の割合", 2011, "実績", "65%"],
      ["⑦プログラムの事後評価の割合", 2012, "実績", "59%"],
      ["⑦プログラムの事後評価の割合", null, "目標値", "50%以上"],
      ["⑦プログラムの事後評価の割合", 2010, "年度ごとの目標値", "50%以上"],
      ["⑦プログラムの事後評価の割合", 2011, "年度ごとの目標値", "50%以上"],
      ["⑦プログラムの事後評価の割合", 2012, "年度ごとの目標値", "50%以上"],
    ]);
  });

  it("gives a figure the year written in parentheses above it in its cell ((34 年度) 30％以上), and leaves out words in two places that do not account for the columns", () => {
    const text =
      "基準値 実績値 目標値\n－年度 20 年度 21 年度 22 年度 23 年度 24 年度 毎年度\n" +
      "②プログラムの割合\n\n30％\n\n21 年度より取組を開始したため、実績なし\n\n取組を実施している\n（研究開発終了課題なし）\n\n（34 年度）\n30％以上\n※中期計画に基\nづき評価を行う\n\n" +
      "③別の割合\n\n40％ 実績なし 41％ 集計方法を変更したため算出せず 42％\n";
    const { figures, leftOut } = read(text);
    expect(figures.map((f) => [f.subject, f.fiscalYear, f.kind, f.figure.display])).toEqual([
      ["②プログラムの割合", null, "基準値", "30%"],
      ["②プログラムの割合", 2022, "目標値", "30%以上"],
    ]);
    expect(leftOut.map((l) => l.text)).toEqual(["40％", "41％", "42％"]);
  });

  it("keeps a number inside the label's parentheses ((評価は 4 段 / 階)) in the label, and a note under the label out of it", () => {
    const text =
      "基準値 実績値 目標値\n23 年度 20 年度 21 年度 22 年度 23 年度 24 年度 25 年度\n" +
      "⑤評価を受けた割合（評価は s,a,c,e の 4 段\n階）\n\n※本事業は、リス\nクが高い。\n\n－ 24 年度より取組を開始したため、実績なし 7% 10%\n";
    expect(read(text).figures.map((f) => [f.subject, f.fiscalYear, f.kind, f.figure.display])).toEqual([
      ["⑤評価を受けた割合（評価はs,a,c,eの4段階）", 2012, "実績", "7%"],
      ["⑤評価を受けた割合（評価はs,a,c,eの4段階）", 2013, "目標値", "10%"],
    ]);
  });

  it("gives a row of a kind with as many cells as the 実績値 years those years, and it belongs to the row above", () => {
    const { figures } = read(H24_TABLE);
    expect(figures.slice(5).map((f) => [f.subject.slice(0, 8), f.fiscalYear, f.kind, f.figure.display])).toEqual([
      ["①国公私立大学等", 2012, "年度ごとの目標値", "17,000件"],
    ]);
  });

  it("lets a cell saying there is no figure (実績なし) stand for the columns the other cells leave", () => {
    const text =
      "基準値 実績値 目標値\n23 年度 20 年度 21 年度 22 年度 23 年度 24 年度 25 年度\n" +
      "⑪事業実施地域数\n13 地域 23 年度より取組を開始したため、実績\nなし 13 地域 23 地域 27 地域\n";
    expect(read(text).figures.map((f) => [f.fiscalYear, f.kind, f.figure.display])).toEqual([
      [2011, "基準値", "13地域"],
      [2011, "実績", "13地域"],
      [2012, "実績", "23地域"],
      [2013, "目標値", "27地域"],
    ]);
  });

  it("gives a kind row's （毎年度） figure to the 毎年度 column", () => {
    const text =
      "基準値 実績値 目標値\n－年度 20 年度 21 年度 22 年度 23 年度 24 年度 毎年度\n" +
      "④目利きが的確であると回答を得た割合\n90％ 97％ 93％ 98％ 99％ 95.3％ 90％以上\n年度ごとの目標値  （毎年度）90％以上\n";
    expect(
      read(text)
        .figures.slice(-2)
        .map((f) => [f.fiscalYear, f.yearLabel, f.kind, f.figure.display]),
    ).toEqual([
      [null, "毎年度", "目標値", "90%以上"],
      [null, "毎年度", "年度ごとの目標値", "90%以上"],
    ]);
  });

  it("leaves out a row whose cells do not account for the columns, saying why, rather than guess their years", () => {
    const text =
      "基準値 実績値 目標値\n－年度 20 年度 21 年度 22 年度 23 年度 24 年度 毎年度\n" + "⑥マッチング率\n25%\n※特許化支援の課題が対象\n";
    expect(read(text).leftOut.map((l) => [l.text, l.reason])).toEqual([["25%", "its row (⑥マッチング率) has 1 cells for 7 year columns"]]);
  });

  it("ends short 年度ごとの目標値 rows at the last 実績値 year, where targets were set", () => {
    const text =
      "基準値 実績値 目標値\n－年度 20 年度 21 年度 22 年度 23 年度 24 年度 毎年度\n" +
      "⑥マッチング率\n25% 34% 25%以上\n年度ごとの目標値  － 25％以上\n";
    expect(
      read(text)
        .figures.filter((f) => f.kind === "年度ごとの目標値")
        .map((f) => [f.fiscalYear, f.figure.display]),
    ).toEqual([[2012, "25%以上"]]);
  });

  it("leaves out figures whose column has no kind above it and none in its row", () => {
    const { figures, leftOut } = read("20 年度 21 年度\n参加機関数 12 機関 15 機関");
    expect(figures).toEqual([]);
    expect(leftOut.map((l) => l.reason)).toEqual([expect.stringMatching(/no kind/), expect.stringMatching(/no kind/)]);
  });

  it("reads a table of results with no kind written (対象 | 20年度 …) as 実績 for years up to the document's own", () => {
    const text = " 対象 23 年度 24 年度 25 年度\n聴講者 80% 71% 75%\n";
    const { figures, leftOut } = findTables(readText(text).lines, "平成", false, 2012);
    expect(figures.map((f) => [f.fiscalYear, f.kind, f.figure.display])).toEqual([
      [2011, "実績", "80%"],
      [2012, "実績", "71%"],
    ]);
    expect(leftOut.map((l) => l.text)).toEqual(["75%"]);
  });

  it("reads a header written one cell per line and numbers the extraction broke over two lines", () => {
    const text =
      "事業名\n24 年度\n\n補正後予算\n\n額（千円）\n\n25 年度\n当初予算額\n\n（千円）\n事業概要\n\n" +
      "研究成果展開事業\n\n15,659,\n209\n\n14,538,\n900\n";
    expect(read(text).figures.map((f) => [f.fiscalYear, f.kind, f.figure.display, f.line, f.until])).toEqual([
      [2012, "補正後予算額", "15,659,209千円", 15, 16],
      [2013, "当初予算額", "14,538,900千円", 18, 19],
    ]);
  });

  it("reads a header cell whose line goes on with the next header (当初予算額（千円） 事業概要)", () => {
    const text =
      "事業名\n24 年度\n\n補正後予算額\n（千円）\n\n25 年度\n当初予算額（千円） 事業概要\n\n復興促進プログラム\n\n3,091,148 1,803,032\n";
    expect(read(text).figures.map((f) => [f.fiscalYear, f.kind, f.figure.display])).toEqual([
      [2012, "補正後予算額", "3,091,148千円"],
      [2013, "当初予算額", "1,803,032千円"],
    ]);
  });

  it("ends a row at the next numbered label even where that label opens parentheses (②プログラム（戦略…)", () => {
    const text =
      "基準値 実績値 目標値\n－年度 20 年度 21 年度 22 年度 23 年度 24 年度 毎年度\n" +
      "①割合\n\n30％ 実績なし 63％ 30％以上\n\n年度ごとの目標値  － － 30％以上\n\n②プログラム（戦略\n的イノベ））の割合\n\n70％ 実績なし 71％ 63％ 70％以上\n";
    expect(
      read(text)
        .figures.filter((f) => f.subject.startsWith("②"))
        .map((f) => [f.subject, f.fiscalYear, f.figure.display]),
    ).toEqual([
      ["②プログラム（戦略的イノベ））の割合", null, "70%"],
      ["②プログラム（戦略的イノベ））の割合", 2011, "71%"],
      ["②プログラム（戦略的イノベ））の割合", 2012, "63%"],
      ["②プログラム（戦略的イノベ））の割合", null, "70%以上"],
    ]);
  });

  it("takes the kind from a row label and the unit from the table header (千円)", () => {
    const { figures } = read("施策の予算額・執行額\n区分（千円） 23 年度 24 年度\n当初予算 20,884,332 18,570,972");
    expect(figures.map((f) => [f.subject, f.fiscalYear, f.kind, f.figure.value, f.figure.unit])).toEqual([
      ["施策の予算額・執行額", 2011, "当初予算額", 20884332000, "円"],
      ["施策の予算額・執行額", 2012, "当初予算額", 18570972000, "円"],
    ]);
  });
});

describe("findTables with positions", () => {
  /** A line of cells at given x (a PDF line as group-lines makes it; 6 points per character). */
  const at = (page: number, ...cells: Array<[string, number]>) =>
    makeLine(
      page,
      cells.map(([text, x]) => ({ text, x, right: x + text.length * 6 })),
    );

  it("completes a header cell wrapped over lines (24年度 / 補正後予算 / 額（千円）) before reading the rows", () => {
    const lines = [
      at(1, ["事業名", 40], ["24年度", 290], ["25年度", 430]),
      at(1, ["補正後予算", 281], ["当初予算額", 421]),
      at(1, ["額（千円）", 281], ["（千円）", 424]),
      at(1, ["地域イノベーション戦略支援プログラム", 40], ["7,841,558", 281], ["5,420,723", 421]),
    ];
    expect(findTables(lines, "平成", true).figures.map((f) => [f.fiscalYear, f.kind, f.figure.display])).toEqual([
      [2012, "補正後予算額", "7,841,558千円"],
      [2013, "当初予算額", "5,420,723千円"],
    ]);
  });

  it("gives a label wrapped below its figures to its own row, split from the next row's at the widest gap", () => {
    const row = (y: number, ...cells: Array<[string, number]>) => ({ ...at(1, ...cells), y });
    const lines = [
      row(730, ["実績", 300]),
      row(715, ["22年度", 280], ["23年度", 330]),
      row(700, ["①共同研究の", 40], ["12件", 282], ["15件", 332]),
      row(690, ["実施件数", 40]),
      row(670, ["②本部の", 40], ["3機関", 282], ["4機関", 332]),
    ];
    expect(findTables(lines, "平成", true).figures.map((f) => [f.subject, f.figure.display])).toEqual([
      ["①共同研究の実施件数", "12件"],
      ["①共同研究の実施件数", "15件"],
      ["②本部の", "3機関"],
      ["②本部の", "4機関"],
    ]);
  });

  it("reads a year cell wrapped inside its kind (令和6年度当 / 初予算額), and keeps a column of start years out of the label", () => {
    const lines = [
      at(1, ["事業名", 40], ["事業開始年度", 150], ["予算額・執行額（単位：千円）", 300]),
      at(1, ["令和6年度当", 281], ["令和6年度執", 381]),
      at(1, ["初予算額", 284], ["行額", 390]),
      at(1, ["ハブ形成事業", 40], ["令和2年度", 150], ["7,486,920", 281], ["7,302,118", 381], ["産学共創課", 460]),
    ];
    expect(findTables(lines, "令和", true).figures.map((f) => [f.subject, f.fiscalYear, f.kind, f.figure.display])).toEqual([
      ["ハブ形成事業", 2024, "当初予算額", "7,486,920千円"],
      ["ハブ形成事業", 2024, "執行額", "7,302,118千円"],
    ]);
  });

  it("leaves out a figure that sits under no year column", () => {
    const lines = [
      at(1, ["実績", 300]),
      at(1, ["22年度", 280], ["23年度", 330]),
      at(1, ["参加機関数", 40], ["12機関", 280], ["15機関", 500]),
    ];
    const { figures, leftOut } = findTables(lines, "平成", true);
    expect(figures.map((f) => f.figure.display)).toEqual(["12機関"]);
    expect(leftOut).toEqual([{ text: "15機関", page: 1, reason: "it is not under any year column" }]);
  });
});
