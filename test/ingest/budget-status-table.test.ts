import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findBudgetStatus } from "../../src/ingest/budget-status-table.js";
import { readText } from "../../src/ingest/read-text.js";
import { makeLine } from "../../src/ingest/layout.js";

/** The 施策の予算額・執行額 table of the h24 sheet, as its extraction writes it (its 当初予算 and 執行額 rows, lines 1278–1323 and 1375–1388). */
const source = readFileSync(new URL("../../knowledge/sources/h24-jigo-hyoka.txt", import.meta.url), "utf8").split("\n");
const table = [...source.slice(1277, 1323), ...source.slice(1374, 1388)].join("\n");

describe("findBudgetStatus", () => {
  const { figures, used } = findBudgetStatus(readText(table).lines, "平成", false);
  const row = (kind: string) => figures.filter((f) => f.kind === kind).map((f) => [f.fiscalYear, f.scope, f.figure.display]);

  it("reads the upper (単独施策), lower (<複数施策>) and ほか…分 figures of each cell, by year", () => {
    expect(row("当初予算額")).toEqual([
      [2011, "単独施策", "20,884,332千円"],
      [2012, "単独施策", "18,570,972千円"],
      [2012, "単独施策・復興庁一括計上分", "1,504,000千円"],
      [2013, "単独施策", "15,360,861千円"],
      [2013, "単独施策・復興庁一括計上分", "1,504,822千円"],
      [2011, "複数施策", "164,293,723千円"],
      [2012, "複数施策", "158,924,159千円"],
      [2012, "複数施策・復興庁一括計上分", "4,383,269千円"],
      [2013, "複数施策", "178,749,685千円"],
      [2013, "複数施策・復興庁一括計上分", "3,353,753千円"],
    ]);
  });

  it("gives the request column its own kind (26年度要求額)", () => {
    expect(row("要求額").map(([year, scope]) => [year, scope])).toEqual([
      [2014, "単独施策"],
      [2014, "単独施策・復興庁一括計上分"],
      [2014, "複数施策"],
      [2014, "複数施策・復興庁一括計上分"],
    ]);
  });

  it("reads a row whose upper and lower figures alternate by year (執行額)", () => {
    expect(row("執行額")).toEqual([
      [2011, "単独施策", "20,539,898千円"],
      [2011, "複数施策", "165,023,548千円"],
      [2012, "単独施策", "18,507,806千円"],
      [2012, "単独施策・復興庁一括計上分", "1,067,120千円"],
      [2012, "複数施策", "148,087,831千円"],
      [2012, "複数施策・復興庁一括計上分", "4,383,269千円"],
    ]);
  });

  it("claims its lines, so the general table reader leaves them alone", () => {
    expect(used.size).toBeGreaterThan(20);
  });
});

describe("findBudgetStatus with positions", () => {
  /** The same table as a PDF lays it out: each part of a cell on a line of its own, under its year. */
  const at = (...cells: Array<[string, number]>) =>
    makeLine(
      1,
      cells.map(([text, x]) => ({ text, x: x - text.length * 3, right: x + text.length * 3 })),
    );
  const lines = [
    at(["施策の予算額・執行額", 60]),
    at(["区分", 60], ["23年度", 200], ["24年度", 300], ["25年度", 400]),
    at(["予算の状況（千円）", 60]),
    at(["上段：単独施策に係る予算", 60]),
    at(["下段：複数施策に係る予算", 60]),
    at(["当初予算", 60], ["20,884,332", 200], ["18,570,972", 300], ["15,360,861", 400]),
    at(["ほか復興庁一括計上分", 300], ["ほか復興庁一括計上分", 400]),
    at(["1,504,000", 300], ["1,504,822", 400]),
    at(["<164,293,723>", 200], ["<158,924,159>", 300], ["<178,749,685>", 400]),
  ];

  it("scopes each figure by the part of the cell it stands in, under its year", () => {
    expect(findBudgetStatus(lines, "平成", true).figures.map((f) => [f.fiscalYear, f.scope, f.figure.display])).toEqual([
      [2011, "単独施策", "20,884,332千円"],
      [2012, "単独施策", "18,570,972千円"],
      [2013, "単独施策", "15,360,861千円"],
      [2012, "単独施策・復興庁一括計上分", "1,504,000千円"],
      [2013, "単独施策・復興庁一括計上分", "1,504,822千円"],
      [2011, "複数施策", "164,293,723千円"],
      [2012, "複数施策", "158,924,159千円"],
      [2013, "複数施策", "178,749,685千円"],
    ]);
  });
});
